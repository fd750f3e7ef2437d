import type { SectionId } from '../adapters/define-adapter';
import { frameElementOf } from './frames';
import { normaliseLabel } from './label-text';

// Which part of the filing (which block) an element belongs to, read as a person reads it: the titled container
// around it (a fieldset, a card, a collapse panel, a region or group named by ARIA, a tab panel), else the nearest
// heading above it in its document, else the heading above the frame that holds it, else the step the page is on.
// A block is never told by a field's own label: 负责人姓名 stands in several.

/**
 * Heading markup: HTML headings, legend and caption, ARIA headings and selected tabs, and the card, divider and panel
 * titles of the UI libraries consoles use, per their documented markup: element-plus / element-ui Card and Collapse
 * (`.el-card__header`, `.el-collapse-item__header`), Ant Design / ant-design-vue Card, Divider and Collapse
 * (`.ant-card-head-title`, `.ant-divider-inner-text`, `.ant-collapse-header`), Arco Card and Divider
 * (`.arco-card-header-title`, `.arco-divider-text`), TDesign Card and Divider (`.t-card__title`, `.t-divider__inner-text`),
 * OpenTiny Card (`.tiny-card__title`? not documented: left to the text rule below).
 */
export const HEADINGS = [
  'h1, h2, h3, h4, h5, h6, legend, caption, [role=heading], [role=tab][aria-selected=true]',
  '.el-card__header, .el-collapse-item__header, .ant-card-head-title, .ant-divider-inner-text, .ant-collapse-header',
  '.arco-card-header-title, .arco-divider-text, .arco-collapse-item-header-title, .t-card__title, .t-divider__inner-text',
].join(', ');

/**
 * Containers that carry their own title: the title decides for everything inside, before any heading above it.
 * [container, title inside it] per the libraries' Card / Collapse markup; ARIA-named regions and groups below.
 */
const TITLED: readonly (readonly [string, string])[] = [
  ['fieldset', ':scope > legend'],
  ['.el-card', ':scope > .el-card__header'],
  ['.el-collapse-item', '.el-collapse-item__header'],
  ['.ant-card', ':scope > .ant-card-head .ant-card-head-title'],
  ['.ant-collapse-item', ':scope > .ant-collapse-header'],
  ['.arco-card', ':scope > .arco-card-header .arco-card-header-title'],
  ['.arco-collapse-item', ':scope > .arco-collapse-item-header'],
  ['.t-card', ':scope > .t-card__header .t-card__title'],
];
const NAMED_REGION = 'section, form, [role=region], [role=group], [role=form], [role=tabpanel], [role=dialog]';

/** The step the page is on, for a form with no heading at all: the libraries' current-step title and ARIA's. */
const CURRENT_STEP = [
  '[aria-current=step]',
  '.ant-steps-item-process .ant-steps-item-title, .el-step__title.is-process, .arco-steps-item-process .arco-steps-item-title',
  '.t-steps-item--process .t-steps-item__title',
].join(', ');

/** Heading words per section, most specific first (网站接入信息 is access, 主办单位负责人信息 the subject head). */
const SECTION_WORDS: readonly [SectionId, RegExp][] = [
  ['start', /开始备案|验证备案类型|备案类型/],
  ['subject-head', /(主办|主体).*负责人|法定代表人|法人/],
  ['security-head', /安全负责人/],
  ['emergency-contact', /应急联(络|系)人/],
  ['mini-program-head', /(小程序|快应用)负责人/],
  ['app-head', /(APP|移动应用|应用)负责人/i],
  ['website-head', /(网站|互联网信息服务|服务|ICP)负责人/i],
  ['access', /接入/],
  ['subject', /主办|主体/],
  ['mini-program', /小程序|快应用/],
  ['app-platform', /平台信息|特征信息|(选择|发布|运行)平台|android|\bios\b|harmony|鸿蒙|安卓|苹果/i],
  ['app', /APP|移动(互联网)?应用/i],
  // 公安's block of a site: 域名注册服务商 (issue 18's field list).
  ['website', /网站|互联网信息服务|服务信息|域名注册/],
];

/**
 * A block any service's fields sit in (Huawei's APP step: IP和域名信息 holds the APP's domains and IPs, as a website
 * step's may hold the website's): it places a field in whichever service the page is about.
 */
export const SHARED_BLOCK = 'shared';
// 公安's 服务类型 (交互服务) and 前置审批/专项审批 stand on its website and APP steps alike (issue 18's field list).
const SHARED_WORDS = /^(IP和域名|域名和IP|域名与IP|IP与域名|域名及IP|IP及域名|服务类型|(互联网)?交互服务|前置审批|专项审批|前置审批\/专项审批|前置或专项审批)(信息|项)?$/i;

