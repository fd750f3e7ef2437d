import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { sortedState } from './expected-state';
import { expect, replicaState, send, tabIdOf, test, validProfiles } from './fixtures';
import { mps, MPS_ORIGIN, MPS_ROUTES, MPS_UNTOUCHED } from './expected-mps';
import { openReplica, VARIANTS } from './replica-pages';
import { appProfiles } from './app-steps';
import { planted } from './planted';
import type { Profile } from '../../src/profile/schema';
import { getAtPath } from '../../src/profile/paths';
import { importDocument } from '../../src/profile/import';

// 公安联网备案 (issue 18): the 开办主体 and 网站 steps of the beian.mps.gov.cn replica and its drifted twin, filled through
// the API from every valid fixture: every field the framework must hold, no claim the page does not hold, nothing
// written into a field no profile value is for (the SMS code, the 接入商's and 注册商's region, 危险物品).

type FieldResult = { path: string; status: string; detail?: string };
type FillAnswer = { ok: true; adapter: string; step: string; fields: FieldResult[]; manual: { label: string; what: string }[] } | { ok: false; error: string };
type CaptureAnswer = { ok: true; profile: Record<string, unknown> } | { ok: false; error: string };
type CheckAnswer = { ok: true; findings: { path: string; rule: string; severity: string }[] } | { ok: false; error: string };

const sortList = (value: unknown) => (Array.isArray(value) && value.every((x) => /^\d+$/.test(String(x))) ? [...value].sort() : value);

/**
 * A v2 profile with a 公安 block on its first service: its own 网站安全负责人 (the personal fixture's head), the service's
 * head as the 应急联络人 (left out), an opening date, a registrar from the portal's directory, and either no
 * interactive service or three of the tree's items across its groups.
 */
function withSecurity(base: { raw: unknown }, service: 'websites' | 'apps', interactive: boolean): { name: string; raw: unknown; profile: Profile } {
  const [, personal] = validProfiles();
  const raw = structuredClone(base.raw) as { version: number } & Record<'websites' | 'apps', Record<string, unknown>[] | undefined>;
  raw.version = 2;
  const first = raw[service]![0]!;
  first.security = {
    openedOn: '2026-11-20',
    ...(service === 'websites' ? { registrar: '阿里云计算有限公司', securityHead: personal!.profile.subject.head } : {}),
    interactive,
    ...(interactive ? { interactiveServices: ['论坛', '即时通信', '网络直播'] } : {}),
  };
  const imported = importDocument(raw);
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  return { name: `v2 with a 公安 block${interactive ? ' and 交互服务' : ''}`, raw, profile: imported.profiles[0]! };
}

/** A small JPEG of its own for each photo (jpeg-js, a noisy gradient), so each upload's SHA-256 tells it apart. */
function photo(seed: number): Uint8Array {
  const [width, height] = [600, 380];
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const n = ((i * 2654435761 + seed * 97) >>> 0) % 41;
    data.set([(i % width) % 256, (Math.floor(i / width) + n) % 256, (seed * 31 + n) % 256, 255], i * 4);
  }
  return jpeg.encode({ width, height, data }, 85).data;
}

/** The same 公安 profile carrying every photo the two steps upload: the 证件, each person's three, the 域名证书. */
function withMaterials(): { name: string; raw: unknown; profile: Profile } {
  const { raw: base } = withSecurity(validProfiles()[0]!, 'websites', false);
  const photos = [
    ['主办单位证件', 'subject'], ['负责人证件人像面', 'subject.head'], ['负责人证件国徽面', 'subject.head'], ['手持证件照', 'subject.head'],
    ['域名证书', 'websites[0]'], ['负责人证件人像面', 'websites[0].head'], ['负责人证件国徽面', 'websites[0].head'], ['手持证件照', 'websites[0].head'],
  ] as const;
  const materials = photos.map(([kind, owner], i) => {
    const bytes = photo(i + 1);
    return { id: `m-${i + 1}`, kind, owner, name: `photo-${i + 1}.jpg`, type: 'image/jpeg', size: bytes.length, width: 600, height: 380, sha256: createHash('sha256').update(bytes).digest('hex'), data: Buffer.from(bytes).toString('base64') };
  });
  // Only the website's own head: the security head goes back to being the website's head, whose photos these are.
  const raw = structuredClone(base) as { websites: { security: Record<string, unknown> }[] };
  delete raw.websites[0]!.security.securityHead;
  const doc = { ...raw, materials };
  const imported = importDocument(doc);
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  return { name: 'v2 with a 公安 block and every photo', raw: doc, profile: imported.profiles[0]! };
}

