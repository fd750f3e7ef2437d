import type { FieldSpec, SectionId, WidgetKind } from '../adapters/define-adapter';
import { queryFrames, type Frames } from './frames';
import { labelVariants, normaliseLabel } from './label-text';
import { CONTROL, cellOfLabel, fieldOf, fieldsIn, hasFileInput, indexLabels, type LabelIndex } from './locate-by-label';
import { SHARED_BLOCK, sectionFinder, sectionOfHeading, type SectionFinder } from './sections';
import { isShown } from './visibility';
import { recall, remember } from './remembered-fields';
import { isListPath } from '../profile/paths';
import { isDialogPicker } from './widgets/dialog-picker';
import { asksForEnter, holdsChips } from './widgets/enter-tags';
import { rowListAround } from './widgets/rows';
import { isSplitRegionCell, libraryWidgetOf } from './widgets/index';

// Where a field is on the page now. A documented id is tried first (fast path); otherwise, and whenever it finds
// nothing, the field's labels, wording variants and placeholders lead to it, within its section. Two candidates
// are never a guess: the field is reported ambiguous.

/** The page as one operation sees it: its documents, label index and section finder, built once. */
export type PageContext = { frames: Frames; labels: LabelIndex; sectionOf: SectionFinder };

export function pageContext(frames: Frames): PageContext {
  return { frames, labels: indexLabels(frames), sectionOf: sectionFinder() };
}

/**
 * How surely the field is in its spec's block: by its own block's heading (absent), by the block around it (a 负责人
 * under 主办单位信息 is the subject's), or with no heading at all, where only the rest of the page can tell whose it is.
 */
export type Fit = 'block' | 'unknown';

export type Located = {
  element: Element;
  widget: WidgetKind;
  fit?: Fit;
  /** The label as the portal shows it, when the field was found by one. */
  label?: string;
  /** A separator the field's own hint asks for (可填多个，用“/”分隔). */
  hint?: string;
  /** The field's own hint says the 省市区 is not typed here (街道、门牌号（不含省市区）): an address goes in without it. */
  regionless?: true;
  /** The field's own hint writes phones with the country code in front (国家代码-区号-号码: 086-010-8456212). */
  countryCode?: true;
  /** The APP platform whose block holds the control (a platform row's 包名). */
  platform?: string;
  /** Found by its documented id, which names the field but not whose service it is (公安 uses `moinum` on the website and APP forms alike). */
  byId?: true;
};
export type LocateProblem = { problem: string; ambiguous?: true };

/** Drivers that take the cell around the controls rather than one control. */
const CELL_WIDGETS: ReadonlySet<WidgetKind> = new Set(['rows', 'picker', 'split-phone', 'approvals', 'upload']);
/** Drivers chosen by the adapter; every other field is driven by what its element is. */
const SPECIAL_WIDGETS: ReadonlySet<WidgetKind> = new Set(['rows', 'picker', 'valid-until', 'split-phone', 'approvals', 'upload']);

function widgetOf(el: Element): WidgetKind {
  if (el.tagName === 'SELECT') return 'select';
  const library = libraryWidgetOf(el);
  if (library) return library;
  if (el.matches(CONTROL)) return 'text';
  return el.querySelector('input[type=radio]') && !el.querySelector('input[type=checkbox]') ? 'radios' : 'checkboxes';
}

const textInputs = (cell: Element) =>
  [...(cell.matches(CONTROL) ? [cell] : cell.querySelectorAll(CONTROL))].filter((c) => c.tagName === 'TEXTAREA' || (c.tagName === 'INPUT' && !['checkbox', 'radio'].includes((c as HTMLInputElement).type)));

/** The smallest element around a cell's radios or checkboxes. */
function choiceGroupIn(cell: Element): Element | undefined {
  const choices = [...cell.querySelectorAll('input[type=radio], input[type=checkbox]')];
  let group = choices[0]?.parentElement;
  while (group && group !== cell && !choices.every((c) => group?.contains(c))) group = group.parentElement;
  return group ?? undefined;
}

/** The field inside a cell the spec means, or why there is not exactly one. */
/**
 * Everything beside a label: the `for` target widened to its outermost ancestor that does not hold the label (a form
 * item's label names the first input of a date range; the range's other end sits beside it).
 */
function besideLabel(cell: Element, label: Element): Element {
  let scope = cell;
  for (let depth = 0; depth < 4 && scope.parentElement && !scope.parentElement.contains(label); depth++) scope = scope.parentElement;
  return scope;
}

