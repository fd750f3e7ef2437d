import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../../src/profile/import';
import type { Profile } from '../../src/profile/schema';
import type { Finding } from '../../src/rules/define-rule';
import { runRules } from '../../src/rules/run-rules';

export const TODAY = '2026-11-23';

function load(file: string): Profile {
  const result = importDocument(readFileSync(join(import.meta.dirname, '../fixtures/profiles', file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
  return result.profiles[0]!;
}

/** A fresh copy of a valid fixture, to mutate in a test. */
export const enterprise = (): Profile => load('valid-enterprise.json');
export const personal = (): Profile => load('valid-personal.json');
export const twoWebsites = (): Profile => load('valid-enterprise-two-websites.json');

/** Findings of one rule family (id prefix) on a profile. */
export function findingsOf(profile: Profile, family: string, today = TODAY): Finding[] {
  return runRules(profile, { today }).filter((f) => f.rule.startsWith(`${family}/`));
}
