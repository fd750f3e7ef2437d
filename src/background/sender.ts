/** Where a runtime message came from, as the browser tells it. */
export type Sender = { id?: string; url?: string };

/**
 * Only the extension's own pages (popup, options, side panel) drive the automation API. A content script runs inside
 * a portal's page, whose scripts are third-party code: its messages carry that page's URL and are refused.
 */
export function isExtensionPage(sender: Sender, extensionId: string, extensionBase: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBase);
}
