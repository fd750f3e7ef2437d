import type { BrowserContext, Page } from '@playwright/test';
import { startReplicaServer } from '../portals/server';
import { extensionIdOf, launchWithExtension } from '../support/launch-chromium';

/** A browser in `lang` with the extension, its options page open; closed (with its replica server) afterwards. */
export async function inLanguage(lang: string, use: (context: BrowserContext, options: Page, extensionId: string) => Promise<void>): Promise<void> {
  const server = await startReplicaServer();
  const context = await launchWithExtension({ port: server.port, hosts: server.hosts, lang });
  try {
    const id = await extensionIdOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await use(context, options, id);
  } finally {
    await context.close();
    await server.close();
  }
}

declare const chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };

/** The popup as the toolbar opens it over a 21Vianet 网站 page, at the popup's own width (popup/style.css). */
export async function popupOverWebsite(context: BrowserContext, options: Page, extensionId: string): Promise<{ popup: Page; portal: Page; tabId: number | undefined }> {
  const portal = await context.newPage();
  await portal.goto('https://icp.cloud.21vianet.com/website');
  const tabId = await options.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url?.includes('/website'))?.id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return { popup, portal, tabId };
}
