import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { browserDeps } from '../src/background/browser-deps';
import { handleApi } from '../src/background/handle-api';
import { isApiRequest } from '../src/messaging/protocol';

export default defineBackground(() => {
  const deps = browserDeps();
  // sendResponse + `return true`: the fake browser of unit tests and older Chromium cores ignore returned promises.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
    if (!isApiRequest(message)) return undefined;
    handleApi(message, deps).then(sendResponse);
    return true;
  });
});
