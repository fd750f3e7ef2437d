import type { FieldSpec, ProfileValue, StepSpec } from '../adapters/define-adapter';
import { getAtPath } from '../profile/paths';
import type { Profile } from '../profile/schema';

/** One field to fill: the report path, where and how, the portal-formatted value (undefined = skipped), and the
 * profile value the read-back must equal once mapped back through the field's codec. */
export type FillAction = { path: string; spec: FieldSpec; value: ProfileValue | undefined; expected?: ProfileValue };

/** `websites[].head.name` → `websites[2].head.name`. */
export function resolvePath(path: string, website: number): string {
  return path.replace('websites[]', `websites[${website}]`);
}

/** The profile's value at a path as a fill value; `subject.region` reads as [省, 市, 县]. */
export function profileValue(profile: Profile, path: string): ProfileValue | undefined {
  const raw = getAtPath(profile, path);
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) return raw as string[];
  if (raw && typeof raw === 'object' && 'province' in raw) {
    const region = raw as Profile['subject']['region'];
    return [region.province, region.city, region.county];
  }
  return undefined;
}

const isEmpty = (value: ProfileValue | undefined) =>
  value === undefined || (typeof value === 'string' ? value.trim() === '' : value.every((item) => item.trim() === ''));

/** Pure: the ordered actions for one step of a portal, for website `website` of the profile. */
export function planFill(step: StepSpec, profile: Profile, website = 0): FillAction[] {
  return step.fields.map((spec) => {
    const path = resolvePath(spec.path, website);
    const value = profileValue(profile, path);
    if (isEmpty(value)) return { path, spec, value: undefined };
    if (value === undefined) return { path, spec, value };
    return { path, spec, value: spec.codec ? spec.codec.toPortal(value) : value, expected: value };
  });
}
