import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { launchWithExtension } from '../support/launch-chromium';
import { fixtureProfile, send } from './fixtures';
import { seriousViolations } from './axe';

// Two agents, two browser profiles, one team database on a CouchDB-protocol server on loopback: a profile imported in
// one appears in the other; both edit it while the server is down, and after sync the second agent's editor shows the
// conflict field by field and resolves it, which the first then sees; a deletion travels; a material's bytes arrive
// intact; the server's documents hold no ID number, phone or name. The extension derives the team key with its real
// cost (PBKDF2-SHA-256, 600,000 rounds) on join.

/** The team's server by a name of its own, mapped to the loopback server like the replica hosts. */
const COUCH_HOST = 'couch.team.test';
const PASSPHRASE = 'our agency team passphrase';
const VAULT = 'vault passphrase of this agent';

type Agent = { context: BrowserContext; page: Page; name: 'alice' | 'bob'; password: string };

let server: CouchServer;
let team: string;
const agents: Agent[] = [];

async function agent(name: Agent['name'], password: string): Promise<Agent> {
  const context = await launchWithExtension({ port: server.port, hosts: [COUCH_HOST], headless: !process.env.HEADED });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  return { context, page, name, password };
}

const ok = async (a: Agent, message: Record<string, unknown>) => {
  const answer = await send(a.page, message);
  expect(answer, `${a.name}: ${String(message["type"])} → ${JSON.stringify(answer)}`).toMatchObject({ ok: true });
  return answer;
};
const syncNow = (a: Agent) => ok(a, { type: 'icp:sync:now' });
const labels = async (a: Agent) => ((await send<{ profiles?: { label: string }[] }>(a.page, { type: 'icp:profiles:list' })).profiles ?? []).map((p) => p.label).sort();
/** The profile with `label` opened in the agent's editor, read fresh from the store. */
async function openProfile(a: Agent, label: string) {
  await a.page.reload();
  await a.page.locator('#profile-list .row', { hasText: label }).click();
  await expect(a.page.locator('input[name="label"]')).toHaveValue(label);
}
async function backupRecords(a: Agent): Promise<{ profile: { label: string; materials: { id: string; data?: string }[] } }[]> {
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.click('#backup')]);
  return (JSON.parse(readFileSync(await download.path(), 'utf8')) as { records: { profile: { label: string; materials: { id: string; data?: string }[] } }[] }).records;
}
test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  server = await startCouchServer();
  team = 'agency-team';
  await server.createTeam(team);
  agents.push(await agent('alice', 'alice-pw'), await agent('bob', 'bob-pw'));
});
test.afterAll(async () => {
  for (const a of agents) await a.context.close();
  await server?.close();
});

