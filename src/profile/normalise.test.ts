import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRules } from '../rules/run-rules';
import { importDocument } from './import';
import { canonicalFingerprint, canonicalPublicKey } from './normalise';
import { canonicalLabel } from './options';

describe('canonical keys and fingerprints (profile-format.md "Keys and fingerprints")', () => {
  it('writes a fingerprint as upper-case hex without separators, whatever the tool printed', () => {
    const keytool = '9C:3D:0A:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD';
    const jadx = '9C 3D 0A 11 22 33 44 55 66 77 88 99 AA BB CC DD';
    const wechat = '9c3d0a112233445566778899aabbccdd';
    for (const given of [keytool, jadx, wechat]) expect(canonicalFingerprint(given)).toBe('9C3D0A112233445566778899AABBCCDD');
  });

  it('leaves a fingerprint that is not hex for the rules to name', () => {
    expect(canonicalFingerprint(' 签名MD5 ')).toBe('签名MD5');
  });

  it('turns a hex RSA modulus into the decimal the providers show, and keeps a decimal one', () => {
    expect(canonicalPublicKey('00:c3:a1')).toBe(String(0xc3a1));
    expect(canonicalPublicKey('0xFF01')).toBe('65281');
    expect(canonicalPublicKey(' 25819 ')).toBe('25819');
  });

  it('keeps an EC key as the upper-case hex of its SubjectPublicKeyInfo', () => {
    const spki = '3059301306072a8648ce3d020106082a8648ce3d03010703420004aabb';
    expect(canonicalPublicKey(spki)).toBe(spki.toUpperCase());
  });
});

describe('labels that name a property of every object', () => {
  it('stay the text they are, and the rules name the field instead of crashing', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(canonicalLabel(word)).toBe(word);
    const sample = JSON.parse(readFileSync('public/samples/sample-valid.json', 'utf8'));
    sample.subject.nature = 'constructor';
    const result = importDocument(sample);
    const findings = result.ok ? runRules(result.profiles[0]!, { today: '2026-11-23' }) : [];
    expect(findings.filter((f) => f.rule === 'engine/rule-crashed')).toEqual([]);
    if (result.ok) expect(findings.some((f) => f.path === 'subject.nature')).toBe(true);
    else expect(JSON.stringify(result)).toContain('subject.nature');
  });
});
