import { frameElementOf } from './frames';

// A field counts as on the page only when a person can see and reach it: not display:none, not visibility:hidden,
// not `hidden` or `inert`, not zero-size or off the page, not behind an open modal dialog, and in a frame that is itself shown (the MIIT thickbox is
// in the DOM before it opens, and covers the form below it once it does).

/**
 * Modal dialogs: the thickbox window MIIT 企业侧 systems open (`#TB_window`, portals.md §2.6), ARIA modal dialogs, and
 * an open <dialog>.
 */
const MODALS = '#TB_window, [role=dialog][aria-modal=true], dialog[open]';

/** Zero-size, or wholly left of or above the page (left:-10000px), where no scrolling brings it into view. */
function outOfSight(el: Element): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  // Test DOMs have no layout: every box is 0×0 there, and only styles can tell.
  if (!view || doc.documentElement.getBoundingClientRect().width === 0) return false;
  const box = el.getBoundingClientRect();
  return (box.width === 0 && box.height === 0) || box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0;
}

function shownInItsDocument(el: Element): boolean {
  if (el.closest('[hidden], [inert]') || outOfSight(el)) return false;
  // Chromium 105+ answers from layout; older cores (360, QQ, Sogou) and test DOMs fall back to computed styles.
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style?.display === 'none' || style?.visibility === 'hidden') return false;
  }
  return true;
}

function behindModal(el: Element): boolean {
  const open = [...el.ownerDocument.querySelectorAll(MODALS)].filter(shownInItsDocument);
  return open.length > 0 && !open.some((modal) => modal.contains(el));
}

export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = frameElementOf(node.ownerDocument)) {
    if (!shownInItsDocument(node) || behindModal(node)) return false;
  }
  return true;
}
