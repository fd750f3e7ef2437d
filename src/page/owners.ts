import type { SectionId } from '../adapters/define-adapter';
import type { FoundField } from './recognise';

// Whose field is this? Labels repeat across blocks (负责人姓名, 证件类型, 手机号码 stand for the 主体负责人 and the
// 网站负责人 alike), so a field found without its own block's heading is settled against the whole page: on a page
// that is plainly one step, its only 负责人 is that step's; an element two blocks both claim belongs to the one that
// placed it more surely, and to neither when they are equally unsure. Nothing is ever written on a guess.

const PERSON_BLOCKS: ReadonlySet<SectionId> = new Set(['subject-head', 'website-head']);
const RANK = { exact: 0, block: 1, unknown: 2 } as const;

const rankOf = (field: FoundField) => ('element' in field ? RANK[field.fit ?? 'exact'] : Infinity);

function unclear(field: FoundField, why: string): FoundField {
  return { spec: field.spec, problem: why, ambiguous: true };
}

/**
 * Which step the page plainly is, from its fields that are no 负责人's and that no 负责人 field reads too (a lone
 * 证件号码 may be the 负责人's, 主办单位名称 is not).
 */
function stepOf(fields: readonly FoundField[]): 'subject' | 'website' | undefined {
  const personal = new Set(fields.flatMap((f) => ('element' in f && PERSON_BLOCKS.has(f.spec.section) ? [f.element] : [])));
  const placed = fields.filter((f) => 'element' in f && !PERSON_BLOCKS.has(f.spec.section) && !personal.has(f.element));
  const subject = placed.some((f) => f.spec.section === 'subject');
  const website = placed.some((f) => f.spec.section === 'website' || f.spec.section === 'access');
  return subject === website ? undefined : subject ? 'subject' : 'website';
}

/** A 负责人 field no heading places: the step's own 负责人 on a one-step page, else unclear. */
function placePerson(field: FoundField, step: 'subject' | 'website' | undefined): FoundField {
  if (!('element' in field) || field.fit !== 'unknown' || !PERSON_BLOCKS.has(field.spec.section)) return field;
  const owner = step === 'subject' ? 'subject-head' : step === 'website' ? 'website-head' : undefined;
  // The step's own 负责人 is placed by the block the page is, as surely as by a heading around it.
  if (owner === field.spec.section) return { ...field, fit: 'block' };
  // The other 负责人's field on a one-step page is not on this page at all (and names no step of it).
  if (owner) return { spec: field.spec, problem: `the 负责人 on this page is the ${owner === 'subject-head' ? '主办单位负责人' : '网站负责人'}` };
  return unclear(field, 'which 负责人 is unclear: no heading on the page tells whose field this is');
}

export function settleOwners(found: readonly FoundField[]): FoundField[] {
  const step = stepOf(found);
  const fields = found.map((f) => placePerson(f, step));
  const claims = new Map<Element, number[]>();
  fields.forEach((f, i) => {
    if ('element' in f) claims.set(f.element, [...(claims.get(f.element) ?? []), i]);
  });
  for (const indexes of claims.values()) {
    const sections = new Set(indexes.map((i) => fields[i]!.spec.section));
    // One block may read one element several ways (a region cascader is 省, 市 and 县), and two steps' specs of one
    // path may meet on one control (性质 on 开始备案 and on 主办单位); two blocks' different paths may not.
    if (sections.size < 2 || new Set(indexes.map((i) => fields[i]!.spec.path)).size < 2) continue;
    const surest = Math.min(...indexes.map((i) => rankOf(fields[i]!)));
    const winners = indexes.filter((i) => rankOf(fields[i]!) === surest);
    const winningSections = new Set(winners.map((i) => fields[i]!.spec.section));
    for (const i of indexes) {
      const field = fields[i]!;
      if (winningSections.size === 1) {
        // The control is surely another block's: this field is simply not on the page.
        if (!winners.includes(i)) fields[i] = { spec: field.spec, problem: `the control is another block’s (${fields[winners[0]!]!.spec.path})` };
        continue;
      }
      const person = [...sections].some((s) => PERSON_BLOCKS.has(s));
      fields[i] = unclear(field, person ? 'which 负责人 is unclear: the same field is read as another block’s' : 'which block the field belongs to is unclear: another field of the profile reads the same control');
    }
  }
  return fields;
}
