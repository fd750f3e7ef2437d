import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, ruleFamilies } from '../rules/index';
import { renderCatalogue, spliceCatalogue } from './rule-catalogue';

describe('rule catalogue', () => {
  it('the README carries the catalogue generated from the rule definitions (run `npm run catalogue`)', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    expect(spliceCatalogue(readme, renderCatalogue(ruleFamilies))).toBe(readme);
  });

  it('every rule has a unique id prefixed by its family, bilingual title, field and source', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [family, list] of Object.entries(ruleFamilies)) {
      for (const rule of list) {
        expect(rule.id.startsWith(`${family}/`), rule.id).toBe(true);
        expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
        expect(rule.title.zh && rule.title.en && rule.field && rule.source, rule.id).toBeTruthy();
      }
    }
  });
});
