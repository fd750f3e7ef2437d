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

    // Export round-trips to an equal document.
    const original: unknown = JSON.parse(text);
    const exported = result.kind === 'set' ? exportProfileSet(result.profiles) : exportProfile(result.profiles[0]!);
    expect(exported).toEqual(original);

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
