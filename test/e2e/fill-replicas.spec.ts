import { sortedState, type Expected } from './expected-state';
import { expect, replicaState, send, tabIdOf, test, validProfiles } from './fixtures';
import { openReplica, PAGES, VARIANTS } from './replica-pages';

// Every form page of every replica, and of its drifted twin, filled through the automation API from each valid
// fixture profile. Each report line is compared with the replica's own framework state: a field reported filled or
// unchanged holds its value (no dishonest claim), nothing outside the expected fields changes (no wrong write),
// and every expected field is held.

type FieldResult = { path: string; status: string; detail?: string };
type FillAnswer = { ok: true; adapter: string; step: string; fields: FieldResult[] } | { ok: false; error: string };

const sortList = (value: unknown) => (Array.isArray(value) && value.every((x) => /^\d+$/.test(String(x))) ? [...value].sort() : value);

for (const variant of VARIANTS) {
  for (const replica of PAGES) {
    test.describe(`${replica.name} · ${variant.name}`, () => {
      for (const { name, raw, profile } of validProfiles()) {
        test(name, async ({ context, api }) => {
          const page = await context.newPage();
          const url = `${replica.origin}${variant.prefix}${replica.path}`;
          const websites = replica.perWebsite ? profile.websites.map((_, i) => i) : [0];
          for (const website of websites) {
            await openReplica(page, url, replica.frame);
            const before = sortedState(await replicaState(page, replica.frame));
            const tabId = await tabIdOf(api, url.split('?')[0]!);
            const answer = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile: raw, website });
            expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true, adapter: replica.adapter, step: replica.step });
            if (!answer.ok) return;
            const state = sortedState(await replicaState(page, replica.frame));
            const expected: Expected[] = replica.expected(profile, website);

            for (const field of answer.fields) {
              const about = `${field.path}: ${field.status} ${field.detail ?? ''}`;
              expect(field.status, about).not.toBe('failed');
              if (replica.adapter !== 'generic') expect(field.status, about).not.toBe('not-found');
              if (field.status !== 'filled' && field.status !== 'unchanged') continue;
              const held = expected.filter((e) => e.path === field.path);
              expect(held.length, `${about}: a claim about a field the page does not hold`).toBeGreaterThan(0);
              for (const e of held) expect(state[e.key], `${about}: claimed, the page holds another value`).toEqual(sortList(e.value));
            }
            const keys = new Set(expected.map((e) => e.key));
            for (const [key, value] of Object.entries(state)) if (!keys.has(key)) expect(value, `wrote into ${key}, which no profile field is`).toEqual(before[key]);
            const missed = expected.filter((e) => JSON.stringify(state[e.key]) !== JSON.stringify(sortList(e.value)));
            expect(missed.map((e) => `${e.path} → ${e.key}: ${JSON.stringify(state[e.key])}`), 'fields the framework does not hold').toEqual([]);
          }
        });
      }
    });
  }
}
