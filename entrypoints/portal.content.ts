import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { isPageRequest } from '../src/messaging/page-protocol';
import { handlePageRequest } from '../src/content/handle-page-request';

// Injected by the background only into tabs the user enabled (known portals, or sites granted from the popup).
export default defineContentScript({
  registration: 'runtime',
  main() {
    const flag = '__beianAssistantAlive';
    const scope = globalThis as Record<string, unknown>;
    // Injected again on the next operation: one live listener is enough. After the extension is reloaded or updated,
    // the listener left by the old version belongs to a runtime that is gone, so this injection takes over.
    const alive = scope[flag];
    if (typeof alive === 'function' && alive() === true) return;
    scope[flag] = () => Boolean(browser.runtime?.id);
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
      if (!isPageRequest(message)) return undefined;
      handlePageRequest(message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    });
  },
});
