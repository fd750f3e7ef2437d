import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type FileReport } from './check';

const fixtures = join(import.meta.dirname, '../../test/fixtures/profiles');

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheck(args, {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  }, new Date('2026-11-23T04:00:00Z'));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run check', () => {
  it('exits 0 and says so for a valid profile', () => {
    const { code, out } = run([join(fixtures, 'valid-enterprise.json')]);
    expect(code).toBe(0);
    expect(out).toContain('0 个错误');
  });

  it('exits 1 and prints the finding in the chosen language', () => {
    const { code, out } = run(['--lang', 'en', join(fixtures, 'invalid-mobile.json')]);
    expect(code).toBe(1);
    expect(out).toMatch(/error\s+subject\.head\.mobiles\[0\]/);
  });

  it('prints JSON with the import error for a non-profile', () => {
    const { code, out } = run(['--json', join(fixtures, 'unknown-key.json'), join(fixtures, 'valid-personal.json')]);
    expect(code).toBe(1);
    const reports = JSON.parse(out) as FileReport[];
    expect(reports).toHaveLength(2);
    expect(reports[0]?.importError?.[0]?.path).toBe('favouriteColour');
    expect(reports[1]?.importError).toBeUndefined();
  });

  it('prefixes paths with the profile index inside a set', () => {
    const { out } = run(['--json', join(fixtures, 'valid-profile-set.json')]);
    const [report] = JSON.parse(out) as FileReport[];
    for (const f of report?.findings ?? []) expect(f.path).toMatch(/^profiles\[\d\]\./);
  });

  it('reports an unreadable file as an import error', () => {
    const { code, out } = run(['/nonexistent/file.json']);
    expect(code).toBe(1);
    expect(out).toContain('cannot read file');
  });

  it.each([[[]], [['--lang', 'fr', 'x.json']], [['--today', 'soon', 'x.json']], [['--bogus', 'x.json']]])('refuses bad arguments %j with exit 2', (args) => {
    const { code, err } = run(args);
    expect(code).toBe(2);
    expect(err).toMatch(/usage|must be|unknown option/);
  });
});
