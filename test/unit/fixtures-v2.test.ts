import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProfile } from '../../src/profile/export';
import { importDocument } from '../../src/profile/import';
import { runRules } from '../../src/rules/run-rules';

// Our own v2 examples (APPs, mini programs); the shared v1 fixtures stay unchanged in ../fixtures/profiles.
const dir = join(import.meta.dirname, '../fixtures/v2');
const TODAY = '2026-11-23';

type Expected = { rule: string; path: string; severity: 'error' | 'warning' };

/** Each invalid fixture is a valid one with one thing broken; this is the finding that thing must raise. */
const INVALID: Readonly<Record<string, Expected>> = {
  'invalid-app-md5-for-ios.json': { rule: 'platforms/fingerprint-algorithm', path: 'apps[0].platforms[1].fingerprint', severity: 'error' },
  'invalid-app-sha256-for-harmony.json': { rule: 'platforms/fingerprint-algorithm', path: 'apps[0].platforms[0].fingerprint', severity: 'error' },
  'invalid-app-harmony-rsa-key.json': { rule: 'platforms/ec-key-form', path: 'apps[0].platforms[0].publicKey', severity: 'error' },
  'invalid-app-package-name.json': { rule: 'platforms/package-name-syntax', path: 'apps[0].platforms[0].packageName', severity: 'error' },
  'invalid-app-platform-domain.json': { rule: 'apps/platform-domain-in-app', path: 'apps[0].platforms[0].domains[1]', severity: 'error' },
  'invalid-app-no-platform.json': { rule: 'apps/platforms-required', path: 'apps[0].platforms', severity: 'error' },
  'invalid-app-record-suffix.json': { rule: 'records/app-record-format', path: 'apps[0].recordNumber', severity: 'error' },
  'invalid-app-head-mobile.json': { rule: 'contacts/mobile-format', path: 'apps[0].head.mobiles[0]', severity: 'error' },
  'invalid-app-private-ip.json': { rule: 'access/ip-public', path: 'apps[0].access.ips[0]', severity: 'error' },
  'invalid-mini-appid.json': { rule: 'miniprograms/appid-wechat-format', path: 'miniPrograms[0].appId', severity: 'error' },
  'invalid-mini-remark-short.json': { rule: 'miniprograms/remark-length', path: 'miniPrograms[0].remark', severity: 'error' },
  'invalid-mini-too-many-services.json': { rule: 'miniprograms/services-max', path: 'miniPrograms[0].services[5]', severity: 'error' },
};

describe('v2 fixtures', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('every invalid fixture has its expected finding, and every expectation a file', () => {
    expect(files.filter((f) => f.startsWith('invalid-')).sort()).toEqual(Object.keys(INVALID).sort());
  });

  it.each(files)('%s imports, exports to the same document and is ready to file (or raises what it must)', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const result = importDocument(text);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    expect(exportProfile(result.profiles[0]!)).toEqual(JSON.parse(text));
    const findings = runRules(result.profiles[0]!, { today: TODAY });
    if (file.startsWith('valid-')) {
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
    const expected = INVALID[file];
    if (expected) {
      expect(findings).toContainEqual(expect.objectContaining(expected));
      // One thing is broken, so the errors are that thing's: nothing else of the valid fixture may start failing.
      expect(findings.filter((f) => f.severity === 'error').map((f) => f.path)).toEqual([expected.path]);
    }
  });
});
