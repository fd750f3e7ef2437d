import { describe, expect, it } from 'vitest';
import { isExtensionPage } from './sender';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('isExtensionPage', () => {
  it.each([
    [{ id: ID, url: `${BASE}options.html` }, true],
    [{ id: ID, url: `${BASE}popup.html?tabId=3` }, true],
    [{ id: ID, url: 'https://icp.cloud.21vianet.com/subject' }, false], // our own content script, in a portal page
    [{ id: 'another-extension', url: `chrome-extension://another-extension/x.html` }, false],
    [{ id: ID }, false],
    [{}, false],
  ])('%j → %s', (sender, ok) => {
    expect(isExtensionPage(sender, ID, BASE)).toBe(ok);
  });
});
