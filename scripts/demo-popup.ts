import type { BrowserContext, Page } from '@playwright/test';

// The demo's second look at each step: the same fill as the agent makes it, from the popup, so demo-output/ holds
// what they would see — the portal and step recognised, the profile's findings, the fill report — next to the page.

/** The toolbar popup's own width (entrypoints/popup/style.css); the height grows with the report. */
const POPUP_SIZE = { width: 380, height: 600 };
const WAIT_MS = 20_000;

export type PopupFill = { ok: true; summary: string } | { ok: false; reason: string };

export async function openPopupPage(context: BrowserContext): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  return popup;
}

/**
 * Opens the popup for the portal's tab (as the toolbar button would, via ?tabId=), picks the website, clicks Fill
 * (confirming the gate if the profile has errors: the demo fills regardless, and the screenshot before shows the
 * gate), waits for the report and saves the popup as `screenshot`.
 */
export async function fillFromPopup(popup: Page, extensionId: string, tabId: number, website: number, screenshot: string): Promise<PopupFill> {
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const fill = popup.locator('#fill');
  // Recognised and the profile's findings known, or the page refused: whichever comes first, within the bound.
  await popup.locator('#fill:enabled, #page-error').first().waitFor({ timeout: WAIT_MS });
  if (!(await fill.isEnabled())) {
    await popup.screenshot({ path: screenshot, fullPage: true });
    return { ok: false, reason: (await popup.locator('#page-error').textContent()) ?? 'not fillable' };
  }
  if ((await popup.locator('#website option').count()) > website) await popup.selectOption('#website', `websites[${website}]`);
  await fill.click();
  const gate = popup.locator('#fill-anyway');
  await popup.locator('#fill-anyway, #report li, #report .error').first().waitFor({ timeout: WAIT_MS });
  if (await gate.isVisible()) await gate.click();
  await popup.locator('#report li, #report .error').first().waitFor({ timeout: WAIT_MS });
  await popup.screenshot({ path: screenshot, fullPage: true });
  const error = popup.locator('#report .error');
  if (await error.count()) return { ok: false, reason: (await error.first().textContent()) ?? 'failed' };
  return { ok: true, summary: (await popup.locator('#fill-summary').textContent()) ?? '' };
}
