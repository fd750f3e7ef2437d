// Portals put forms in same-origin iframes (MIIT 企业侧 thickbox: three levels); fields are searched in all of them.

/** The document and every same-origin iframe document below it, depth first. */
export function documentsOf(root: Document): Document[] {
  const out: Document[] = [root];
  for (const frame of root.querySelectorAll('iframe, frame')) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin: not ours to touch
    }
    if (inner?.documentElement) out.push(...documentsOf(inner));
  }
  return out;
}

/** The page's documents (top and same-origin frames), walked once per operation and shared by every field. */
export type Frames = readonly Document[];

/** All matches of a selector across the page and its frames. */
export function queryAllFrames(root: Document, selector: string): Element[] {
  return queryFrames(documentsOf(root), selector);
}

const queryFrames = (frames: Frames, selector: string): Element[] => frames.flatMap((doc) => [...doc.querySelectorAll(selector)]);

/** The first selector alternative that matches exactly one element, or the reason none does. */
export function locate(frames: Frames, selector: string | readonly string[]): { element: Element } | { problem: string } {
  const alternatives = typeof selector === 'string' ? [selector] : selector;
  for (const candidate of alternatives) {
    const found = queryFrames(frames, candidate);
    if (found.length === 1 && found[0]) return { element: found[0] };
    // Two matches means we cannot tell which is meant: never guess, never write the wrong field.
    if (found.length > 1) return { problem: `${found.length} elements match ${candidate}` };
  }
  return { problem: `no element matches ${alternatives.join(' | ')}` };
}
