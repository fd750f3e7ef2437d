import { getAtPath } from '../../src/profile/paths';
import type { Profile } from '../../src/profile/schema';
import { importDocument } from '../../src/profile/import';
import { sortedState } from './expected-state';
import { expect, fixtureProfile, replicaState, send, tabIdOf, test } from './fixtures';
import { openReplica, PAGES, VARIANTS, type ReplicaPage } from './replica-pages';

// Check and capture on every form page of every replica and its drifted twin. Check: the page is filled with a
// profile carrying planted mistakes; each mistake must be flagged at its path, no other error raised, and the page
// left as it was. Capture: a page filled from a valid profile reads back every value it shows.

type Finding = { path: string; rule: string; severity: string };
type Raw = ReturnType<typeof fixtureProfile> & { subject: Profile['subject']; websites: Profile['websites'] };

/** Mistakes the rules must catch, each at one path, in fields every page of a step shows as text. */
/** Each needs its own field on the page, and an ID number needs its document type beside it (no type, no format). */
const MISTAKES: Record<string, [path: string, plant: (p: Raw) => void][]> = {
  start: [
    ['subject.certificate.number', (p) => (p.subject.certificate.number = '91330106MA2KX7Q1D6')], // USCC check character
    ['websites[0].domains[0]', (p) => (p.websites[0]!.domains[0] = 'www.yunqi-example.com')],
  ],
  subject: [
    ['subject.certificate.number', (p) => (p.subject.certificate.number = '91330106MA2KX7Q1D6')],
    ['subject.head.certificate.number', (p) => (p.subject.head.certificate.number = '330106199003071237')], // ID check digit
    ['subject.head.mobiles[0]', (p) => (p.subject.head.mobiles = ['1390571000'])],
    ['subject.head.emails[0]', (p) => (p.subject.head.emails = ['wangxm@@yunqi-example.com'])],
  ],
  website: [
    ['websites[0].domains[0]', (p) => (p.websites[0]!.domains = ['www.yunqi-example.com'])],
    ['websites[0].homepage', (p) => (p.websites[0]!.homepage = 'http://www.yunqi-example.com')],
    ['websites[0].head.certificate.number', (p) => (p.websites[0]!.head.certificate.number = '33010619850612004x')],
  ],
  access: [['websites[0].access.ips[0]', (p) => (p.websites[0]!.access.ips[0] = '192.168.10.21')]],
};

const stepsOf = (replica: ReplicaPage) => replica.step.split('+');

function planted(replica: ReplicaPage): { profile: Raw; paths: string[] } {
  const profile = fixtureProfile('valid-enterprise.json') as Raw;
  const paths: string[] = [];
  for (const step of stepsOf(replica)) {
    for (const [path, plant] of MISTAKES[step] ?? []) {
      // The 21Vianet website form carries its access fields; the element-plus form has no IP field.
      const shown = replica.expected(importOk(profile), 0).map((e) => e.path.replace(/\[0\]$/, ''));
      const needs = [path.replace(/\[0\]$/, ''), ...(path.endsWith('certificate.number') ? [path.replace(/number$/, 'type')] : [])];
      if (needs.every((n) => shown.includes(n))) {
        plant(profile);
        paths.push(path);
      }
    }
  }
  if (replica.adapter === '21vianet' && replica.step === 'website') {
    for (const [path, plant] of MISTAKES.access!) {
      plant(profile);
      paths.push(path);
    }
  }
  return { profile, paths };
}

function importOk(raw: unknown): Profile {
  const result = importDocument(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profiles[0]!;
}

for (const variant of VARIANTS) {
  for (const replica of PAGES) {
    test.describe(`${replica.name} · ${variant.name}`, () => {
      const url = `${replica.origin}${variant.prefix}${replica.path}`;

      test('check flags every planted mistake at its path, nothing else, and changes nothing', async ({ context, api }) => {
        const { profile, paths } = planted(replica);
        expect(paths.length).toBeGreaterThan(0);
        const page = await context.newPage();
        await openReplica(page, url, replica.frame);
        const tabId = await tabIdOf(api, url.split('?')[0]!);
        await send(api, { type: 'icp:fill', tabId, profile });
        const before = sortedState(await replicaState(page, replica.frame));
        const report = await send<{ ok: boolean; step: string; findings: Finding[] }>(api, { type: 'icp:check', tabId });
        expect(report, JSON.stringify(report)).toMatchObject({ ok: true, step: replica.step });
        const errors = [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.path))].sort();
        expect(errors, JSON.stringify(report.findings.filter((f) => f.severity === 'error'))).toEqual([...paths].sort());
        expect(sortedState(await replicaState(page, replica.frame))).toEqual(before);
      });

      test('capture reads back every value the page shows', async ({ context, api }) => {
        const raw = fixtureProfile('valid-enterprise.json');
        const profile = importOk(raw);
        const page = await context.newPage();
        await openReplica(page, url, replica.frame);
        const tabId = await tabIdOf(api, url.split('?')[0]!);
        await send(api, { type: 'icp:fill', tabId, profile: raw });
        const report = await send<{ ok: boolean; profile: Record<string, unknown> }>(api, { type: 'icp:capture', tabId });
        expect(report.ok).toBe(true);
        const shown = [...new Set(replica.expected(profile, 0).map((e) => e.path))].filter((path) => {
          const value = getAtPath(profile, path);
          return Array.isArray(value) ? value.length > 0 : Boolean(value);
        });
        const wrong = shown.filter((path) => JSON.stringify(getAtPath(report.profile, path)) !== JSON.stringify(getAtPath(profile, path)));
        expect(wrong.map((path) => `${path}: ${JSON.stringify(getAtPath(report.profile, path))}`)).toEqual([]);
        expect(importDocument(report.profile).ok).toBe(true);
      });
    });
  }
}
