import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { toPartialProfile } from '../src/capture/to-profile';
import { join } from 'node:path';
import { readPackage } from '../src/package/read-package';
import { bytesSource } from '../src/package/source';
import * as make from '../src/package/testing/build-packages';
import { labelVariants, normaliseLabel } from '../src/page/label-text';
import { sectionOfHeading } from '../src/page/sections';
import { importDocument } from '../src/profile/import';
import { CURRENT_VERSION, PROFILE_FORMAT, profileSchema } from '../src/profile/schema';
import { runRules } from '../src/rules/run-rules';

// `npm run fuzz`: the parts that take input from outside — import, the rules engine, the label matcher and the
// capture reader — under generated inputs; none may throw or hang. Not part of `npm test` (it takes a while).

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', '长期', '居民身份证', '330106199003071236', '浙江省', '__proto__', '1.2.3.4-1.2.3.9', 'x@y.cn'));
const texts = fc.array(text, { maxLength: 4 });
const person = fc.record({
  name: text,
  certificate: fc.record({ type: text, number: text, validFrom: text, validUntil: text }),
  officePhone: text,
  mobiles: texts,
  emergencyPhone: text,
  emails: texts,
});
const profile = fc.record({
  format: fc.constant(PROFILE_FORMAT),
  version: fc.constant(CURRENT_VERSION),
  label: text,
  subject: fc.record({
    nature: text,
    name: text,
    certificate: fc.record({ type: text, number: text, address: text }),
    region: fc.record({ province: text, city: text, county: text }),
    mailingAddress: text,
    investor: text,
    recordNumber: text,
    remark: text,
    head: person,
  }),
  websites: fc.array(
    fc.record({
      name: text,
      domains: texts,
      homepage: text,
      services: texts,
      languages: texts,
      approvals: fc.array(fc.record({ type: text, number: text }), { maxLength: 2 }),
      recordNumber: text,
      remark: text,
      head: person,
      access: fc.record({ provider: text, ips: texts, methods: texts, serverLocations: texts }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});
const segment = fc.oneof(fc.constantFrom('subject', 'websites', 'head', 'mobiles', 'name', '__proto__', 'constructor', 'prototype', 'region'), fc.string({ maxLength: 8 }));
const path = fc.array(fc.oneof(segment, fc.nat(5).map((i) => `[${i}]`)), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('.').replace(/\.\[/g, '['));
const pageValues = fc.array(fc.record({ path, value: fc.oneof(text, texts) }), { maxLength: 8 });

type Figure = { what: string; runs: number; ms: number };
const figures: Figure[] = [];

function fuzz<T>(what: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => void) {
  const start = performance.now();
  fc.assert(fc.property(arbitrary, (value) => check(value)), { numRuns: RUNS, interruptAfterTimeLimit: 600_000, markInterruptAsFailure: true });
  figures.push({ what, runs: RUNS, ms: performance.now() - start });
}

fuzz('import: any JSON value or text', fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (input) => {
  const result = importDocument(input);
  if (result.ok !== true && !Array.isArray(result.errors)) throw new Error('import answered neither profiles nor errors');
});
fuzz('rules engine: profiles with arbitrary texts', profile, (doc) => {
  runRules(profileSchema.parse(doc), { today: '2026-12-01' });
});
fuzz('label matcher: arbitrary label and heading texts', fc.tuple(text, fc.array(text, { maxLength: 3 })), ([label, variants]) => {
  normaliseLabel(label);
  labelVariants([label, ...variants]);
  sectionOfHeading(label);
});
fuzz('capture reader: arbitrary page paths and values', fc.tuple(pageValues, fc.nat(3)), ([values, website]) => {
  const partial = toPartialProfile(values, website);
  importDocument(partial);
  if (({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'x')) throw new Error('prototype polluted');
});

// The package reader: random bytes, and real packages (made by apksigner, openssl and zipfile, as the tests make them)
// truncated, with bytes flipped, or with lengths in their signing blocks and directories pointing anywhere.
async function fuzzAsync<T>(what: string, runs: number, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>) {
  const start = performance.now();
  await fc.assert(fc.asyncProperty(arbitrary, check), { numRuns: runs, interruptAfterTimeLimit: 600_000, markInterruptAsFailure: true });
  figures.push({ what, runs, ms: performance.now() - start });
}

function packageSeeds(): { name: string; bytes: Uint8Array }[] {
  make.requireTools('apksigner', 'aapt', 'keytool', 'openssl', 'python3');
  const dir = make.workdir();
  const unsigned = make.makeUnsignedApk(dir, 'com.yunqi.ledger');
  const [a, b] = [make.makeKey(dir, 'a', 'CN=A, C=CN'), make.makeKey(dir, 'b', 'CN=B, C=CN', { ec: true })];
  const rotated = make.signApk(unsigned, join(dir, 'rotated.apk'), [a, b], { v1: true, v2: true, v3: true, lineage: make.rotate(dir, a, b) });
  const cert = make.makeCertificate(dir, 'leaf', '/CN=Leaf/C=CN', { ec: true });
  const moduleJson = join(dir, 'module.json');
  writeFileSync(moduleJson, JSON.stringify({ app: { bundleName: 'com.yunqi.ledger' } }));
  const profile = make.cmsSign(moduleJson, join(dir, 'profile.p7b'), cert);
  const hap = make.splice(join(dir, 'x.hap'), make.zipFiles(join(dir, 'u.hap'), [['module.json', moduleJson]]), make.hapBlock(join(dir, 'b'), profile, profile));
  const info = make.writePlist(join(dir, 'Info.plist'), 'binary', { CFBundleIdentifier: 'com.yunqi.ledger' });
  const ipa = make.zipFiles(join(dir, 'x.ipa'), [['Payload/X.app/Info.plist', info], ['Payload/X.app/embedded.mobileprovision', profile]]);
  const seeds = [
    { name: 'x.apk', bytes: make.bytesOf(rotated) },
    { name: 'x.hap', bytes: make.bytesOf(hap) },
    { name: 'x.ipa', bytes: make.bytesOf(ipa) },
    { name: 'x.p7b', bytes: make.bytesOf(profile) },
  ];
  rmSync(dir, { recursive: true, force: true });
  return seeds;
}

const PACKAGE_RUNS = Number(process.env.FUZZ_PACKAGE_RUNS ?? Math.max(1, Math.floor(RUNS / 10)));
const seeds = packageSeeds();
const names = fc.constantFrom('x.apk', 'x.ipa', 'x.hap', 'x.app', 'x.cer', 'x.p7b', 'x.pem', 'x');
async function readsWithoutThrowing(bytes: Uint8Array, name: string) {
  const report = await readPackage(bytesSource(bytes), name);
  if (typeof report.ok !== 'boolean') throw new Error('the reader answered neither a report nor an error');
  // A TypeError or RangeError caught at the top means a path that trusted the file: the answer is right, the code not.
  if (!report.ok && /TypeError|RangeError/.test(report.error)) throw new Error(`unguarded: ${report.error}`);
}
/** A seed with `edits` applied: each writes bytes (a random u8/u32/u64 or a huge length) at an offset near the end. */
const mutated = fc
  .record({
    seed: fc.constantFrom(...seeds),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    edits: fc.array(
      fc.record({ fromEnd: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.oneof(fc.constantFrom(0, 0xffffffff, 0x7fffffff, 1, 4), fc.nat()), width: fc.constantFrom(1, 4, 8) }),
      { maxLength: 6 },
    ),
  })
  .map(({ seed, cut, edits }) => {
    const bytes = seed.bytes.slice(0, cut === undefined ? seed.bytes.length : Math.floor(seed.bytes.length * cut));
    // Most of what the reader parses sits in the last few KB (signing block, directory, end record).
    const tail = Math.min(bytes.length, 8192);
    for (const { fromEnd, value, width } of edits) {
      const at = bytes.length - 1 - Math.floor(fromEnd * tail);
      for (let i = 0; i < width && at + i < bytes.length && at + i >= 0; i++) bytes[at + i] = i < 4 ? (value >>> (8 * i)) & 0xff : value > 0 ? 0xff : 0;
    }
    return { name: seed.name, bytes };
  });

await fuzzAsync('package reader: random bytes', PACKAGE_RUNS, fc.tuple(fc.uint8Array({ maxLength: 4096 }), names), ([bytes, name]) => readsWithoutThrowing(bytes, name));
await fuzzAsync('package reader: truncated and corrupted APK, HAP, IPA and profile', PACKAGE_RUNS, mutated, ({ bytes, name }) => readsWithoutThrowing(bytes, name));

console.log('Beian Assistant fuzzing (fast-check, Node %s)\n', process.version);
console.log('| target | inputs | time | result |');
console.log('|---|---|---|---|');
for (const f of figures) console.log(`| ${f.what} | ${f.runs.toLocaleString('en')} | ${(f.ms / 1000).toFixed(1)} s | no throw, no hang |`);
