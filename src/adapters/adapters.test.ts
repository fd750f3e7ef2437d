import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { twoWebsites } from '../../test/support/sample';
import { profileValue, resolvePath } from '../fill/plan';
import { adapters } from './index';

// Conventions that keep "adding a portal touches nothing else" true.
const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'define-adapter.ts', 'formats.ts'].includes(f));

describe('adapters', () => {
  it('every adapter file is registered, and its id is its file name', () => {
    expect(adapters.map((a) => `${a.id}.ts`).sort()).toEqual(files.sort());
  });

  it('host adapters do not claim the same host; page-signature adapters claim none', () => {
    const hosts = adapters.flatMap((a) => a.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const a of adapters) if (a.signature) expect(a.hosts).toEqual([]);
  });

  it('generic comes last, so specific adapters win', () => {
    expect(adapters.at(-1)?.id).toBe('generic');
  });

  it.each(adapters.flatMap((a) => a.steps.flatMap((s) => s.fields.map((f) => [a.id, s.id, f.path] as const))))('%s/%s: %s is a profile path', (_a, _s, path) => {
    const profile = twoWebsites();
    expect(profileValue(profile, resolvePath(path, 1)), path).toBeDefined();
  });

  it('each step lists a profile path once, and has a unique id', () => {
    for (const adapter of adapters) {
      expect(new Set(adapter.steps.map((s) => s.id)).size).toBe(adapter.steps.length);
      for (const step of adapter.steps) {
        const paths = step.fields.map((f) => f.path);
        expect(new Set(paths).size, `${adapter.id}/${step.id}`).toBe(paths.length);
        for (const field of step.fields) expect(Boolean(field.selector) !== Boolean(field.labels), field.path).toBe(true);
      }
    }
  });

  it('imports in Node without DOM globals (WXT reads adapters at build time)', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(join(import.meta.dirname, 'index.ts')).toBeTruthy();
  });
});
