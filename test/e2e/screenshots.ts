import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Every surface is kept as a picture in light and in dark, under test-results/screenshots/ (not in a test's own
// output folder, which Playwright deletes when the test passes), so a reviewer can look at what the agent sees.

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Screenshots the page as it is in the light and the dark scheme. Each must really be drawn in that scheme (the
 * page's background dark in dark, light in light), or a stylesheet that ignores prefers-color-scheme would pass.
 */
export async function shootBothSchemes(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    if (colorScheme === 'dark') expect(luminance(background), `${name} background in dark: ${background}`).toBeLessThan(0.2);
    else expect(luminance(background), `${name} background in light: ${background}`).toBeGreaterThan(0.6);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${colorScheme}.png`, fullPage: options.fullPage ?? false });
  }
  await page.emulateMedia({ colorScheme: null });
}
