import { focusField, typeValue } from '../set-value';
import { settle, waitFor, waitWhileChanging } from '../wait';

// One item of a tag input, as a person adds it: typed, confirmed with Enter (a synthetic key press never submits a
// form), and taken once the page shows its tag. Shared by every tag input we drive (Arco InputTag, TDesign TagInput,
// an input whose own hint asks for Enter).

/** How long the page may take to show the typed text, then to turn it into a tag. */
const TYPED_MS = 500;
const TAG_MS = 1500;
/** How long the page must be still before its list of matches counts as drawn. */
const LIST_QUIET_MS = 150;

const addsElements = (records: readonly MutationRecord[]) => records.some((r) => [...r.addedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE));

/** Whether the page drew anything (a list of matches) while `act` ran and its framework caught up. */
async function drawsWhile(root: Node, act: () => Promise<unknown>): Promise<boolean> {
  let drawn = false;
  const observer = new MutationObserver((records) => {
    drawn ||= addsElements(records);
  });
  observer.observe(root, { childList: true, subtree: true });
  await act();
  await settle();
  drawn ||= addsElements(observer.takeRecords());
  observer.disconnect();
  return drawn;
}

/**
 * Adds `item`; answers whether the page took it (`shown` tells when its tag is there). The input is emptied on refusal.
 * `matchList: false` is for a library's tag input documented without a list of matches (Arco InputTag, TDesign
 * TagInput): there is nothing to wait for before Enter.
 */
export async function typeTag(input: HTMLInputElement, item: string, shown: () => boolean, { matchList = true } = {}): Promise<boolean> {
  const body = input.ownerDocument.body;
  // A person clicks into the field first: some tag inputs open their list of matches on focus (tea TagSelect) and
  // take Enter only for the match that list has highlighted. The focus events are sent, not the focus moved: a window
  // without focus (the agent is in the popup) would fire none.
  const typed = async () => {
    focusField(input);
    typeValue(input, item);
    // React renders the typed text, and the list its matches, before Enter reads them.
    await waitFor(() => input.value === item, body, TYPED_MS);
  };
  // A page that drew nothing on focus and typing has no list of matches to wait for.
  let listDrawn = false;
  if (matchList) listDrawn = await drawsWhile(body, typed);
  else await typed();
  if (listDrawn) await waitWhileChanging(() => false, body, LIST_QUIET_MS, TYPED_MS);
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }));
  if (await waitFor(shown, body, TAG_MS)) return true;
  typeValue(input, '');
  return false;
}
