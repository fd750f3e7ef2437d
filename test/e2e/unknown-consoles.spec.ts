import { getAtPath } from '../../src/profile/paths';
import { PROVIDERS } from '../../src/rules/data/providers';
import { importDocument } from '../../src/profile/import';
import { sortedState, type Expected } from './expected-state';
import { expect, fixtureProfile, replicaState, send, tabIdOf, test, validProfiles } from './fixtures';
import { importOk, planted, type Finding } from './planted';
import { openReplica, VARIANTS } from './replica-pages';
import { CONSOLES, type ConsolePage } from './unknown-consoles';
import type { Page } from '@playwright/test';

// Consoles no adapter knows, replica and drifted twin, through the generic adapter (issue 14): from every valid
// fixture, fill holds at least 98 % of the fields the page shows, with no wrong write (a control no profile field is,
// changed) and no dishonest claim (filled or unchanged where the framework holds another value); check flags every
// planted mistake and nothing else; capture reads back at least 98 % of what the page shows.

type FieldResult = { path: string; status: string; detail?: string };
type FillAnswer = { ok: true; adapter: string; step: string; fields: FieldResult[] } | { ok: false; error: string };

const HELD = 0.98;

/**
 * Where a console is still short of the target, what it reaches today and why, per `<page> · <variant>`: the
 * assertions hold it there (a regression fails) and the entry goes once the console reaches the target. Wrong writes and
 * dishonest claims have no such allowance anywhere.
 */
type Gap = { why: string; held?: number; read?: number; unflagged?: readonly string[]; falseFlags?: readonly string[] };
const KNOWN_GAPS: Readonly<Record<string, Gap>> = {};
const sortList = (value: unknown) => (Array.isArray(value) && value.every((x) => /^\d+$/.test(String(x))) ? [...value].sort() : value);

const open = (page: Page, url: string, ready: string) => openReplica(page, url, undefined, ready);

/** A provider captured by its legal name (北京世纪互联宽带数据中心有限公司) is the profile's brand (世纪互联). */
function sameCaptured(path: string, captured: unknown, held: unknown): boolean {
  if (JSON.stringify(captured) === JSON.stringify(held)) return true;
  if (!path.endsWith('access.provider') || typeof captured !== 'string' || typeof held !== 'string') return false;
  return PROVIDERS.some((p) => p.names.includes(held) && p.names.includes(captured));
}

