import { resolvePath, type FieldSpec } from '../../adapters/define-adapter';
import { canonicalLabel } from '../../profile/options';
import { isListPath } from '../../profile/paths';
import { setChecked, setValue } from '../set-value';
import { settle, waitFor } from '../wait';
import { asList, asText, buttonsIn, clean, type Driver } from './driver';

// tea-component 2.x (React; Tencent Cloud consoles) under any ConfigProvider classPrefix. Every class it emits is
// `${classPrefix}-<block>` (es/configprovider/ConfigContext.js: "tea" unless configured; the 备案 console uses
// "app-beian", portals.md §2.2), so the prefix is read from the widget's own root class, never assumed. A widget's
// layer (Select list, Cascader panels, DatePicker calendar) is a `<prefix>-overlay` appended to `#tea-overlay-root`
// in <body> (es/_util/get-overlay-root.js, es/overlay/OverlayLayer.js) and linked to nothing in the widget: the layer
// a click opened is the one that was not open before it. Markup, per the package's es/ sources:
//   - Select / SelectMultiple (es/select, es/dropdown): root `<prefix>-dropdown[tabindex]`, chosen label in
//     `__value` (`<prefix>-text-weak` placeholder when none; SelectMultiple lists them joined by ", "); options are
//     `li`s of a `<prefix>-list` that react-window virtualises (es/list/VirtualizedList.js: only the rows in view exist,
//     beside a hidden measuring copy at top −9999px); SelectMultiple's rows hold checkboxes, confirmed with 确定.
//   - Cascader (es/cascader/CascaderBox.js): root `<prefix>-cascader`, value `__value` ("省 / 市 / 区"); one tab panel
//     per level (`<prefix>-tabs__tabpanel`, only the active one rendered) holding `__list` of `__label`s; a level not
//     loaded yet shows a loading tip until the page's onLoad fills it.
//   - DatePicker (es/datepicker/DatePicker.js): root `<prefix>-datepicker` around an input; a typed date only takes
//     when confirmed with Enter while the calendar is open. A click elsewhere puts the last confirmed date back in the
//     input; a close by scrolling does not, and the input then shows a date the picker does not hold, so the driver
//     claims a date only when its own Enter closed the calendar.

/** How long typed search text may take to filter a list. */
const SEARCH_MS = 1500;
/** How long one scroll step of a virtual list may take to render its next rows. */
const SCROLL_MS = 500;
const MAX_SCROLL_STEPS = 200;

/** Libraries whose classes also end in a tea block name: element-plus, Ant Design, OpenTiny. */
const OTHERS = ['el', 'ant', 'tiny'];

/**
 * A root class of tea's under any classPrefix: a class token ending in `-<block>`, on an element none of the other
 * libraries' blocks of that name (`el-cascader`, `ant-select-dropdown`, …) is.
 */
function anyPrefix(block: string, { extra = '', alsoNot = [] }: { extra?: string; alsoNot?: readonly string[] } = {}): string {
  const not = [block, ...alsoNot].flatMap((b) => OTHERS.map((o) => `:not(.${o}-${b})`)).join('');
  return `[class$="-${block}"]${extra}${not}, [class*="-${block} "]${extra}${not}`;
}

/** tea-component roots (es/dropdown/Dropdown.js, es/cascader/CascaderSingle.js, es/datepicker/DatePicker.js). */
export const TEA_ROOTS = {
  // A Dropdown's root is focusable (tabindex); the other libraries' select layers are `*-select-dropdown`.
  select: anyPrefix('dropdown', { extra: '[tabindex]', alsoNot: ['select-dropdown'] }),
  cascader: anyPrefix('cascader'),
  date: anyPrefix('datepicker'),
} as const;

/** The classPrefix the widget was rendered with: its root (the element the engine found) has `<prefix>-<block>`. */
function prefixOf(root: Element, block: string): string | undefined {
  const token = [...root.classList].find((c) => c.endsWith(`-${block}`));
  return token?.slice(0, -block.length - 1);
}

function press(el: Element) {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
}

function keyDown(el: Element, name: string) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
}

const layersOf = (doc: Document, p: string) => [...doc.querySelectorAll<HTMLElement>(`.${p}-overlay`)];
/** A closing layer stays in the page for its exit transition, without pointer events (es/popover/Popover.js). */
const isOpen = (layer: HTMLElement) => layer.isConnected && layer.style.pointerEvents !== 'none';

/** A click that opened nothing by then is clicked once more (see openLayer). */
const OPEN_AGAIN_MS = 1500;

/**
 * Clicks the widget open and answers the layer that click opened (a new one, or its own still fading out). Twice in
 * full e2e runs on a loaded machine a tea select opened nothing in 5 s; a layer already open before the click (which
 * the click then closes) or a click lost would do that: one more click, once the first has shown nothing for a while.
 */
