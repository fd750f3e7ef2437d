import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import type { PageRequest } from '../messaging/protocol';
import { openStore, profileStore } from '../profile/store';
import { fillFromGesture, type GestureDeps } from './gesture-fill';

let n = 0;

async function setup(adapter: string, broken: boolean, answer: boolean) {
  const store = profileStore(openStore(`gesture-${++n}`));
  const profile = enterprise();
  if (broken) profile.subject.head.certificate.number = '330106199003071237';
  const [stored] = await store.putMany([profile]);
  const sent: string[] = [];
  const asked: string[] = [];
  const head = { ok: true, adapter, step: 'subject', doc: 'd' };
  const deps: GestureDeps = {
    store,
    today: () => '2026-11-23',
    tab: async () => ({ url: 'https://portal.example.com/' }),
    canAccess: async () => true,
    inject: async () => undefined,
    sendToTab: async (_t, r: PageRequest) => {
      sent.push(r.type);
      if (r.type === 'beian:ping') return { ok: true };
      if (r.type === 'beian:recognise') return { ...head, adapterName: adapter, paths: ['subject.name'] };
      return { ...head, fields: [] };
    },
    confirm: async (_t, text) => (asked.push(text), answer),
  };
  return { deps, sent, asked, last: { id: stored!.id, website: 0 } };
}

describe('fill from the shortcut or context menu', () => {
  it('fills a known portal step from a clean profile without asking', async () => {
    const { deps, sent, asked, last } = await setup('21vianet', false, false);
    expect(await fillFromGesture(1, last, deps)).toMatchObject({ ok: true });
    expect(asked).toEqual([]);
    expect(sent).toContain('beian:fill');
  });

  it.each([
    ['generic', false],
    ['21vianet', true],
  ])('asks first on a %s page (profile with errors: %s); cancel writes nothing', async (adapter, broken) => {
    const { deps, sent, asked, last } = await setup(adapter, broken, false);
    expect(await fillFromGesture(1, last, deps)).toBe('declined');
    expect(asked).toHaveLength(1);
    expect(sent).not.toContain('beian:fill');
    const yes = await setup(adapter, broken, true);
    expect(await fillFromGesture(1, yes.last, yes.deps)).toMatchObject({ ok: true });
    expect(yes.sent).toContain('beian:fill');
  });
});