const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)} %)`;

for (const variant of VARIANTS) {
  for (const replica of CONSOLES) {
    test.describe(`${replica.name} · ${variant.name}`, () => {
      const url = `${replica.origin}${variant.prefix}${replica.path}`;
      const gap = KNOWN_GAPS[`${replica.name} · ${variant.name}`];

      test('fill: ≥ 98 % held, no wrong write, no dishonest claim', async ({ context, api }) => {
        const page = await context.newPage();
        const missed: string[] = [];
        const dishonest: string[] = [];
        const wrong: string[] = [];
        let shown = 0;
        for (const { name, raw, profile } of validProfiles()) {
          for (const website of replica.perWebsite ? profile.websites.map((_, i) => i) : [0]) {
            await open(page, url, replica.ready);
            const before = sortedState(await replicaState(page));
            const answer = await send<FillAnswer>(api, { type: 'icp:fill', tabId: await tabIdOf(api, url), profile: raw, website });
            expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true, adapter: replica.adapter });
            if (!answer.ok) return;
            const state = sortedState(await replicaState(page));
            const expected: Expected[] = replica.expected(profile, website);
            for (const field of answer.fields) {
              if (field.status !== 'filled' && field.status !== 'unchanged') continue;
              // The region reported whole (subject.region) is the one key its parts name in the expectations.
              const held = expected.filter((e) => e.path === field.path || (field.path === 'subject.region' && e.path.startsWith('subject.region.')));
              if (held.length === 0) dishonest.push(`${name}#${website} ${field.path}: ${field.status}, but the page has no such field`);
              for (const e of held) if (JSON.stringify(state[e.key]) !== JSON.stringify(sortList(e.value))) dishonest.push(`${name}#${website} ${field.path}: ${field.status}, the page holds ${JSON.stringify(state[e.key])}`);
            }
            const keys = new Set(expected.map((e) => e.key));
            for (const [key, value] of Object.entries(state)) if (!keys.has(key) && JSON.stringify(value) !== JSON.stringify(before[key])) wrong.push(`${name}#${website} wrote ${JSON.stringify(value)} into ${key}`);
            // A field held is a key holding its value; keys written by several paths count once.
            const byKey = new Map(expected.map((e) => [e.key, e]));
            for (const e of byKey.values()) {
              shown++;
              if (JSON.stringify(state[e.key]) !== JSON.stringify(sortList(e.value))) {
                const result = answer.fields.find((f) => f.path === e.path);
                missed.push(`${name}#${website} ${e.path} → ${e.key}: ${JSON.stringify(state[e.key])} (${result ? `${result.status} ${result.detail ?? ''}` : 'not reported'})`);
              }
            }
          }
        }
        expect(wrong, 'wrong writes').toEqual([]);
        expect(dishonest, 'dishonest claims').toEqual([]);
        const held = shown - missed.length;
        expect(held / shown, `held ${pct(held, shown)}${gap ? ` (known gap: ${gap.why})` : ''}; missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(gap?.held ?? HELD);
      });

      test('check flags every planted mistake at its path, nothing else, and changes nothing', async ({ context, api }) => {
        const { profile, paths } = planted(replica);
        expect(paths.length).toBeGreaterThan(0);
        const page = await context.newPage();
        await open(page, url, replica.ready);
        const tabId = await tabIdOf(api, url);
        await send(api, { type: 'icp:fill', tabId, profile });
        const before = sortedState(await replicaState(page));
        const report = await send<{ ok: boolean; findings: Finding[] }>(api, { type: 'icp:check', tabId });
        expect(report.ok, JSON.stringify(report)).toBe(true);
        const errors = [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.path))].sort();
        // A known gap may leave a planted mistake in a field the fill cannot reach yet, or flag a field it left empty.
        const expected = [...paths.filter((p) => !gap?.unflagged?.includes(p)), ...(gap?.falseFlags ?? [])].sort();
        const seen = errors.filter((p) => !gap?.unflagged?.includes(p));
        expect(seen, JSON.stringify(report.findings.filter((f) => f.severity === 'error'))).toEqual(expected);
        expect(sortedState(await replicaState(page))).toEqual(before);
      });

      test('capture reads back ≥ 98 % of what the page shows', async ({ context, api }) => {
        const raw = fixtureProfile('valid-enterprise.json');
        const profile = importOk(raw);
        const page = await context.newPage();
        await open(page, url, replica.ready);
        const tabId = await tabIdOf(api, url);
        await send(api, { type: 'icp:fill', tabId, profile: raw });
        const report = await send<{ ok: boolean; profile: Record<string, unknown> }>(api, { type: 'icp:capture', tabId });
        expect(report.ok).toBe(true);
        const shown = [...new Set(replica.expected(profile, 0).map((e) => e.path))].filter((path) => {
          const value = getAtPath(profile, path);
          return Array.isArray(value) ? value.length > 0 : Boolean(value);
        });
        const wrong = shown.filter((path) => !sameCaptured(path, getAtPath(report.profile, path), getAtPath(profile, path)));
        const read = shown.length - wrong.length;
        expect(read / shown.length, `read ${pct(read, shown.length)}${gap ? ` (known gap: ${gap.why})` : ''}; not read back:\n${wrong.map((path) => `${path}: ${JSON.stringify(getAtPath(report.profile, path))}`).join('\n')}`).toBeGreaterThanOrEqual(gap?.read ?? HELD);
        expect(importDocument(report.profile).ok).toBe(true);
      });
    });
  }
}

export type { ConsolePage };
