import { getAtPath } from '../../src/profile/paths';
import { importDocument } from '../../src/profile/import';
import { sortedState } from './expected-state';
import { expect, fixtureProfile, replicaState, send, tabIdOf, test } from './fixtures';
import { importOk, planted, type Finding } from './planted';
import { openReplica, PAGES, VARIANTS } from './replica-pages';

// Check and capture on every form page of every replica and its drifted twin. Check: the page is filled with a
// profile carrying planted mistakes; each mistake must be flagged at its path, no other error raised, and the page
// left as it was. Capture: a page filled from a valid profile reads back every value it shows.

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
