import type { BrowserContext, Page } from '@playwright/test';
import type { CouchServer } from '../test/support/couch-server';
import { launchWithExtension } from '../test/support/launch-chromium';
import { enterprise } from '../test/support/sample';
import type { Row } from './bench';

// Team sync between two real browsers (issue 19): each agent's Chromium with the extension, its vault on, joined to
// one team database on PouchDB Server over loopback. The first sync of 10,000 profiles into a browser that joins
// after they were pushed, and one profile saved in one browser's editor until the other's open list shows it — live
// sync alone, nobody presses "sync now".

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const COUCH_HOST = 'couch.team.test';
const PASSPHRASE = 'bench team passphrase';
const CHANGED = '改过的公司（基准）';

type Agent = { context: BrowserContext; page: Page };

async function agent(port: number): Promise<Agent> {
  const context = await launchWithExtension({ port, hosts: [COUCH_HOST] });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  return { context, page };
}

async function ask(a: Agent, message: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answer = (await a.page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Record<string, unknown>;
  if (answer['ok'] !== true) throw new Error(`${String(message['type'])}: ${JSON.stringify(answer)}`);
  return answer;
}

/** Asks again every quarter second until `check` holds, for at most `limitMs` (a page cannot wait on a promise). */
async function until(check: () => Promise<boolean>, limitMs: number): Promise<void> {
  const end = performance.now() + limitMs;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`not done within ${limitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const join = (a: Agent, url: string, username: 'alice' | 'bob', password: string) =>
  ask(a, { type: 'icp:vault:enable', passphrase: `vault of ${username}` }).then(() => ask(a, { type: 'icp:sync:join', url, username, password, passphrase: PASSPHRASE }));

export async function syncBrowserRows(rows: Row[], server: CouchServer, count = 10_000): Promise<void> {
  const agents: Agent[] = [];
  try {
    const team = `bench-browsers-${count}`;
    await server.createTeam(team);
    const url = `http://${COUCH_HOST}/${team}`;
    // Minutes pass in this bench: each stage says when it is done.
    const log = (m: string) => console.log(`[sync bench in Chromium] ${m}`);
    const alice = await agent(server.port);
    agents.push(alice);
    await join(alice, url, 'alice', 'alice-pw');
    log('alice joined');
    const base = enterprise();
    const batches = Array.from({ length: Math.ceil(count / 1000) }, (_, b) =>
      Array.from({ length: Math.min(1000, count - b * 1000) }, (_, k) => ({ ...base, label: `公司${b * 1000 + k}`, subject: { ...base.subject, name: `公司${b * 1000 + k}` } })),
    );
    // Live sync pushes while the import runs: the push is done once nothing is pending and the server counts every profile
    // (a "sync now" answers in 30 s at most).
    const started = performance.now();
    for (const profiles of batches) await ask(alice, { type: 'icp:profiles:import', document: { format: 'icp-filing-profile-set', version: 2, profiles } });
    const importMs = performance.now() - started;
    log(`imported in ${importMs.toFixed(0)} ms`);
    await until(async () => {
      const status = await ask(alice, { type: 'icp:sync:status' });
      const arrived = status['arrived'];
      // Nothing left here, and the server holds every profile (its count is what `arrived.total` says).
      return status['pending'] === 0 && typeof arrived === 'object' && arrived !== null && 'total' in arrived && arrived.total === count;
    }, 900_000);
    const pushMs = performance.now() - started;
    log(`pushed at ${pushMs.toFixed(0)} ms`);

    // A browser that joins the team now: from its join until every profile is in its store.
    const bob = await agent(server.port);
    agents.push(bob);
    const firstMs = await timed(async () => {
      await join(bob, url, 'bob', 'bob-pw');
      // What the agent watches: the team panel's progress (every profile of the team stored here). Asking for the
      // whole list each quarter second would decrypt every stored profile each time and slow what it measures.
      await until(async () => {
        const { arrived } = await ask(bob, { type: 'icp:sync:status' });
        return typeof arrived === 'object' && arrived !== null && 'done' in arrived && arrived.done === count;
      }, 900_000);
    });
    const { profiles } = await ask(bob, { type: 'icp:profiles:list' });
    if (!Array.isArray(profiles) || profiles.length !== count) throw new Error(`bob's store holds ${Array.isArray(profiles) ? profiles.length : '?'} profiles, not ${count}`);

    // One profile saved in Alice's editor until Bob's open options list shows it: a mutation observer in Bob's page
    // notes the moment, in the machine's clock both browsers share.
    log(`bob has all in ${firstMs.toFixed(0)} ms`);
    await bob.page.reload();
    await bob.page.waitForSelector('#profile-list .row');
    await bob.page.evaluate((label) => {
      const w = window as unknown as { __arrived?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('#profile-list')?.textContent?.includes(label)) {
          w.__arrived = Date.now();
          observer.disconnect();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, CHANGED);
    await alice.page.reload();
    await alice.page.locator('#profile-list .row').first().click();
    await alice.page.fill('input[name="label"]', CHANGED);
    // The moment Alice's editor shows the profile saved (its unsaved mark gone), noted in her page as Bob's arrival is.
    await alice.page.evaluate(() => {
      const w = window as unknown as { __stored?: number };
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#dirty')) {
          w.__stored = Date.now();
          observer.disconnect();
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
    const savedAt = Date.now();
    await alice.page.click('#save');
    const stored = Number(await (await alice.page.waitForFunction(() => (window as unknown as { __stored?: number }).__stored, undefined, { timeout: 60_000 })).jsonValue());
    const saveMs = stored - savedAt;
    const arrived = await bob.page.waitForFunction(() => (window as unknown as { __arrived?: number }).__arrived, undefined, { timeout: 60_000 });
    const oneMs = Number(await arrived.jsonValue()) - savedAt;
    const travelMs = oneMs - saveMs;
    log(`one change in ${oneMs} ms (${travelMs} ms of them after it was saved)`);

    const n = count.toLocaleString('en');
    const baseline = `import the same ${n} profiles in one browser (vault on), no sync`;
    rows.push({ what: `team sync in Chromium: import ${n} profiles and push them (live sync, until nothing is pending)`, ms: pushMs, baseline, baselineMs: importMs, target: 'once per team, with progress' });
    rows.push({ what: `team sync in Chromium: a browser joining a team of ${n} profiles, until all are stored`, ms: firstMs, baseline, baselineMs: importMs, target: '≤ 30 s' });
    rows.push({ what: `team sync in Chromium: one profile saved in one editor (the click) until the other browser's list shows it (live sync, ${n} stored)`, ms: oneMs, baseline: 'the save itself', baselineMs: saveMs, target: '≤ 2 s' });
    rows.push({ what: `team sync in Chromium: the same change from the moment the editor shows it saved until the other browser's list shows it`, ms: travelMs, baseline: 'the save itself', baselineMs: saveMs, target: '≤ 2 s' });
  } finally {
    for (const a of agents) await a.context.close();
  }
}
