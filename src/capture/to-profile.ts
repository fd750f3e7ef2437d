import { NO_APPROVALS, parseApprovalItem, type ProfileValue } from '../adapters/define-adapter';
import { kindAt, kindOf } from '../profile/path-kinds';
import { parsePath } from '../profile/paths';
import { CURRENT_VERSION, PROFILE_FORMAT } from '../profile/schema';
import { isBlank, type PageValue } from '../page/read-page';
import { fullDivisionNames } from './division-names';

type Node = Record<string | number, unknown>;

export function valueFor(path: string, value: ProfileValue): unknown {
  // A cascader shows the region as one value; the profile keeps its three parts.
  if (path.endsWith('subject.region') && typeof value !== 'string') {
    const [province, city, county] = fullDivisionNames(value);
    return { province, city, county };
  }
  if (path.endsWith('subject.region.province') && typeof value === 'string') return fullDivisionNames([value])[0];
  // 前置审批 items back to { type, number }; 以上都不涉及 is the empty list.
  if (/\.approvals$/.test(path) && typeof value !== 'string') return value.filter((item) => item !== NO_APPROVALS).map(parseApprovalItem);
  return typeof value === 'string' ? value : [...value];
}

/**
 * Writes a value at a path, creating objects and arrays on the way (`websites[1].head.mobiles[0]`). Only paths of
 * the interchange format, with a value of the kind the format holds there, are written: a page that names
 * `__proto__.polluted`, or answers a text where a list belongs, gets nothing written anywhere.
 */
export function setAtPath(root: Node, path: string, value: unknown): void {
  if (kindAt(path) !== kindOf(value)) return;
  const segments = parsePath(path);
  let node: Node = root;
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    if (node[segment] === undefined || node[segment] === null) node[segment] = typeof next === 'number' ? [] : {};
    node = node[segment] as Node;
  });
}

/** A partial profile in the interchange format from what a page shows; website data goes to slot `website`. */
export function toPartialProfile(values: readonly PageValue[], website: number): Record<string, unknown> {
  const profile: Node = { format: PROFILE_FORMAT, version: CURRENT_VERSION, subject: {}, websites: [] };
  for (const { path, value } of values) if (!isBlank(value)) setAtPath(profile, path, valueFor(path, value));
  const websites = profile.websites as unknown[];
  // Earlier slots stay empty objects rather than holes, so the document stays valid JSON with the data at `website`.
  for (let i = 0; i <= website; i++) websites[i] ??= {};
  return profile;
}