/**
 * An upload field is everything around its file input up to the label: the library's button, its file list and
 * hint (a hidden input alone is neither shown nor lists anything). It stops before another upload field.
 */
function uploadCell(cell: Element, label?: Element): Element {
  let scope = cell;
  while (scope.parentElement && scope.parentElement !== scope.ownerDocument.body && !(label && scope.parentElement.contains(label)) && scope.parentElement.querySelectorAll('input[type=file]').length <= 1) scope = scope.parentElement;
  return scope;
}

function resolveIn(found: Element, spec: FieldSpec, label?: Element): { element: Element; widget: WidgetKind } | LocateProblem {
  if (spec.widget === 'upload') return hasFileInput(found) ? { element: uploadCell(found, label), widget: 'upload' } : { problem: 'the label leads to no file field' };
  // 前置审批 named by a label `for` its checkbox group: the group's 以上都不涉及 and 文号 inputs sit beside it.
  if (spec.widget === 'approvals' && label && found.id && label.closest('label')?.htmlFor === found.id) return { element: besideLabel(found, label), widget: 'approvals' };
  if (spec.widget && CELL_WIDGETS.has(spec.widget)) return { element: found, widget: spec.widget };
  if (spec.part !== undefined) {
    const cell = label && found.matches(CONTROL) && textInputs(found).length <= spec.part ? besideLabel(found, label) : found;
    const input = textInputs(cell)[spec.part];
    if (!input) {
      // 长期 may have taken the end date off the page (Tencent Cloud renders it for 非长期 only): its choices are the field.
      const choices = spec.widget === 'valid-until' ? choiceGroupIn(cell) : undefined;
      return choices ? { element: choices, widget: 'valid-until' } : { problem: `no input ${spec.part + 1} in the field` };
    }
    // The input may be the one input of a library widget (a date picker, one of the 省 / 市 / 区 selects): the widget
    // is the field then, driven by its own driver.
    const field = fieldOf(input);
    const element = field !== input && textInputs(field).length === 1 ? field : input;
    return { element, widget: spec.widget ?? libraryWidgetOf(element) ?? 'text' };
  }
  const units = fieldsIn(found);
  const [unit, ...others] = units;
  if (!unit) return { problem: 'the label leads to no control' };
  // One label over 省 / 市 / 县 selects (所属区域): the region is all of them, in order.
  if (others.length && /\.region$/.test(spec.path) && isSplitRegionCell(found)) return { element: found, widget: 'split-region' };
  // A list's rows beside their 添加 button, once there is more than one (IP地址 after a fill).
  const rowList = others.length && isListPath(spec.path) && unit.matches('input, textarea') ? rowListAround(unit) : undefined;
  if (rowList && units.every((u) => rowList.contains(u))) return { element: rowList, widget: 'rows' };
  // One label over several groups of boxes (服务器放置地点 by 大区, each with its own 全选 box) is one set of choices.
  const kinds = new Set(units.map(widgetOf));
  if (others.length && kinds.size === 1 && (kinds.has('aria-checkboxes') || kinds.has('checkboxes'))) return { element: found, widget: [...kinds][0]! };
  if (others.length) return { problem: `the label leads to ${units.length} controls: not sure which`, ambiguous: true };
  return { element: unit, widget: spec.widget && SPECIAL_WIDGETS.has(spec.widget) ? spec.widget : widgetOf(unit) };
}

