import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { isPageRequest } from '../src/messaging/protocol';
import { handlePageRequest } from '../src/content/handle-page-request';

// Injected by the background only into tabs the user enabled (known portals, or sites granted from the popup).
export default defineContentScript({
  registration: 'runtime',
  main() {
    const flag = '__beianAssistantListening';
    const scope = globalThis as Record<string, unknown>;
    if (scope[flag]) return; // injected again on the next operation: one listener is enough
    scope[flag] = true;
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
      if (!isPageRequest(message)) return undefined;
      handlePageRequest(message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    });
  },
});
