import type { SectionId } from '../adapters/define-adapter';
import type { FoundField } from './recognise';

// Whose field is this? Labels repeat across blocks (负责人姓名, 证件类型, 手机号码 stand for the 主体负责人 and the
// 网站负责人 alike), so a field found without its own block's heading is settled against the whole page: on a page
// that is plainly one step, its only 负责人 is that step's; an element two blocks both claim belongs to the one that
// placed it more surely, and to neither when they are equally unsure. Nothing is ever written on a guess.

/** Each step's own 负责人 block, and the blocks that tell a page is that step. */
const STEPS = {
  subject: { head: 'subject-head', blocks: ['subject'], name: '主办单位负责人' },
  website: { head: 'website-head', blocks: ['website'], name: '网站负责人' },
  app: { head: 'app-head', blocks: ['app', 'app-platform'], name: 'APP负责人' },
  'mini-program': { head: 'mini-program-head', blocks: ['mini-program'], name: '小程序负责人' },
} as const satisfies Record<string, { head: SectionId; blocks: readonly SectionId[]; name: string }>;
type Step = keyof typeof STEPS;
const STEP_NAMES = Object.keys(STEPS).filter((key): key is Step => key in STEPS);

const PERSON_BLOCKS: ReadonlySet<SectionId> = new Set(STEP_NAMES.map((step) => STEPS[step].head));
const RANK = { exact: 0, block: 1, unknown: 2 } as const;

const rankOf = (field: FoundField) => ('element' in field ? RANK[field.fit ?? 'exact'] : Infinity);

function unclear(field: FoundField, why: string): FoundField {
  return { spec: field.spec, problem: why, ambiguous: true };
}

/**
 * Which step the page plainly is, from its fields that are no 负责人's and that no 负责人 field reads too (a lone
 * 证件号码 may be the 负责人's, 主办单位名称 is not). 接入 sits on the website step or inside an APP's block.
 */
function stepOf(fields: readonly FoundField[]): Step | undefined {
  const personal = new Set(fields.flatMap((f) => ('element' in f && PERSON_BLOCKS.has(f.spec.section) ? [f.element] : [])));
  const placed = fields.filter((f) => 'element' in f && !PERSON_BLOCKS.has(f.spec.section) && !personal.has(f.element));
  const steps = STEP_NAMES.filter((step) => placed.some((f) => STEPS[step].blocks.some((block) => block === f.spec.section)));
  if (steps.length === 0 && placed.some((f) => f.spec.section === 'access')) return 'website';
  return steps.length === 1 ? steps[0] : undefined;
}

/** A 负责人 field no heading places: the step's own 负责人 on a one-step page, else unclear. */
function placePerson(field: FoundField, step: Step | undefined): FoundField {
  if (!('element' in field) || field.fit !== 'unknown' || !PERSON_BLOCKS.has(field.spec.section)) return field;
  const owner = step && STEPS[step];
  // The step's own 负责人 is placed by the block the page is, as surely as by a heading around it.
  if (owner?.head === field.spec.section) return { ...field, fit: 'block' };
  // The other 负责人's field on a one-step page is not on this page at all (and names no step of it).
  if (owner) return { spec: field.spec, problem: `the 负责人 on this page is the ${owner.name}` };
  return unclear(field, 'which 负责人 is unclear: no heading on the page tells whose field this is');
}

/** The service list a spec's path names (`apps[].name` → apps), if any. */
const serviceOfPath = (path: string) => /^(websites|apps|miniPrograms)\[\]/.exec(path)?.[1];
const STEP_SERVICE: Partial<Record<Step, string>> = { website: 'websites', app: 'apps', 'mini-program': 'miniPrograms' };

/** On a page that is plainly one service's step, another service's fields (a website's IPs on an APP page) are not there. */
function ownService(field: FoundField, step: Step | undefined): FoundField {
  const service = serviceOfPath(field.spec.path);
  const own = step && STEP_SERVICE[step];
  if (!('element' in field) || !service || !own || service === own) return field;
  return { spec: field.spec, problem: `this page is the ${STEPS[step].name.replace('负责人', '')} step` };
}

export function settleOwners(found: readonly FoundField[]): FoundField[] {
  const step = stepOf(found);
  const fields = found.map((f) => ownService(placePerson(f, step), step));
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
