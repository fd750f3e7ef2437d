import { approvalItem, NO, NO_APPROVALS, resolvePath, YES, type FieldSpec, type ProfileValue } from '../adapters/define-adapter';
import type { Located } from '../page/locate-field';
import { codecOf, holdingOf, type Holding } from '../page/read-field';
import type { FoundField } from '../page/recognise';
import { getAtPath } from '../profile/paths';
import { afterRegion } from '../profile/address';
import type { Profile } from '../profile/schema';
import type { FieldResult } from './report';

/** One field to write: where and how, the value as the portal takes it, and the profile value it must read back as. */
export type FillAction = {
  spec: FieldSpec;
  found: Located;
  holding: Holding;
  value: ProfileValue;
  expected: ProfileValue;
  /** An upload's files (its materials), attached rather than written; `compose` makes one image of the two. */
  files?: readonly File[];
  compose?: true;
};

/** The files of the profile's materials this fill may attach, by material id. */
export type MaterialFiles = ReadonlyMap<string, File>;

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

/**
 * An upload field takes the materials of its kind and owner (automation-api.md: `materials[i]` once attached;
 * `skipped` at `materials`, naming the kind, when the profile holds none). A composed field (身份证正反面) takes the
 * owner's two sides as one image; a field that takes one file gets the first, and the others are reported.
 */
function planUpload(field: FoundField & Located, profile: Profile, slot: number, files: MaterialFiles): PlannedField[] {
  const { spec } = field;
  const wanted = spec.material;
  const label = labelled(field);
  if (!wanted) return [{ result: { path: 'materials', status: 'skipped', detail: 'the adapter names no material kind for this upload field', ...label } }];
  const stated = resolvePath(wanted.owner, slot);
  const owner = wanted.orOwner && getAtPath(profile, stated) === undefined ? resolvePath(wanted.orOwner, slot) : stated;
  const indexesOf = (kind: string) => profile.materials.flatMap((m, i) => (m.kind === kind && m.owner === owner ? [i] : []));
  const missing = (kind: string): PlannedField => ({ result: { path: 'materials', status: 'skipped', detail: `the profile has no material 「${kind}」 of ${owner}`, ...label } });
  const found = indexesOf(wanted.kind);
  const second = wanted.compose ? indexesOf(wanted.compose) : [];
  if (found.length === 0) return [missing(wanted.kind)];
  if (wanted.compose && second.length === 0) return [missing(wanted.compose)];
  const taken = wanted.compose ? [found[0]!, second[0]!] : multiple(field) ? found : [found[0]!];
  const left = wanted.compose ? [] : found.filter((i) => !taken.includes(i));
  const path = `materials[${taken[0]!}]`;
  const chosen = taken.map((i) => ({ i, file: files.get(profile.materials[i]!.id) }));
  const absent = chosen.find((c) => !c.file);
  if (absent) return [{ result: { path: `materials[${absent.i}]`, status: 'skipped', detail: `the file of 「${profile.materials[absent.i]!.name}」 is not stored in this browser (imported without materials)`, ...label } }];
  const attach = chosen.flatMap((c) => (c.file ? [c.file] : []));
  const names = attach.map((f) => f.name);
  const extra = left.map((i): PlannedField => ({ result: { path: `materials[${i}]`, status: 'skipped', detail: 'the upload field takes one file; this one is left for you to add', ...label } }));
  return [{ action: { spec, found: field, holding: { path }, value: names, expected: names, files: attach, ...(wanted.compose ? { compose: true } : {}) } }, ...extra];
}

/** A file input that takes several files at once. */
const multiple = (field: Located) => (field.element.matches('input[type=file]') ? field.element : field.element.querySelector('input[type=file]'))?.hasAttribute('multiple') === true;

function planOne(field: FoundField, profile: Profile, slot: number, files: MaterialFiles): PlannedField[] {
  if (!('element' in field)) {
    const path = field.spec.widget === 'upload' ? 'materials' : resolvePath(field.spec.path, slot);
    return [{ result: { path, status: 'not-found', detail: field.problem } }];
  }
  if (field.widget === 'upload') return planUpload(field, profile, slot, files);
  const { orPath } = field.spec;
  if (orPath && isEmpty(profileValue(profile, resolvePath(field.spec.path, slot)))) {
    return planOne({ ...field, spec: { ...field.spec, path: orPath, orPath: undefined } }, profile, slot, files);
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
    const codec = codecOf(spec, field);
    return [{ action: { spec, found: field, holding, value: codec ? codec.toPortal(first) : first, expected: first } }, ...extra];
  }
  if (isEmpty(whole)) return [{ result: { path: holding.path, status: 'skipped', detail: 'the profile has no value for this field', ...labelled(field) } }];
  if ((field.regionless || spec.regionless) && typeof whole === 'string') {
    // The page keeps the 省市区 in its own control beside this one: the address goes in, and reads back, without it.
    const { province, city, county } = profile.subject.region;
    const rest = afterRegion(whole, [[province], [city], [county]]);
    return [{ action: { spec, found: field, holding, value: rest, expected: rest } }];
  }
  const joined = holding.join && typeof whole !== 'string' ? whole.join(holding.join) : whole;
  const codec = codecOf(spec, field);
  const value = codec ? codec.toPortal(joined) : joined;
  return [{ action: { spec, found: field, holding, value, expected: codec?.coarse ? value : whole } }];
}

/** A platform row's field, found as the page orders its platforms, is the profile's platform of the same name. */
function planPlatformField(field: FoundField & Located, profile: Profile, slot: number): PlannedField[] {
  const index = profile.apps[slot]?.platforms.findIndex((p) => p.platform === field.platform) ?? -1;
  const path = field.spec.path.replace(/\.platforms\[\d+\]/, `.platforms[${index}]`);
  if (index < 0) return [{ result: { path: resolvePath(path, slot), status: 'skipped', detail: `the profile has no ${field.platform ?? ''} platform for this APP`, ...labelled(field) } }];
  return planOne({ ...field, spec: { ...field.spec, path }, platform: undefined }, profile, slot, new Map());
}

/** Pure: what to do with each field found on the page, in the adapter's order (a city after its province). */
export function planFill(fields: readonly FoundField[], profile: Profile, slot = 0, files: MaterialFiles = new Map()): PlannedField[] {
  return fields.flatMap((field) => planOne(field, profile, slot, files));
}
