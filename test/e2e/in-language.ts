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