/** Separator hint in the field's own words: seed 000 "手机号码, 可填多个, 用“/”分隔", "若有多个用“/”分割". */
const HINT = /多个[^“"'「]{0,6}[“"'「]([^”"'」\s]{1,2})[”"'」]\s*分[隔割开]/;

/** 不含省市区, 无需填写省市区, 省市区以外: the hints that keep the region out of an address input. */
const REGIONLESS = /不含省市|无需(填写|填入)?省市|省市区(不用|无需)填|省市区以外/;

function isRegionless(element: Element): boolean {
  const control = element.matches(CONTROL) ? element : element.querySelector(CONTROL);
  return REGIONLESS.test([control?.getAttribute('placeholder'), control?.getAttribute('title')].join(' '));
}

/** 每行填写一个IP信息 (seed 000), 一行一个: a text area that takes a list one item a line. */
const PER_LINE = /每行(填写|输入|填)?一[个条]|一行一[个条]/;

/** 国家代码-区号-号码, 如: 086-010-8456212 (seed 000): a phone field that asks for the country code in front. */
const COUNTRY_CODE = /国家代码\s*-\s*区号|(^|[^\d-])086-0\d{1,3}-\d/;

const ownWords = (element: Element): string => {
  const control = element.matches(CONTROL) ? element : element.querySelector(CONTROL);
  return [control?.getAttribute('placeholder'), control?.getAttribute('title'), control?.parentElement?.textContent].join(' ');
};

function hintOf(element: Element): string | undefined {
  const words = ownWords(element);
  const control = element.matches(CONTROL) ? element : element.querySelector(CONTROL);
  if (control?.tagName === 'TEXTAREA' && PER_LINE.test(words)) return '\n';
  return HINT.exec(words)?.[1];
}

const asksCountryCode = (element: Element, path: string): boolean => /Phone$/.test(path) && COUNTRY_CODE.test(ownWords(element));

function located(found: { element: Element; widget: WidgetKind }, path: string, label?: string): Located {
  // A text input whose own hint says each item is added with Enter is a tag input, whatever drew it; one beside a
  // 添加 button that a list field leads to is the first row of a list.
  if (found.widget === 'text' && (asksForEnter(found.element) || holdsChips(found.element))) return { ...found, widget: 'enter-tags', ...(label ? { label } : {}) };
  if (found.widget === 'text' && isDialogPicker(found.element)) return { ...found, widget: 'dialog-picker', ...(label ? { label } : {}) };
  const list = found.widget === 'text' && isListPath(path) ? rowListAround(found.element) : undefined;
  if (list) return { element: list, widget: 'rows', ...(label ? { label } : {}) };
  const hint = hintOf(found.element);
  return {
    ...found,
    ...(label ? { label } : {}),
    ...(hint ? { hint } : {}),
    ...(isRegionless(found.element) ? { regionless: true } : {}),
    ...(asksCountryCode(found.element, path) ? { countryCode: true } : {}),
  };
}

/** The block a person's block sits in: a 负责人 with no heading of its own belongs to the block above it. */
const PARENT_BLOCK: Partial<Record<SectionId, SectionId>> = { 'subject-head': 'subject', 'website-head': 'website', 'app-head': 'app', 'app-platform': 'app', 'mini-program-head': 'mini-program', 'security-head': 'website', 'emergency-contact': 'website' };

/** How an element fits a spec's section: exactly, through the block around it, unknown (no heading), or not. */
function sectionFit(ctx: PageContext, el: Element, section: SectionId): Fit | 'exact' | undefined {
  const found = ctx.sectionOf(el);
  if (found === section) return 'exact';
  if (found === undefined) return 'unknown';
  if (found === SHARED_BLOCK) return SHARED_SECTIONS.has(section) ? 'block' : undefined;
  return found !== 'other' && PARENT_BLOCK[section] === found ? 'block' : undefined;
}

/** The sections whose fields a shared block (IP和域名信息) may hold. */
const SHARED_SECTIONS: ReadonlySet<SectionId> = new Set(['website', 'access', 'app']);

const FIT_RANK = { exact: 0, block: 1, unknown: 2 } as const;

const namesOwnBlock = (label: string, section: SectionId) => section in PARENT_BLOCK && sectionOfHeading(label) === section;

/** A control named by its own placeholder or aria-label is the field (a row list or picker: the cell around it). */
function namedField(control: Element, spec: FieldSpec): { element: Element; widget: WidgetKind } | LocateProblem {
  if (spec.widget && CELL_WIDGETS.has(spec.widget)) return resolveIn(control.closest('td, li, dd, .el-form-item__content') ?? control.parentElement ?? control, spec);
  // A named group (证件有效期 around its dates and 长期 box) is a cell: the spec's part picks its input.
  if (!control.matches(CONTROL) && !control.matches('[role=combobox]')) return resolveIn(control, spec);
  const field = fieldOf(control);
  return { element: field, widget: spec.widget && SPECIAL_WIDGETS.has(spec.widget) ? spec.widget : widgetOf(field) };
}

/**
 * A cell field (前置审批's checkbox list, an upload around its file input) reached from its block's title and from its
 * own label is one field: of two candidates one inside the other, the narrower is kept.
 */
function nestedCell(candidates: Map<Element, Candidate>, element: Element): boolean {
  for (const [other, candidate] of candidates) {
    if (!CELL_WIDGETS.has(candidate.widget)) continue;
    if (other.contains(element) && other !== element) {
      candidates.delete(other);
      return false;
    }
    if (element.contains(other)) return true;
  }
  return false;
}

type Candidate = { element: Element; widget: WidgetKind; label?: string; fit: Fit | 'exact' };
type Candidates = { shown: Candidate[]; found: number; problems: string[] };

/** Every control a person would take for the spec's field, the surest first-ranked ones that are shown. */
function candidatesOf(ctx: PageContext, spec: FieldSpec): Candidates {
  const wanted = labelVariants(spec.labels);
  const group = labelVariants(spec.group ?? []);
  // With a group, the field's own labels lead to it alone, and `part` applies under the group's labels only.
  const alone: FieldSpec = { ...spec, part: undefined };
  const candidates = new Map<Element, Candidate>();
  const problems: string[] = [];
  for (const text of new Set([...wanted, ...group])) {
    // A label that names its 负责人 (网站负责人姓名, 主办单位负责人证件号码) places the field whatever heading is above it.
    const own = namesOwnBlock(text, spec.section);
    for (const labelEl of ctx.labels.texts.get(text) ?? []) {
      const fit = own ? 'exact' : sectionFit(ctx, labelEl, spec.section);
      if (!fit) continue;
      const cell = spec.widget === 'upload' ? cellOfLabel(labelEl, hasFileInput) : cellOfLabel(labelEl);
      if (!cell) continue;
      const found = resolveIn(cell, spec.group && !group.has(text) ? alone : spec, labelEl);
      if ('problem' in found) problems.push(found.problem);
      else if (!nestedCell(candidates, found.element)) candidates.set(found.element, { ...found, fit, label: (labelEl.textContent ?? '').replace(/[\s*＊★:：]/g, '') });
    }
  }
  const placeholders = (spec.placeholders ?? []).map(normaliseLabel);
  for (const { control, name } of ctx.labels.named) {
    if (!wanted.has(name) && !placeholders.some((p) => name.startsWith(p))) continue;
    const fit = namesOwnBlock(name, spec.section) ? 'exact' : sectionFit(ctx, control, spec.section);
    if (!fit) continue;
    const found = namedField(control, spec);
    if (!('problem' in found) && ![...candidates.keys()].some((c) => c.contains(found.element) || found.element.contains(c))) candidates.set(found.element, { ...found, fit });
  }
  const visible = [...candidates.values()].filter((c) => isShown(c.element));
  // A field under its own block's heading wins over one that only the block around it, or nothing, places.
  const surest = Math.min(...visible.map((c) => FIT_RANK[c.fit]));
  let shown = visible.filter((c) => FIT_RANK[c.fit] === surest);
  // An end date found both by its own label and by the 长期 question beside it (证件是否长期有效) is the date; the
  // question stands for the field only while 长期 has taken the date off the page.
  if (spec.widget === 'valid-until' && shown.length > 1) shown = shown.filter((c) => !c.element.querySelector('input[type=radio], input[type=checkbox]'));
  return { shown, found: candidates.size, problems };
}

const locatedOf = ({ fit, ...found }: Candidate, spec: FieldSpec): Located => ({ ...located(found, spec.path, found.label), ...(fit === 'exact' ? {} : { fit }) });

function byLabels(ctx: PageContext, spec: FieldSpec): Located | LocateProblem {
  const { shown, found, problems } = candidatesOf(ctx, spec);
  const [first, ...rest] = shown;
  if (first && rest.length === 0) {
    remember(spec, first);
    return locatedOf(first, spec);
  }
  if (rest.length) return { problem: `ambiguous: ${shown.length} fields labelled 「${spec.labels[0] ?? spec.path}」`, ambiguous: true };
  if (found) return { problem: `the field labelled 「${spec.labels[0] ?? spec.path}」 is hidden` };
  const before = problems.length === 0 ? recall(spec) : undefined;
  if (before) return locatedOf(before, spec);
  return { problem: problems[0] ?? `no field labelled 「${spec.labels.join('」/「')}」` };
}

/** Every shown control of a field that repeats once per item of a list (a platform row's 包名): each is told apart by its own block. */
export function locateEach(ctx: PageContext, spec: FieldSpec): Located[] {
  return candidatesOf(ctx, spec).shown.map((c) => locatedOf(c, spec));
}

export function locateField(ctx: PageContext, spec: FieldSpec): Located | LocateProblem {
  if (spec.fast) {
    const [only, ...more] = queryFrames(ctx.frames, spec.fast.css);
    if (only && more.length === 0 && isShown(only) && (only.matches(CONTROL) || only.querySelector(CONTROL))) {
      // A documented id may name a library widget's input: the widget is the field.
      if (spec.widget && SPECIAL_WIDGETS.has(spec.widget)) return { ...located({ element: only, widget: spec.widget }, spec.path), byId: true };
      const field = fieldOf(only);
      return { ...located({ element: field, widget: widgetOf(field) }, spec.path), byId: true };
    }
  }
  return byLabels(ctx, spec);
}