const websiteProfiles = () => [...validProfiles(), withSecurity(validProfiles()[0]!, 'websites', false), withSecurity(validProfiles()[0]!, 'websites', true), withMaterials()];
const appOnes = () => [...appProfiles(), withSecurity(appProfiles()[0]!, 'apps', true)];

const STEPS = [
  { key: 'unit', route: MPS_ROUTES.unit, service: undefined, profiles: websiteProfiles, expected: (p: Profile) => mps.unit(p), untouched: MPS_UNTOUCHED.unit },
  { key: 'website', route: MPS_ROUTES.website, service: 'websites[0]', profiles: websiteProfiles, expected: (p: Profile) => mps.website(p, 0), untouched: MPS_UNTOUCHED.website },
  { key: 'app', route: MPS_ROUTES.app, service: 'apps[0]', profiles: appOnes, expected: (p: Profile) => mps.app(p, 0), untouched: MPS_UNTOUCHED.app },
] as const;

for (const variant of VARIANTS) {
  for (const step of STEPS) {
    test.describe(`${step.route.name} · ${variant.name}`, () => {
      for (const { name, raw, profile } of step.profiles()) {
        test(name, async ({ context, api }) => {
          const page = await context.newPage();
          const url = `${MPS_ORIGIN}${variant.prefix ? step.route.twinPath : step.route.path}`;
          await openReplica(page, url, undefined, step.route.ready);
          const tabId = await tabIdOf(api, url);
          const answer = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile: raw, ...(step.service ? { service: step.service } : {}) });
          expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true, adapter: 'mps', step: step.key });
          if (!answer.ok) return;
          // Where the provider and the registrar are is the agent's to choose (no profile field holds it): named as such.
          if (step.key === 'website') expect(answer.manual.filter((m) => /所属区域/.test(m.what)), JSON.stringify(answer.manual)).toHaveLength(2);
          // Materials the fixtures do not carry are no fields of this fill: their lists stay empty, as expected says.
          const expected = step.expected(profile).filter((e) => e.path !== 'materials');
          // The page lists an upload once it has hashed the file: wait (bounded) until every list is complete.
          const uploads = expected.filter((e) => e.path.startsWith('materials['));
          await expect.poll(async () => { const now = await replicaState(page, undefined); return uploads.filter((e) => JSON.stringify(now[e.key]) !== JSON.stringify(e.value)).map((e) => e.key); }, { timeout: 10_000 }).toEqual([]);
          const state = sortedState(await replicaState(page, undefined));
          for (const field of answer.fields) {
            const about = `${field.path}: ${field.status} ${field.detail ?? ''}`;
            expect.soft(field.status, about).not.toBe('failed');
            if (field.status !== 'filled' && field.status !== 'unchanged') continue;
            // One cascader holds the region: its three parts are one claim.
            const held = expected.filter((e) => e.path === field.path || e.path.startsWith(`${field.path}.`));
            expect.soft(held.length, `${about}: a claim about a field the page does not hold`).toBeGreaterThan(0);
            for (const e of held) expect.soft(state[e.key], `${about}: claimed, the page holds another value`).toEqual(sortList(e.value));
          }
          for (const [key, value] of Object.entries(step.untouched)) expect.soft(state[key], `wrote into ${key}, which no profile field is`).toEqual(value);
          const missed = expected.filter((e) => JSON.stringify(state[e.key]) !== JSON.stringify(sortList(e.value)));
          expect(missed.map((e) => `${e.path} → ${e.key}: ${JSON.stringify(state[e.key])} ≠ ${JSON.stringify(e.value)}`), 'fields the framework does not hold').toEqual([]);

          // Capture reads the page back in the profile's terms: what the page holds equals the profile (the 安全负责人
          // and 应急联络人 come back as themselves; 前置审批 as codes and materials are not read back).
          const service = step.service ? { service: step.service } : {};
          const captured = await send<CaptureAnswer>(api, { type: 'icp:capture', tabId, ...service });
          expect(captured.ok, JSON.stringify(captured)).toBe(true);
          if (!captured.ok) return;
          const paths = [...new Set(expected.map((e) => e.path))].filter((p) => !/\.approvals|^materials|^(websites|apps)\[0\]\.head\./.test(p));
          // An APP's platforms are chosen here without their 包名 or 签名 (no field on this step): their names come back.
          const platformNames = (value: unknown) => (Array.isArray(value) ? value.map((p: { platform?: string }) => p.platform).sort() : value);
          const at = (p: string, from: unknown) => (p.endsWith('.platforms') ? platformNames(getAtPath(from, p)) : getAtPath(from, p));
          const shown = (value: unknown) => (value === '' || (Array.isArray(value) && value.length === 0) ? undefined : JSON.stringify(value));
          const wrongBack = paths.filter((p) => shown(at(p, captured.profile)) !== shown(at(p, profile)));
          expect.soft(wrongBack.map((p) => `${p}: ${JSON.stringify(at(p, captured.profile))}`), 'captured other than the profile').toEqual([]);

          // Check on a page filled from a valid profile flags no error.
          const checked = await send<CheckAnswer>(api, { type: 'icp:check', tabId, profile: raw, ...service });
          expect(checked.ok, JSON.stringify(checked)).toBe(true);
          if (checked.ok) expect(checked.findings.filter((f) => f.severity === 'error').map((f) => `${f.path} ${f.rule}`)).toEqual([]);
        });
      }
    });
  }
}