async function openLayer(trigger: Element, p: string): Promise<HTMLElement | undefined> {
  const doc = trigger.ownerDocument;
  const wasOpen = new Set(layersOf(doc, p).filter(isOpen));
  const opened = () => layersOf(doc, p).find((l) => !wasOpen.has(l) && isOpen(l));
  press(trigger);
  const layer = await waitFor(opened, doc.body, OPEN_AGAIN_MS);
  if (layer) return layer;
  wasOpen.clear();
  layersOf(doc, p).filter(isOpen).forEach((l) => wasOpen.add(l));
  press(trigger);
  return waitFor(opened, doc.body);
}

/** Closes a layer without choosing, as a click elsewhere on the page does. */
async function dismiss(layer: HTMLElement) {
  if (!isOpen(layer)) return;
  press(layer.ownerDocument.body);
  await waitFor(() => !isOpen(layer), layer.ownerDocument.body);
}

// —— Select / SelectMultiple ————————————————————————————————————————————————————————————————————————————————————

/** The measuring copy react-window's rows are sized from: off-screen, never the options. */
const inMirror = (el: Element) => el.closest('[style*="-9999px"]') !== null;

function optionsIn(layer: Element, p: string): HTMLElement[] {
  return [...layer.querySelectorAll<HTMLElement>(`.${p}-list > li`)].filter(
    (li) => !inMirror(li) && !li.matches(`.${p}-list__status, .${p}-list__label, .${p}-list__separate`),
  );
}

const optionLabel = (li: Element) => canonicalLabel(clean(li.textContent));

/** The element that scrolls the options: react-window's outer element, or the list itself. */
function scrollerOf(layer: Element, p: string): HTMLElement | undefined {
  const list = [...layer.querySelectorAll<HTMLElement>(`.${p}-list`)].find((l) => !inMirror(l));
  const outer = list?.parentElement;
  if (outer && outer.scrollHeight > outer.clientHeight + 1) return outer;
  return list && list.scrollHeight > list.clientHeight + 1 ? list : undefined;
}

/** Scrolls one step (to `top`) and waits until the rows in view have changed. */
async function scrollTo(layer: Element, p: string, scroller: HTMLElement, top: number) {
  const first = optionsIn(layer, p)[0];
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
  await waitFor(() => optionsIn(layer, p)[0] !== first, layer.ownerDocument.body, SCROLL_MS);
}

