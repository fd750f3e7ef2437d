import { approvalItem, NO, NO_APPROVALS, resolvePath, YES, type FieldSpec, type ProfileValue } from '../adapters/define-adapter';
import type { Located } from '../page/locate-field';
import { holdingOf, type Holding } from '../page/read-field';
import type { FoundField } from '../page/recognise';
import { getAtPath } from '../profile/paths';
import type { Profile } from '../profile/schema';
import type { FieldResult } from './report';

/** One field to write: where and how, the value as the portal takes it, and the profile value it must read back as. */
export type FillAction = { spec: FieldSpec; found: Located; holding: Holding; value: ProfileValue; expected: ProfileValue };

/** A field of the page either gets written, or its result is known without touching the page. */
export type PlannedField = { action: FillAction } | { result: FieldResult };

const isApproval = (a: unknown): a is { type: string; number: string } =>
  typeof a === 'object' && a !== null && 'type' in a && typeof a.type === 'string' && 'number' in a && typeof a.number === 'string';

/** The profile's value at a path as a fill value; `subject.region` reads as [省, 市, 县]. */
export function profileValue(profile: Profile, path: string): ProfileValue | undefined {
  const raw = getAtPath(profile, path);
  // 前置审批: `类型：文号` per approval; none is a choice of its own on the portals (以上都不涉及), never an empty field.
  if (/\.approvals$/.test(path) && Array.isArray(raw) && raw.every(isApproval)) return raw.length ? raw.map((a) => approvalItem(a.type, a.number)) : [NO_APPROVALS];
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'boolean') return raw ? YES : NO;
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) return raw as string[];
  if (raw && typeof raw === 'object' && 'province' in raw) {
    const region = raw as Profile['subject']['region'];
    return [region.province, region.city, region.county];
  }
  return undefined;
}

const isEmpty = (value: ProfileValue | undefined): value is undefined =>
  value === undefined || (typeof value === 'string' ? value.trim() === '' : value.every((item) => item.trim() === ''));

const labelled = (found: Located) => (found.label ? { label: found.label } : {});

function planOne(field: FoundField, profile: Profile, slot: number): PlannedField[] {
  if (!('element' in field)) {
    return [{ result: { path: resolvePath(field.spec.path, slot), status: 'not-found', detail: field.problem } }];
  }
  if (field.platform) return planPlatformField(field, profile, slot);
  const { spec } = field;
  const holding = holdingOf(spec, field, slot);
  const whole = profileValue(profile, holding.listPath ?? holding.path);
  if (holding.listPath) {
    // The field takes one item: the first is filled, the others are reported, never squeezed in.
    const items = typeof whole === 'string' || whole === undefined ? [] : whole.filter((item) => item.trim() !== '');
    const [first, ...rest] = items;
    const extra = rest.map((_, i): PlannedField => ({
      result: { path: `${holding.listPath}[${i + 1}]`, status: 'skipped', detail: 'the portal field takes one value; this one is left for you to add where the portal allows', ...labelled(field) },
    }));
    if (first === undefined) return [{ result: { path: holding.path, status: 'skipped', detail: 'the profile has no value for this field', ...labelled(field) } }];
    return [{ action: { spec, found: field, holding, value: spec.codec ? spec.codec.toPortal(first) : first, expected: first } }, ...extra];
  }
  if (isEmpty(whole)) return [{ result: { path: holding.path, status: 'skipped', detail: 'the profile has no value for this field', ...labelled(field) } }];
  const joined = holding.join && typeof whole !== 'string' ? whole.join(holding.join) : whole;
  return [{ action: { spec, found: field, holding, value: spec.codec ? spec.codec.toPortal(joined) : joined, expected: whole } }];
}

/** A platform row's field, found as the page orders its platforms, is the profile's platform of the same name. */
function planPlatformField(field: FoundField & Located, profile: Profile, slot: number): PlannedField[] {
  const index = profile.apps[slot]?.platforms.findIndex((p) => p.platform === field.platform) ?? -1;
  const path = field.spec.path.replace(/\.platforms\[\d+\]/, `.platforms[${index}]`);
  if (index < 0) return [{ result: { path: resolvePath(path, slot), status: 'skipped', detail: `the profile has no ${field.platform ?? ''} platform for this APP`, ...labelled(field) } }];
  return planOne({ ...field, spec: { ...field.spec, path }, platform: undefined }, profile, slot);
}

/** Pure: what to do with each field found on the page, in the adapter's order (a city after its province). */
export function planFill(fields: readonly FoundField[], profile: Profile, slot = 0): PlannedField[] {
  return fields.flatMap((field) => planOne(field, profile, slot));
}
