import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Debian's Chromium with the unpacked extension; the replica hosts map to the loopback server and every other name
// resolves to nothing, and a dead proxy catches IP literals, so no request leaves the machine.

export const E2E_EXTENSION_DIR = join(import.meta.dirname, '../..', process.env.BEIAN_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(options: { port: number; hosts: readonly string[]; headless?: boolean; extensionDir?: string; lang?: string }): Promise<BrowserContext> {
  const dir = options.extensionDir ?? E2E_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`build the extension first: npx wxt build --mode e2e (${dir})`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  // A browser profile is several megabytes: each goes with its browser (thousands of runs once filled this disk).
  const profile = mkdtempSync(join(tmpdir(), 'beian-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 900 },
    // The browser's UI language decides the extension's (chrome.i18n), as for a real agent.
    locale: options.lang ?? 'zh-CN',
    env: { ...process.env, LANGUAGE: options.lang ?? 'zh-CN' },
    args: [
      `--lang=${options.lang ?? 'zh-CN'}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--host-resolver-rules=${options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.port}`).join(', ')}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      '--proxy-server=http://127.0.0.1:9',
      `--proxy-bypass-list=${options.hosts.join(';')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The browser may still be writing its last files as it closes: Node's own retries, and a profile that will not go
  // is left (it fails no test).
  context.on('close', () => void rm(profile, { recursive: true, force: true, maxRetries: 10 }).catch(() => undefined));
  return context;
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