/** Visits every row of the list from the top, as far as `visit` wants (false: stop); answers whether it stopped. */
async function everyRow(layer: Element, p: string, visit: (rows: HTMLElement[]) => boolean | Promise<boolean>): Promise<boolean> {
  const scroller = scrollerOf(layer, p);
  if (scroller && scroller.scrollTop > 0) await scrollTo(layer, p, scroller, 0);
  for (let i = 0; i < MAX_SCROLL_STEPS; i++) {
    if (!(await visit(optionsIn(layer, p)))) return true;
    if (!scroller || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return false;
    await scrollTo(layer, p, scroller, scroller.scrollTop + Math.max(1, Math.floor(scroller.clientHeight * 0.75)));
  }
  return false;
}

/** Lists load late (certificate types after the 性质): waits until the layer shows options. */
const loaded = (layer: Element, p: string) => waitFor(() => optionsIn(layer, p).length > 0, layer.ownerDocument.body);

async function findOption(layer: Element, p: string, label: string): Promise<HTMLElement | undefined> {
  const find = () => optionsIn(layer, p).find((o) => optionLabel(o) === label);
  if (!(await loaded(layer, p))) return undefined;
  const search = layer.querySelector<HTMLInputElement>('input[type=search]');
  if (search) {
    setValue(search, label);
    const found = await waitFor(find, layer.ownerDocument.body, SEARCH_MS);
    if (found) return found;
    setValue(search, '');
  }
  let hit: HTMLElement | undefined;
  await everyRow(layer, p, () => !(hit = find()));
  return hit;
}

/** The list a field holds: profile lists go to SelectMultiple; one text to a Select. */
const holdsListPath = (spec: FieldSpec) => isListPath(resolvePath(spec.path, 0));

async function chooseOne(layer: HTMLElement, p: string, label: string): Promise<string | undefined> {
  const option = await findOption(layer, p, label);
  if (!option) return `no option 「${label}」 in the list`;
  if (option.classList.contains('is-disabled')) return `option 「${label}」 is disabled`;
  press(option);
  await waitFor(() => !isOpen(layer), layer.ownerDocument.body);
  return undefined;
}

async function chooseSome(layer: HTMLElement, p: string, labels: readonly string[]): Promise<string | undefined> {
  if (!(await loaded(layer, p))) return 'the list has no options';
  const wanted = new Set(labels);
  const seen = new Set<string>();
  // React renders between clicks: SelectMultiple computes each click's selection from its last render.
  await everyRow(layer, p, async (rows) => {
    for (const row of rows) {
      const label = optionLabel(row);
      seen.add(label);
      const box = row.querySelector<HTMLInputElement>('input[type=checkbox]');
      if (!box || box.disabled || box.checked === wanted.has(label)) continue;
      setChecked(box, wanted.has(label));
      await settle();
    }
    return true;
  });
  const missing = labels.filter((l) => !seen.has(l));
  if (missing.length) return `no option 「${missing.join('」「')}」 in the list`;
  const [ok] = buttonsIn(layer, /^确\s*定$/);
  if (ok) press(ok); // a staging SelectMultiple (the default) takes the choice with 确定; without it, as it is clicked
  return undefined;
}

export const teaSelectDriver: Driver = {
  // tea-component marks a disabled dropdown or cascader `is-disabled` (es/dropdown markup).
  disabled: (el) => el.classList.contains('is-disabled'),
  holdsList: true,
  unordered: true,
  async write(el, value, spec) {
    const p = prefixOf(el, 'dropdown');
    if (!p) return 'not a tea-component select';
    if (el.classList.contains('is-disabled')) return 'the select is disabled';
    const labels = asList(value);
    const layer = await openLayer(el, p);
    if (!layer) return 'the select did not open';
    const multiple = (await waitFor(() => layer.querySelector(`.${p}-list`), el.ownerDocument.body))?.matches(`.${p}-list--checkoption`) ?? false;
    if (!multiple && labels.length !== 1) {
      await dismiss(layer);
      return `the select takes one value, not ${labels.length}`;
    }
    const problem = multiple ? await chooseSome(layer, p, labels) : await chooseOne(layer, p, labels[0] ?? '');
    if (problem) await dismiss(layer);
    else if (multiple) await waitFor(() => !isOpen(layer), el.ownerDocument.body);
    return problem;
  },
  read(el, spec) {
    const p = prefixOf(el, 'dropdown');
    const shown = p ? el.querySelector(`.${p}-dropdown__value`) : null;
    if (!shown || shown.querySelector(`:scope > .${p}-text-weak`)) return holdsListPath(spec) ? [] : '';
    const text = clean(shown.textContent);
    // SelectMultiple shows at most five, then "...": more than that does not read back (and so is never claimed).
    return holdsListPath(spec) ? text.split(/\s*,\s*/).filter(Boolean).map(canonicalLabel) : canonicalLabel(text);
  },
};

// —— Cascader ——————————————————————————————————————————————————————————————————————————————————————————————————

/** The labels of the level's panel, once it is the one shown and has loaded. */
function labelsAt(layer: Element, p: string, level: number): HTMLElement[] {
  const panel = layer.querySelectorAll(`.${p}-tabs__tabpanel`)[level];
  return panel ? [...panel.querySelectorAll<HTMLElement>(`.${p}-cascader-menu__label`)] : [];
}

export const teaCascaderDriver: Driver = {
  disabled: (el) => el.classList.contains('is-disabled'),
  holdsList: true,
  async write(el, value) {
    const p = prefixOf(el, 'cascader');
    if (!p) return 'not a tea-component cascader';
    if (el.classList.contains('is-disabled')) return 'the cascader is disabled';
    const labels = asList(value).filter(Boolean);
    const layer = await openLayer(el, p);
    if (!layer) return 'the cascader did not open';
    const body = el.ownerDocument.body;
    // Opened on a chosen value, it shows its last level: the first tab goes back to the top.
    if (labels.length && labelsAt(layer, p, 0).length === 0) {
      const first = await waitFor(() => layer.querySelector(`.${p}-tabs__tab`), body);
      if (first) press(first);
    }
    for (const [level, label] of labels.entries()) {
      // Each level loads after the one above it is chosen (the page's onLoad): wait for its labels.
      const node = await waitFor(() => labelsAt(layer, p, level).find((n) => clean(n.textContent) === label), body);
      if (!node || node.classList.contains('is-disabled')) {
        await dismiss(layer);
        return node ? `「${label}」 is disabled at level ${level + 1} of the cascader` : `no 「${label}」 at level ${level + 1} of the cascader`;
      }
      press(node);
    }
    // The last level chosen closes the panels; a shorter value than the cascader's depth leaves them open.
    const done = await waitFor(() => !isOpen(layer), body, 1000);
    if (!done) {
      await dismiss(layer);
      return `the cascader wants more than ${labels.length} levels`;
    }
    return undefined;
  },
  read(el) {
    const p = prefixOf(el, 'cascader');
    const text = clean((p ? el.querySelector(`.${p}-cascader__value`) : null)?.textContent);
    return text ? text.split(/\s*\/\s*/) : [];
  },
};

// —— DatePicker ————————————————————————————————————————————————————————————————————————————————————————————————

export const teaDateDriver: Driver = {
  async write(el, value) {
    const p = prefixOf(el, 'datepicker');
    const input = el.querySelector('input');
    if (!p || !input) return 'not a tea-component date picker';
    if (input.disabled) return 'the date picker is disabled';
    const date = asText(value);
    const layer = await openLayer(input, p);
    if (!layer) return 'the date picker did not open';
    setValue(input, date, { blur: false });
    // The typed date becomes the picker's pending date once React has rendered it; Enter then confirms it.
    await settle();
    keyDown(input, 'Enter');
    const taken = await waitFor(() => !isOpen(layer), el.ownerDocument.body, 1000);
    // Not taken (a date the picker refuses): closing puts its last confirmed date back, which is what reads back.
    if (!taken) await dismiss(layer);
    return undefined;
  },
  read(el) {
    return clean(el.querySelector('input')?.value);
  },
};
