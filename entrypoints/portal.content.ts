import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import type { FillProgress } from '../src/fill/apply';
import { isPageRequest, type FillProgressMessage } from '../src/messaging/page-protocol';
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
      handlePageRequest(message, document, location.hostname, progressSender()).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    });
  },
});

/** At most ten progress messages a second, and always the last: a popup needs no more to draw a bar. */
function progressSender(): (progress: FillProgress) => void {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    if (now - last < 100 && progress.done < progress.total) return;
    last = now;
    const message: FillProgressMessage = { type: 'beian:progress', ...progress };
    // Nobody may be listening (a fill from a script, the popup closed): that is fine.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
}
