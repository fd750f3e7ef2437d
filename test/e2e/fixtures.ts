import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importDocument } from '../../src/profile/import';
import type { Profile } from '../../src/profile/schema';
import { join } from 'node:path';
import { startReplicaServer, type ReplicaServer } from '../portals/server';
import { launchWithExtension } from '../support/launch-chromium';

/** The slice of the extension API the tests call from an extension page. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};


type WorkerFixtures = { server: ReplicaServer };
type TestFixtures = { context: BrowserContext; extensionId: string; serviceWorker: Worker; api: Page };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature
    async ({}, use) => {
      const server = await startReplicaServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server }, use) => {
    const context = await launchWithExtension({ port: server.port, hosts: server.hosts, headless: !process.env.HEADED });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  /** The options page: an extension page from which the automation API is called, as an agent's script would. */
  api: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await use(page);
  },
});

export { expect };

/** Sends an automation-API message from an extension page and returns the answer. */
export function send<T = Record<string, unknown>>(api: Page, message: Record<string, unknown>): Promise<T> {
  return api.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/** The id of the tab showing `url`, found with tabs.query as the README's example does. */
export async function tabIdOf(api: Page, url: string): Promise<number> {
  const id = await api.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

/** The values as the replica's own framework holds them. */
export function replicaState(page: Page, frameUrlPart?: string): Promise<Record<string, unknown>> {
  const frame = frameUrlPart ? page.frames().find((f) => f.url().includes(frameUrlPart)) : page.mainFrame();
  if (!frame) throw new Error(`no frame ${frameUrlPart}`);
  return frame.evaluate(() => {
    const w = window as unknown as { replicaState?: () => Record<string, unknown>; replica?: { state(): Record<string, unknown> } };
    return w.replicaState ? w.replicaState() : (w.replica?.state() ?? {});
  });
}

export function fixtureProfile(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/profiles', name), 'utf8')) as Record<string, unknown>;
}

/** Every valid fixture profile (set members one by one), raw as a script would send it and as imported. */
export function validProfiles(): { name: string; raw: unknown; profile: Profile }[] {
  const dir = join(import.meta.dirname, '../fixtures/profiles');
  return ['valid-enterprise.json', 'valid-personal.json', 'valid-enterprise-two-websites.json', 'valid-profile-set.json'].flatMap((file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { profiles?: unknown[] };
    const result = importDocument(raw);
    if (!result.ok) throw new Error(file);
    const raws = raw.profiles ?? [raw];
    return result.profiles.map((profile, i) => ({ name: raws.length > 1 ? `${file}#${i}` : file, raw: raws[i], profile }));
  });
}

