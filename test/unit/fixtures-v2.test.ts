import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProfile } from '../../src/profile/export';
import { importDocument } from '../../src/profile/import';
import { runRules } from '../../src/rules/run-rules';

// Our own v2 examples (APPs, mini programs); the shared v1 fixtures stay unchanged in ../fixtures/profiles.
const dir = join(import.meta.dirname, '../fixtures/v2');
const TODAY = '2026-11-23';

describe('v2 fixtures', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(files)('%s imports, exports to the same document and is ready to file', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const result = importDocument(text);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    expect(exportProfile(result.profiles[0]!)).toEqual(JSON.parse(text));
    if (file.startsWith('valid-')) {
      expect(runRules(result.profiles[0]!, { today: TODAY }).filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});
