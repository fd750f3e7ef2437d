import { sortedState } from './expected-state';
import { expect, replicaState, send, tabIdOf, test } from './fixtures';
import { APP_PAGES, appProfiles } from './app-steps';
import { getAtPath } from '../../src/profile/paths';
import { openReplica, VARIANTS } from './replica-pages';

// Each console's APP step and its twin, filled through the API with `service: "apps[0]"` from every valid v2 profile
// with an APP: every field held (platform rows included), no claim the page does not hold, nothing written elsewhere;
// then captured back into `apps[0]`, and checked with nothing flagged on a page filled from a valid profile.

type FieldResult = { path: string; status: string; detail?: string };
type FillAnswer = { ok: true; adapter: string; step: string; fields: FieldResult[] } | { ok: false; error: string };
type CaptureAnswer = { ok: true; profile: Record<string, unknown> } | { ok: false; error: string };
type CheckAnswer = { ok: true; findings: { path: string; rule: string; severity: string }[] } | { ok: false; error: string };

/** A value with its objects' keys in order, so two readings of one platform list compare equal. */
const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sortedKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortedKeys(v)])) : value;

const sortList = (value: unknown) => (Array.isArray(value) && value.every((x) => /^\d+$/.test(String(x))) ? [...value].sort() : value);

for (const variant of VARIANTS) {
  for (const console of APP_PAGES) {
    test.describe(`${console.name} · ${variant.name}`, () => {
      for (const { name, raw, profile } of appProfiles()) {
        test(name, async ({ context, api }) => {
          const page = await context.newPage();
          const url = `${console.origin}${variant.prefix}${console.path}`;
          await openReplica(page, url, undefined);
          const before = sortedState(await replicaState(page, undefined));
          const tabId = await tabIdOf(api, url.split('#')[0]!);
          const answer = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile: raw, service: 'apps[0]' });
          expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true, adapter: console.adapter, step: 'app' });
          if (!answer.ok) return;
          const state = sortedState(await replicaState(page, undefined));
          const expected = console.expected(profile, 0);
          for (const field of answer.fields) {
            const about = `${field.path}: ${field.status} ${field.detail ?? ''}`;
            expect.soft(field.status, about).not.toBe('failed');
            if (field.status !== 'filled' && field.status !== 'unchanged') continue;
            const held = expected.filter((e) => e.path === field.path);
            expect.soft(held.length, `${about}: a claim about a field the page does not hold`).toBeGreaterThan(0);
            for (const e of held) expect.soft(state[e.key], `${about}: claimed, the page holds another value`).toEqual(sortList(e.value));
          }
          const keys = new Set(expected.map((e) => e.key));
          for (const [key, value] of Object.entries(state)) if (!keys.has(key)) expect.soft(value, `wrote into ${key}, which no profile field is`).toEqual(before[key]);
          const missed = expected.filter((e) => JSON.stringify(state[e.key]) !== JSON.stringify(sortList(e.value)));
          expect(missed.map((e) => `${e.path} → ${e.key}: ${JSON.stringify(state[e.key])}`), 'fields the framework does not hold').toEqual([]);

          // Capture reads the APP back into apps[0]: every value the page holds, in the profile's terms.
          const captured = await send<CaptureAnswer>(api, { type: 'icp:capture', tabId, service: 'apps[0]' });
          expect(captured.ok, JSON.stringify(captured)).toBe(true);
          if (!captured.ok) return;
          const paths = [...new Set(expected.map((e) => e.path))].filter((p) => !/\.approvals$/.test(p));
          // An empty list or text is not captured at all: the page shows nothing there.
          const shown = (value: unknown) => (value === '' || (Array.isArray(value) && value.length === 0) ? undefined : JSON.stringify(sortedKeys(value)));
          const wrongBack = paths.filter((p) => shown(getAtPath(captured.profile, p)) !== shown(getAtPath(profile, p)));
          expect.soft(wrongBack.map((p) => `${p}: ${JSON.stringify(getAtPath(captured.profile, p))}`), 'captured other than the profile').toEqual([]);

          // Check on a page filled from a valid profile flags no error.
          const checked = await send<CheckAnswer>(api, { type: 'icp:check', tabId, service: 'apps[0]' });
          expect(checked.ok, JSON.stringify(checked)).toBe(true);
          if (checked.ok) expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
        });
      }
    });
  }
}
