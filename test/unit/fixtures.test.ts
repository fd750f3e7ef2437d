import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProfile, exportProfileSet } from '../../src/profile/export';
import { importDocument } from '../../src/profile/import';
import { runRules } from '../../src/rules/run-rules';

const dir = join(import.meta.dirname, '../fixtures/profiles');
type Expectation =
  | { errors: 0; profiles?: number }
  | { findings: { path: string; severity: 'error' | 'warning' }[] }
  | { importError: string };
const expectations = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')) as Record<string, Expectation>;
const TODAY = '2026-11-23';

describe('shared fixtures reach the verdict expectations.json gives them', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expectations.json');

  it('every fixture file has an expectation, and every expectation a file', () => {
    expect(files.sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const expectation = expectations[file]!;
    const result = importDocument(text);

    if ('importError' in expectation) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.path)).toContain(expectation.importError);
      const named = result.errors.find((e) => e.path === expectation.importError)!;
      expect(named.message.length).toBeGreaterThan(0);
      return;
    }

    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;

    // Export round-trips to an equal document: a v1 file comes back as v2 with nothing else changed (profile-format.md).
    const original: unknown = JSON.parse(text);
    const exported = result.kind === 'set' ? exportProfileSet(result.profiles) : exportProfile(result.profiles[0]!);
    expect(exported).toEqual(asVersion2(original));
    expect(importDocument(JSON.stringify(exported))).toEqual(result);

    const findings = result.profiles.flatMap((p) => runRules(p, { today: TODAY }));
    if ('errors' in expectation) {
      if (expectation.profiles !== undefined) expect(result.profiles).toHaveLength(expectation.profiles);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    } else {
      for (const wanted of expectation.findings) {
        expect(findings, `${wanted.severity} at ${wanted.path}`).toContainEqual(
          expect.objectContaining({ path: wanted.path, severity: wanted.severity }),
        );
      }
    }
  });
});

/** A v1 document as the v2 migration leaves it: the version (of the set and each member) reads 2. */
function asVersion2(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc;
  const record = Object.fromEntries(Object.entries(doc));
  const profiles: unknown = record.profiles;
  return { ...record, version: 2, ...(Array.isArray(profiles) ? { profiles: profiles.map(asVersion2) } : {}) };
}
