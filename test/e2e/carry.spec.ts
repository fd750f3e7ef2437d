import { importDocument } from '../../src/profile/import';
import type { Profile } from '../../src/profile/schema';
import { sortedState } from './expected-state';
import { expect, fixtureProfile, replicaState, send, tabIdOf, test } from './fixtures';
import { mps, MPS_ORIGIN, MPS_ROUTES } from './expected-mps';
import { openReplica, PAGES, type ReplicaPage } from './replica-pages';

// A filing carried between portals: every page of one portal is filled from a profile and captured back; that capture
// then fills every page of each other portal and the 公安 steps, and every field both portals have must come out as the original
// profile would have filled it (option labels, code tables, joins and phone forms translated by each adapter).

type Node = Record<string, unknown>;
const portals = [...new Set(PAGES.map((p) => p.origin))];
const pagesOf = (origin: string) => PAGES.filter((p) => p.origin === origin);
const shownPaths = (page: ReplicaPage, profile: Profile) => new Set(page.expected(profile, 0).map((e) => e.path.replace(/\[0\]$/, '')));

/** Later captures add to earlier ones; an empty value never overwrites a shown one. */
function merge(into: Node, from: Node): Node {
  for (const [key, value] of Object.entries(from)) {
    const had = into[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && had && typeof had === 'object' && !Array.isArray(had)) merge(had as Node, value as Node);
    else if (Array.isArray(value) && Array.isArray(had) && value.every((v) => v && typeof v === 'object')) value.forEach((v, i) => (had[i] = merge((had[i] ?? {}) as Node, v as Node)));
    else if (value !== '' && !(Array.isArray(value) && value.length === 0)) into[key] = value;
  }
  return into;
}

function imported(raw: unknown): Profile {
  const result = importDocument(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profiles[0]!;
}

/** The 公安 steps a filing carried from any ICP portal fills as well (issue 18 "Carry"); materials are not carried. */
const MPS_TARGETS: ReplicaPage[] = [
  { name: '公安 开办主体', origin: MPS_ORIGIN, path: MPS_ROUTES.unit.path, adapter: 'mps', step: 'unit', perWebsite: false, expected: (p) => mps.unit(p).filter((e) => e.path !== 'materials') },
  { name: '公安 网站', origin: MPS_ORIGIN, path: MPS_ROUTES.website.path, adapter: 'mps', step: 'website', perWebsite: true, expected: (p, i) => mps.website(p, i).filter((e) => e.path !== 'materials') },
];

for (const from of portals) {
  test(`a filing captured on ${from} fills every other portal the same`, async ({ context, api }) => {
    test.setTimeout(300_000);
    const raw = fixtureProfile('valid-enterprise.json');
    const original = imported(raw);
    const page = await context.newPage();
    let captured: Node = {};
    const shownThere = new Set<string>();
    for (const source of pagesOf(from)) {
      await openReplica(page, `${source.origin}${source.path}`, source.frame);
      const tabId = await tabIdOf(api, `${source.origin}${source.path}`.split('?')[0]!);
      await send(api, { type: 'icp:fill', tabId, profile: raw });
      const answer = await send<{ ok: boolean; profile: Node }>(api, { type: 'icp:capture', tabId });
      expect(answer.ok).toBe(true);
      captured = merge(captured, answer.profile);
      for (const path of shownPaths(source, original)) shownThere.add(path);
    }
    const carried = imported(captured);
    let compared = 0;
    for (const target of [...PAGES, ...MPS_TARGETS].filter((p) => p.origin !== from)) {
      // A page that shares no field with the source (an access form after a console without access fields) has nothing to carry.
      if (!target.expected(original, 0).some((e) => shownThere.has(e.path.replace(/\[0\]$/, '')))) continue;
      const url = `${target.origin}${target.path}`;
      await openReplica(page, url, target.frame);
      const tabId = await tabIdOf(api, url.split('?')[0]!);
      const answer = await send<{ ok: boolean; error?: string }>(api, { type: 'icp:fill', tabId, profile: carried });
      expect(answer.ok, answer.error).toBe(true);
      const state = sortedState(await replicaState(page, target.frame));
      const both = target.expected(original, 0).filter((e) => shownThere.has(e.path.replace(/\[0\]$/, '')));
      compared += both.length;
      const differ = both.filter((e) => JSON.stringify(state[e.key]) !== JSON.stringify(Array.isArray(e.value) && e.value.every((x) => /^\d+$/.test(String(x))) ? [...e.value].sort() : e.value));
      expect(differ.map((e) => `${target.name} ${e.path} → ${e.key}: ${JSON.stringify(state[e.key])}`), `carried from ${from}`).toEqual([]);
    }
    expect(compared, `fields carried from ${from}`).toBeGreaterThan(10);
  });
}