/** The 公安 steps as pages whose planted mistakes check must flag: the ICP rules speak of the same fields here. */
const PLANTED_STEPS = [
  { route: MPS_ROUTES.unit, step: 'subject', expected: (p: Profile) => mps.unit(p), service: {} },
  { route: MPS_ROUTES.website, step: 'website+access', expected: (p: Profile) => mps.website(p, 0), service: { service: 'websites[0]' } },
] as const;

for (const variant of VARIANTS) {
  for (const s of PLANTED_STEPS) {
    test(`${s.route.name} · ${variant.name}: check flags every planted mistake at its path, nothing else, and changes nothing`, async ({ context, api }) => {
      const url = `${MPS_ORIGIN}${variant.prefix ? s.route.twinPath : s.route.path}`;
      const { profile, paths } = planted({ name: s.route.name, origin: MPS_ORIGIN, path: s.route.path, adapter: 'mps', step: s.step, perWebsite: false, expected: s.expected });
      expect(paths.length).toBeGreaterThan(1);
      const page = await context.newPage();
      await openReplica(page, url, undefined, s.route.ready);
      const tabId = await tabIdOf(api, url);
      await send(api, { type: 'icp:fill', tabId, profile, ...s.service });
      const before = sortedState(await replicaState(page, undefined));
      const report = await send<CheckAnswer>(api, { type: 'icp:check', tabId, ...s.service });
      expect(report.ok, JSON.stringify(report)).toBe(true);
      if (!report.ok) return;
      const errors = [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.path))].sort();
      // The website's head stands in for the 安全负责人 and the 应急联络人 the profile leaves out: its mistake is flagged in both blocks.
      const onPage = paths.flatMap((p) => (p.startsWith('websites[0].head.') ? ['securityHead', 'emergencyContact'].map((who) => p.replace('.head.', `.security.${who}.`)) : [p]));
      expect(errors, JSON.stringify(report.findings.filter((f) => f.severity === 'error'))).toEqual(onPage.sort());
      expect(sortedState(await replicaState(page, undefined))).toEqual(before);
    });
  }
}
