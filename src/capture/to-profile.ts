import { NO, NO_APPROVALS, parseApprovalItem, YES, type ProfileValue } from '../adapters/define-adapter';
import { kindAt, kindOf } from '../profile/path-kinds';
import { parsePath } from '../profile/paths';
import { CURRENT_VERSION, PROFILE_FORMAT } from '../profile/schema';
import { SERVICE_LISTS } from '../profile/service';
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
  // A yes/no reads back from the choice the page shows; anything else is not a yes/no and is not written.
  if (kindAt(path) === 'flag') return value === YES ? true : value === NO ? false : undefined;
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

/**
 * An address the page shows without its 省市区 (公安's 详细地址 beside its 通讯地址 cascader), with the region the same
 * page shows put back in front, as the profile holds it; without a region on the page it stays as shown.
 */
export function withRegion(values: readonly PageValue[]): PageValue[] {
  const region = values.find((v) => v.path === 'subject.region' && typeof v.value !== 'string');
  if (!region || typeof region.value === 'string') return [...values];
  // A 直辖市 is its own city (上海市 / 上海市 / 浦东新区): an address names it once.
  const prefix = [...new Set(fullDivisionNames(region.value))].join('');
  return values.map((v) => (v.regionless && typeof v.value === 'string' && v.value.trim() ? { path: v.path, value: `${prefix}${v.value.trim()}` } : v));
}

/** A partial profile in the interchange format from what a page shows; a service's data goes to slot `slot`. */
export function toPartialProfile(shown: readonly PageValue[], slot: number): Record<string, unknown> {
  const values = withRegion(shown);
  const profile: Node = { format: PROFILE_FORMAT, version: CURRENT_VERSION, subject: {}, websites: [] };
  for (const { path, value } of values) if (!isBlank(value)) setAtPath(profile, path, valueFor(path, value));
  // A page of APP or mini-program fields captures that service alone; any other page a website in its slot.
  const lists = SERVICE_LISTS.filter((list) => Array.isArray(profile[list]) && (list === 'websites' ? profile.apps === undefined && profile.miniPrograms === undefined : true));
  for (const list of lists) {
    const services = profile[list] as unknown[];
    // Earlier slots stay empty objects rather than holes, so the document stays valid JSON with the data at `slot`.
    for (let i = 0; i <= slot; i++) services[i] ??= {};
  }
  return profile;
}
