import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { toPartialProfile } from '../src/capture/to-profile';
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

console.log('Beian Assistant fuzzing (fast-check, Node %s)\n', process.version);
console.log('| target | inputs | time | result |');
console.log('|---|---|---|---|');
for (const f of figures) console.log(`| ${f.what} | ${f.runs.toLocaleString('en')} | ${(f.ms / 1000).toFixed(1)} s | no throw, no hang |`);
