import type { Profile } from '../../src/profile/schema';
import { importDocument } from '../../src/profile/import';
import { fixtureProfile } from './fixtures';
import type { ReplicaPage } from './replica-pages';

// Mistakes planted in a valid profile for check: each at one path, in fields a step shows as text.

export type Finding = { path: string; rule: string; severity: string };
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

export function planted(replica: ReplicaPage): { profile: Raw; paths: string[] } {
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

export function importOk(raw: unknown): Profile {
  const result = importDocument(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profiles[0]!;
}

