import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindAt } from '../profile/path-kinds';
import { describe, expect, it } from 'vitest';
import { twoWebsites } from '../../test/support/sample';
import { importDocument } from '../profile/import';
import { profileValue } from '../fill/plan';
import { resolvePath } from './define-adapter';
import { adapters } from './index';

// Conventions that keep "adding a portal touches nothing else" and "build from evidence" true.
const DIR = import.meta.dirname;
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'define-adapter.ts', 'formats.ts', 'labels.ts', 'app-step.ts', 'upload-step.ts'].includes(f));
const fields = adapters.flatMap((a) => a.fields.map((f) => [a.id, f] as const));

/** Where a selector may come from: a seed, a portals.md section, or a UI library's documented markup. */
const SOURCE = /^(seed \d{3}|portals\.md §\d+(\.\d+)?|[\w@/.-]+ (docs|markup))/;

/** A profile with two APPs, the second the slot a field is resolved at. */
function withTwoApps() {
  const result = importDocument(readFileSync('test/fixtures/v2/valid-enterprise-app-mini.json', 'utf8'));
  if (!result.ok) throw new Error('fixture');
  const profile = result.profiles[0]!;
  return { ...profile, apps: [profile.apps[0]!, { ...profile.apps[0]!, access: { ...profile.apps[0]!.access } }] };
}

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

  it.each(fields.map(([id, f]) => [id, f.path, f] as const))('%s: %s is a profile path with labels', (_id, path, field) => {
    const profile = path.startsWith('apps[]') ? withTwoApps() : twoWebsites();
    // A platform field stands for each platform's: the first one's path is a real one.
    const resolved = resolvePath(path, 1).replace('.platforms[].', '.platforms[0].');
    // An optional block the fixtures leave out (a 公安 security head) is still a path the format has.
    expect(profileValue(profile, resolved) ?? kindAt(resolved), path).toBeDefined();
    expect(field.labels.length, 'a field is always reachable by what a person reads').toBeGreaterThan(0);
  });

  it('every id or class selector names its source, and never stands alone', () => {
    const documented = adapters.flatMap((a) => [...(a.signature ? [a.signature] : []), ...a.fields.flatMap((f) => [f.fast, f.rows?.add].filter((d) => d !== undefined))]);
    for (const { css, source } of documented) expect(source, css).toMatch(SOURCE);
    // Selectors live only in documented places (`doc26(…)`, `{ css, source }`): no adapter file writes a bare `#id` or `.class`.
    for (const file of files) {
      const code = readFileSync(join(DIR, file), 'utf8')
        .replace(/doc\d+\((['"`])[^'"`]*\1\)/g, '')
        .replace(/css: (['"`])[^'"`]*\1, source: (['"`])[^'"`]+\2/g, '');
      expect([...code.matchAll(/['"`]([#.][A-Za-z][\w-]*)/g)].map((m) => m[1]), file).toEqual([]);
    }
  });

  it('each step has a unique id, and each section a field path once', () => {
    for (const adapter of adapters) {
      expect(new Set(adapter.steps.map((s) => s.id)).size).toBe(adapter.steps.length);
      // One path may be asked twice in a section under other words (公安's 主域名 and 所有域名; an upload per material kind).
      const keys = adapter.fields.map((f) => `${f.section} ${f.path} ${f.labels[0] ?? ''} ${f.material ? `${f.material.kind}+${f.material.compose ?? ''}` : ''}`);
      expect(new Set(keys).size, adapter.id).toBe(keys.length);
      for (const field of adapter.fields) expect(adapter.steps.some((s) => s.sections.includes(field.section)), `${adapter.id}: ${field.path}`).toBe(true);
    }
  });

  it('imports in Node without DOM globals (WXT reads adapters at build time)', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });
});
