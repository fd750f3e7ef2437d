// Portals put forms in same-origin iframes (MIIT 企业侧 thickbox: three levels); fields are searched in all of them.

/** The page's documents (top and same-origin frames), walked once per operation and shared by every field. */
export type Frames = readonly Document[];

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

/** All matches of a selector across the page and its frames. */
export const queryFrames = (frames: Frames, selector: string): Element[] => frames.flatMap((doc) => [...doc.querySelectorAll(selector)]);

/** The iframe element that holds a document, when it is a same-origin child frame. */
export function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