test('two agents share a team: import travels, an offline conflict is merged in the editor, a deletion and a material’s bytes travel, the server sees ciphertext', async () => {
  const [alice, bob] = agents as [Agent, Agent];
  const url = `http://${COUCH_HOST}/${team}`;

  // Joining is refused until the vault is on; the team panel says so and leads to the vault.
  await alice.page.click('#team-open');
  await expect(alice.page.locator('#team-vault')).toBeVisible();
  const refused = await send<{ ok: boolean; error?: string }>(alice.page, { type: 'icp:sync:join', url, username: 'alice', password: 'alice-pw', passphrase: PASSPHRASE });
  expect(refused.error).toContain('vault');
  for (const a of agents) {
    await ok(a, { type: 'icp:vault:enable', passphrase: VAULT });
    const started = Date.now();
    await ok(a, { type: 'icp:sync:join', url, username: a.name, password: a.password, passphrase: PASSPHRASE });
    console.log(`${a.name} joined in ${Date.now() - started} ms (PBKDF2 600,000 rounds)`);
  }
  await alice.page.reload();
  await alice.page.click('#team-open');
  await expect(alice.page.locator('#team-name')).toHaveText(team);
  await expect(alice.page.locator('#team-agent')).toHaveText('alice');
  expect(await seriousViolations(alice.page, { include: '#team-panel' }), 'team panel').toEqual([]);

  // A imports a profile with a material; it appears in B.
  const bytes = randomBytes(40_000);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const profile = fixtureProfile('valid-enterprise.json');
  const material = { id: 'm-id-front', kind: '负责人证件人像面', owner: 'subject.head', name: 'id-front.jpg', type: 'image/jpeg', size: bytes.length, sha256, data: bytes.toString('base64') };
  await ok(alice, { type: 'icp:profiles:import', document: { ...profile, materials: [material] } });
  await ok(alice, { type: 'icp:profiles:import', document: { ...profile, label: '将被删除的资料' } });
  const label = String(profile['label']);
  await syncNow(alice);
  await expect.poll(async () => (await syncNow(bob), await labels(bob)), { timeout: 30_000 }).toEqual([label, '将被删除的资料'].sort());
  const arrived = (await backupRecords(bob)).find((r) => r.profile.label === label)?.profile.materials.find((m) => m.id === material.id)?.data;
  expect(arrived, 'the material’s bytes in B').toBeDefined();
  expect(createHash('sha256').update(Buffer.from(arrived ?? '', 'base64')).digest('hex')).toBe(sha256);
  // B's open options page lists the arrivals without a reload.
  await expect(bob.page.locator('#profile-list .row', { hasText: '将被删除的资料' })).toHaveCount(1);

  // Both edit the same profile while the server is down.
  await server.offline();
  await openProfile(alice, label);
  await alice.page.fill('input[name="label"]', '甲改的名称');
  await alice.page.fill('input[name="subject.name"]', '杭州甲改示例科技有限公司');
  await alice.page.click('#save');
  await expect(alice.page.locator('#dirty')).toHaveCount(0);
  await openProfile(bob, label);
  await bob.page.fill('input[name="label"]', '乙改的名称');
  await bob.page.click('#save');
  await expect(bob.page.locator('#dirty')).toHaveCount(0);
  expect(await send(alice.page, { type: 'icp:sync:now' })).toMatchObject({ ok: false });
  await server.online();
  await syncNow(alice);
  await syncNow(bob);
  await syncNow(alice);

  // B's editor, still open on the profile, shows the conflict field by field without a reload; B keeps its label and
  // takes A's subject name. The store holds the revision the server picked as winner until then, whichever agent's it is.
  await expect(bob.page.locator('#conflict-banner')).toContainText('alice');
  await bob.page.locator('#profile-list .row', { hasNotText: '将被删除的资料' }).click();
  await expect(bob.page.locator('input[name="label"]')).toHaveValue(/^(甲|乙)改的名称$/);
  await expect(bob.page.locator('#conflict-banner')).toContainText('alice');
  await bob.page.click('#conflict-open');
  const view = bob.page.locator('#conflict-view');
  await expect(view.locator('tr[data-path="label"] .theirs')).toHaveText('甲改的名称');
  await expect(view.locator('tr[data-path="label"] .mine')).toHaveText('乙改的名称');
  await expect(view.locator('tr[data-path="subject.name"] .theirs')).toHaveText('杭州甲改示例科技有限公司');
  expect(await seriousViolations(bob.page, { include: '#conflict-view' }), 'conflict view').toEqual([]);
  await view.locator('input[data-path="subject.name"][value="theirs"]').check();
  await bob.page.click('#conflict-save');
  await expect(bob.page.locator('#conflict-view')).toHaveCount(0);
  await expect(bob.page.locator('#conflict-banner')).toHaveCount(0);
  await expect(bob.page.locator('input[name="subject.name"]')).toHaveValue('杭州甲改示例科技有限公司');
  await syncNow(bob);
  await expect.poll(async () => (await syncNow(alice), await labels(alice)), { timeout: 30_000 }).toContain('乙改的名称');
  await openProfile(alice, '乙改的名称');
  await expect(alice.page.locator('input[name="subject.name"]')).toHaveValue('杭州甲改示例科技有限公司');
  await expect(alice.page.locator('#conflict-banner')).toHaveCount(0);
  // The history names both agents' revisions in the line that won.
  await alice.page.locator('#profile-history summary').click();
  await expect(alice.page.locator('#profile-history li[data-agent="bob"]').first()).toBeVisible();
  expect((await send<{ conflicts: number }>(alice.page, { type: 'icp:sync:status' })).conflicts).toBe(0);

  // A deletion in A reaches B.
  await openProfile(alice, '将被删除的资料');
  await alice.page.click('#delete');
  await syncNow(alice);
  await expect.poll(async () => (await syncNow(bob), await labels(bob)), { timeout: 30_000 }).toEqual(['乙改的名称']);

  // The team key was derived at its real cost.
  expect((await server.couch.request('GET', `/${team}/beian-team`)).json).toMatchObject({ iterations: 600_000 });

  // What the server holds, read over HTTP as its administrator: ids, revisions and ciphertext.
  const db = `/${team}`;
  const all = await server.couch.request('GET', `${db}/_all_docs?include_docs=true&attachments=true&conflicts=true`);
  const changes = await server.couch.request('GET', `${db}/_changes?include_docs=true&style=all_docs`);
  const raw = [all.text, changes.text, ...[...all.text.matchAll(/"data":"([^"]+)"/g)].map((m) => Buffer.from(m[1] ?? '', 'base64').toString('latin1'))].join('\n');
  const subject = profile['subject'] as { name: string; certificate: { number: string }; head: { name: string; mobiles: string[]; certificate: { number: string } } };
  for (const secret of [subject.name, subject.certificate.number, subject.head.name, subject.head.certificate.number, ...subject.head.mobiles, '杭州甲改示例科技有限公司', '乙改的名称', label]) {
    expect(raw, 'the server’s documents').not.toContain(secret);
  }
});

test('a browser joining a team with thousands of profiles shows their arrival as a progress bar until all are here', async () => {
  const [alice] = agents as [Agent, Agent];
  const sample = fixtureProfile('valid-enterprise.json');
  const COUNT = 3000;
  for (let i = 0; i < COUNT; i += 500) {
    const profiles = Array.from({ length: 500 }, (_, k) => ({ ...sample, label: `团队客户 ${i + k}` }));
    await ok(alice, { type: 'icp:profiles:import', document: { format: 'icp-filing-profile-set', version: 2, profiles } });
  }
  await syncNow(alice);
  const expected = (await labels(alice)).length;

  // The same agent on a second computer: a fresh browser, its own vault, joined from the team panel.
  const second: Agent = { ...(await agent('bob', 'bob-pw')), name: 'bob' };
  agents.push(second);
  await ok(second, { type: 'icp:vault:enable', passphrase: VAULT });
  await second.page.reload();
  await second.page.click('#team-open');
  await second.page.fill('#team-url', `http://${COUCH_HOST}/${team}`);
  await second.page.fill('#team-user', 'bob');
  await second.page.fill('#team-password', 'bob-pw');
  await second.page.fill('#team-passphrase', PASSPHRASE);
  await second.page.click('#team-join');

  // Mid-way, the bar counts the team's profiles held here of those on the server.
  const bar = second.page.locator('#team-arriving');
  await expect(bar).toBeVisible({ timeout: 60_000 });
  const [value, max] = await bar.evaluate((el: HTMLProgressElement) => [el.value, el.max]);
  expect(max, 'the team’s profiles on the server').toBe(expected);
  expect(value, 'arrived so far').toBeLessThan(max);
  await expect(second.page.locator('#team-panel')).toContainText(`${value}`);
  // It goes once every profile is here.
  await expect(bar).toHaveCount(0, { timeout: 120_000 });
  expect((await labels(second)).length).toBe(expected);
});
