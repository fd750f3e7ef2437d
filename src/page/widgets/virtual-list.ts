import { waitFor } from '../wait';

// Virtual lists (Ant Design's rc-virtual-list, element-plus's el-select-v2) render only the options in view: an
// option further down does not exist until the list is scrolled to it. Shared by the drivers that meet one.

/** How long one scroll step may take to render its next options. */
const SCROLL_MS = 600;
const MAX_SCROLL_STEPS = 400;

/** The scrolling element of a virtual list: the nearest ancestor of its options, inside the layer, that overflows. */
function scrollerOf(layer: Element, options: () => readonly Element[]): Element | undefined {
  for (let node = options()[0]?.parentElement ?? null; node && layer.contains(node); node = node.parentElement) {
    if (node.scrollHeight > node.clientHeight + 1) return node;
  }
  return undefined;
}

/** Scrolls the list from its top until `find` answers, or the list ends. */
export async function scrollToOption(layer: Element, options: () => readonly Element[], find: () => Element | undefined): Promise<Element | undefined> {
  const scroller = scrollerOf(layer, options);
  if (!scroller) return find();
  const body = layer.ownerDocument.body;
  const step = async (top: number) => {
    const before = options()[0];
    scroller.scrollTop = top;
    await waitFor(() => find() ?? (options()[0] !== before ? before : undefined), body, SCROLL_MS);
  };
  if (scroller.scrollTop > 0) await step(0);
  for (let i = 0; i < MAX_SCROLL_STEPS; i++) {
    const found = find();
    if (found) return found;
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return undefined;
    await step(scroller.scrollTop + Math.max(1, Math.floor(scroller.clientHeight * 0.75)));
  }
  return find();
}
