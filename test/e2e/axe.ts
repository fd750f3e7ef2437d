import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// The axe audit every spec runs on the views it shows: serious and critical violations only, in each colour scheme
// asked (the dark tokens have their own contrast), each named with the node and axe's first reason.

export type Scheme = 'light' | 'dark';

export async function seriousViolations(page: Page, options: { include?: string; schemes?: readonly Scheme[]; beforeEach?: (scheme: Scheme) => Promise<void> } = {}): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of options.schemes ?? (['light', 'dark'] as const)) {
    await page.emulateMedia({ colorScheme });
    await options.beforeEach?.(colorScheme);
    const builder = new AxeBuilder({ page });
    const { violations } = await (options.include ? builder.include(options.include) : builder).analyze();
    found.push(
      ...violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${colorScheme} ${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)),
    );
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}
