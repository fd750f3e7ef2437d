import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../profile/import';
import type { Profile } from '../profile/schema';
import { findingsOf } from '../../test/support/sample';

// Test support for the APP and mini-program families: fresh copies of the lead's valid v2 fixtures (test/fixtures/v2),
// which test/support/sample.ts (v1 only) does not load. Not imported by the extension.

function load(file: string): Profile {
  const result = importDocument(readFileSync(join(import.meta.dirname, '../../test/fixtures/v2', file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
  return result.profiles[0]!;
}

/** 企业 with a website, an Android + iOS APP and a WeChat mini program (浙江, 世纪互联). */
export const enterpriseWithApp = (): Profile => load('valid-enterprise-app-mini.json');
/** 个人 in 上海 with one HarmonyOS APP and no website. */
export const personalHarmony = (): Profile => load('valid-personal-harmony-app.json');

/** [rule, path, severity] of one family's findings, for compact assertions. */
export const hitsOf = (profile: Profile, family: string): [string, string, string][] =>
  findingsOf(profile, family).map((f) => [f.rule, f.path, f.severity]);
