import { describe, expect, it, vi } from 'vitest';
import type { VaultControl } from '../profile/store';
import { emptyProfile } from '../profile/schema';

// A bare storage.local in memory that counts its writes per key: the test is about what is written, and how often.
const area = new Map<string, unknown>();
const writes = new Map<string, number>();
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (area.has(key) ? { [key]: area.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) {
            area.set(key, structuredClone(value));
            writes.set(key, (writes.get(key) ?? 0) + 1);
          }
        },
        remove: async (keys: string | string[]) => {
          for (const key of [keys].flat()) area.delete(key);
        },
      },
    },
  },
}));

const { drafts } = await import('./drafts');
const { DRAFT_FILES_KEY, DRAFT_KEY } = await import('../vault/sealed-storage');

const clear: VaultControl = {
  status: async () => ({ encrypted: false, locked: false }),
  enable: async () => undefined,
  unlock: async () => true,
  lock: async () => undefined,
  change: async () => true,
  seal: async () => {
    throw new Error('the store is not encrypted in this test');
  },
  unseal: async () => undefined,
};

const scan = 'A'.repeat(3_000_000);
function withScan(label: string) {
  const profile = emptyProfile();
  return { ...profile, label, materials: [{ id: 'm1', kind: '域名证书' as const, owner: 'websites[0]', name: 'cert.jpg', type: 'image/jpeg', size: scan.length, sha256: 'ab'.repeat(32), data: scan }] };
}

describe('the editor draft', () => {
  it('writes a file’s bytes once, not with every keystroke, and gives them back whole', async () => {
    const { saveDraft, loadDraft, clearDraft } = drafts(clear);
    for (const label of ['云', '云栖', '云栖示例']) await saveDraft({ profile: withScan(label), at: '2026-12-07T00:00:00Z' });
    expect(writes.get(DRAFT_KEY)).toBe(3);
    expect(writes.get(DRAFT_FILES_KEY)).toBe(1);
    expect(JSON.stringify(area.get(DRAFT_KEY))).not.toContain(scan.slice(0, 100));
    const back = await loadDraft();
    expect(back?.profile.label).toBe('云栖示例');
    expect(back?.profile.materials[0]?.data).toBe(scan);
    // A file removed is written again; clearing leaves nothing behind.
    await saveDraft({ profile: { ...withScan('云栖示例'), materials: [] }, at: '2026-12-07T00:00:01Z' });
    expect(writes.get(DRAFT_FILES_KEY)).toBe(2);
    await clearDraft();
    expect([...area.keys()]).toEqual([]);
  });
});
