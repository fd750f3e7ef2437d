import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplicaServer, REPLICA_HOSTS, type ReplicaServer } from '../portals/server';

// Debian's Chromium with the unpacked e2e build, every replica host mapped to the loopback server and every
// other name resolving to nothing; a dead proxy catches IP literals so no request leaves the machine.

/** The slice of the extension API the tests call from an extension page. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};

export const EXTENSION_DIR = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the extension first: wxt build --mode e2e (${EXTENSION_DIR})`);
    const hosts = Object.values(REPLICA_HOSTS);
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'beian-e2e-')), {
      executablePath: CHROMIUM,
      headless: !process.env.HEADED,
      ignoreHTTPSErrors: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ')}, MAP * ~NOTFOUND`,
        '--ignore-certificate-errors',
        '--proxy-server=http://127.0.0.1:9',
        `--proxy-bypass-list=${hosts.join(';')}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
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