/** The section a heading names, or 'other' for a heading no filing section has (推荐人信息). */
export function sectionOfHeading(text: string): SectionId | typeof SHARED_BLOCK | 'other' {
  const normalised = normaliseLabel(text);
  if (SHARED_WORDS.test(normalised)) return SHARED_BLOCK;
  return SECTION_WORDS.find(([, words]) => words.test(normalised))?.[0] ?? 'other';
}

/**
 * A title in plain text (`<div class="section-title">主办单位信息</div>`): a block's name that ends in 信息 or names a
 * 负责人 block, standing alone (nothing beside it reads as its value), outside steps bars, tabs, menus and breadcrumbs.
 */
const TEXT_TITLE = /^(.{1,10}信息|(主办单位|主办者|开办主体|主体|网站|互联网信息服务|服务|ICP|APP|小程序)负责人|(网站|APP)?安全负责人|(网站|APP)?应急联(络|系)人)$/i;
const NOT_TITLE_AREA = 'nav, [role=navigation], [role=tablist], [role=menu], [role=menubar], [role=tree], [class*=step], [class*=breadcrumb], [class*=menu], label, button, a, option, select';

function isTextTitle(el: Element): boolean {
  const text = normaliseLabel(el.textContent);
  if (!TEXT_TITLE.test(text) || sectionOfHeading(text) === 'other') return false;
  if (el.closest(NOT_TITLE_AREA) || el.querySelector('input, select, textarea, [role=combobox]')) return false;
  // A label with its value beside it (主办单位负责人 王小明) is a line of text, not a title.
  const next = el.nextElementSibling;
  return !next || next.children.length > 0 || normaliseLabel(next.textContent) === '';
}

function textTitlesOf(doc: Document): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.childElementCount === 0 && (node.textContent ?? '').trim() && isTextTitle(parent)) out.push(parent);
  }
  return out;
}

/** Controls a title may carry beside its words (a card title's 同主体负责人 checkbox): their text names no block. */
const IN_TITLE_CONTROLS = 'label, button, a, select, textarea, [role=checkbox], [role=switch], [role=button]';

/** A heading's own words, without the text of controls inside it. */
export function headingText(heading: Element): string {
  if (!heading.querySelector(IN_TITLE_CONTROLS)) return heading.textContent ?? '';
  let text = '';
  const walker = heading.ownerDocument.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const control = node.parentElement?.closest(IN_TITLE_CONTROLS);
    if (!control || !heading.contains(control)) text += node.textContent ?? '';
  }
  return text;
}

/** The title a container carries for what is inside it, if it is a titled container. */
function titleOf(container: Element): string | undefined {
  for (const [box, title] of TITLED) {
    if (!container.matches(box)) continue;
    const found = container.querySelector(title);
    return found ? headingText(found) : undefined;
  }
  if (!container.matches(NAMED_REGION)) return undefined;
  const doc = container.ownerDocument;
  const ids = (container.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const named = ids.map((id) => doc.getElementById(id)?.textContent ?? '').join('') || container.getAttribute('aria-label');
  // ARIA names groups of every size (element-plus names a form item `role=group` by its label): only a name that is a
  // filing block's makes a block.
  return named && sectionOfHeading(named) !== 'other' ? named : undefined;
}

export type SectionFinder = (el: Element) => SectionId | typeof SHARED_BLOCK | 'other' | undefined;

type DocumentMarks = { headings: Element[]; step: SectionId | typeof SHARED_BLOCK | 'other' | undefined };

const byDocumentOrder = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/** Finds sections with each document's headings listed once per operation. */
export function sectionFinder(): SectionFinder {
  const marks = new Map<Document, DocumentMarks>();
  const marksOf = (doc: Document): DocumentMarks => {
    let found = marks.get(doc);
    if (!found) {
      const headings = [...new Set([...doc.querySelectorAll(HEADINGS), ...textTitlesOf(doc)])].sort(byDocumentOrder);
      const step = doc.querySelector(CURRENT_STEP)?.textContent;
      marks.set(doc, (found = { headings, step: step ? sectionOfHeading(step) : undefined }));
    }
    return found;
  };
  const find: SectionFinder = (el) => {
    const { headings, step } = marksOf(el.ownerDocument);
    let nearest: Element | undefined;
    for (const heading of headings) {
      if (heading.contains(el)) continue;
      // eslint-disable-next-line no-bitwise -- compareDocumentPosition answers with a bitmask
      if (heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) nearest = heading;
      else break;
    }
    // The nearest titled container decides, unless a heading inside it stands between its title and the element.
    for (let box = el.parentElement; box; box = box.parentElement) {
      const title = titleOf(box);
      if (title === undefined) continue;
      if (nearest && box.contains(nearest) && sectionOfHeading(headingText(nearest)) !== 'other') break;
      return sectionOfHeading(title);
    }
    if (nearest) return sectionOfHeading(headingText(nearest));
    const frame = frameElementOf(el.ownerDocument);
    return (frame ? find(frame) : undefined) ?? (step === 'other' ? undefined : step);
  };
  return find;
}
