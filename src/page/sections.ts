import type { SectionId } from '../adapters/define-adapter';
import { frameElementOf } from './frames';
import { normaliseLabel } from './label-text';

// Which part of the filing an element belongs to, read from the heading above it, as a person would: the nearest
// preceding heading, legend, caption or selected tab in its document, else the one above the frame that holds it.

/**
 * Heading markup: HTML headings, legend and caption, ARIA headings and selected tabs, and the card and tab headers of
 * element-plus (`.el-card__header`, element-plus.org Card) and Ant Design (`.ant-card-head-title`, ant.design Card).
 */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, caption, [role=heading], [role=tab][aria-selected=true], .el-card__header, .ant-card-head-title';

/** Heading words per section, most specific first (网站接入信息 is access, 主办单位负责人信息 the subject head). */
const SECTION_WORDS: readonly [SectionId, RegExp][] = [
  ['start', /开始备案|验证备案类型|备案类型/],
  ['subject-head', /(主办|主体).*负责人|法定代表人|法人/],
  ['website-head', /(网站|互联网信息服务|服务)负责人/],
  ['access', /接入/],
  ['subject', /主办|主体/],
  ['website', /网站|互联网信息服务|服务信息/],
];

/** The section a heading names, or 'other' for a heading no filing section has (推荐人信息). */
export function sectionOfHeading(text: string): SectionId | 'other' {
  const normalised = normaliseLabel(text);
  return SECTION_WORDS.find(([, words]) => words.test(normalised))?.[0] ?? 'other';
}

export type SectionFinder = (el: Element) => SectionId | 'other' | undefined;

/** Finds sections with each document's headings listed once per operation. */
export function sectionFinder(): SectionFinder {
  const headings = new Map<Document, Element[]>();
  const headingsOf = (doc: Document) => {
    let list = headings.get(doc);
    if (!list) headings.set(doc, (list = [...doc.querySelectorAll(HEADINGS)]));
    return list;
  };
  const find: SectionFinder = (el) => {
    let nearest: Element | undefined;
    for (const heading of headingsOf(el.ownerDocument)) {
      if (heading.contains(el)) continue;
      // eslint-disable-next-line no-bitwise -- compareDocumentPosition answers with a bitmask
      if (heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) nearest = heading;
      else break;
    }
    if (nearest) return sectionOfHeading(nearest.textContent ?? '');
    const frame = frameElementOf(el.ownerDocument);
    return frame ? find(frame) : undefined;
  };
  return find;
}
