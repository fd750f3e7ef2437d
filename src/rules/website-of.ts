import type { Text } from './define-rule';

/**
 * The website a path lies under, named by its number as the marks name it ("网站 2"): a message about two websites
 * names the other one so, never by its stored name or domain, which that page may not show.
 */
export function websiteOf(path: string): Text {
  const index = /^websites\[(\d+)\]/.exec(path)?.[1];
  const n = index === undefined ? '?' : String(Number(index) + 1);
  return { zh: `网站 ${n} `, en: `website ${n}` };
}
