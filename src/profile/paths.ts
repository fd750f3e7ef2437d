import { CURRENT_VERSION, emptyProfile, PROFILE_FORMAT, profileSchema, type Profile } from './schema';

// A key that would make the dotted form ambiguous is written bracket-quoted: `a["x.y"]`.
const needsQuoting = (key: string) => key === '' || /[.[\]"\\]/.test(key);

/** Writes a path as the interchange format does: `websites[0].head.mobiles[1]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (needsQuoting(String(segment))) out += `[${JSON.stringify(String(segment))}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(JSON.parse(match[1]) as string);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(match[3]);
  }
  return segments;
}

/** Reads the value at a formatted path (`websites[0].domains[1]`); undefined when absent. */
export function getAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** Paths whose value is a list of texts in the interchange format (mobiles, domains, services, ips…). */
export function isListPath(path: string): boolean {
  return Array.isArray(getAtPath(emptyProfile(), path.replace(/websites\[\d+\]/, 'websites[0]')));
}

const withOptional = { certificate: { validFrom: '', validUntil: '' } };
let everyKey: Profile | undefined;
/** A profile holding every key the format has, optional ones included: what a path may name. */
function fullTemplate(): Profile {
  everyKey ??= profileSchema.parse({
    format: PROFILE_FORMAT,
    version: CURRENT_VERSION,
    subject: { head: withOptional },
    websites: [{ head: withOptional, approvals: [{}] }],
  });
  return everyKey;
}

/**
 * Whether a path names a field of the interchange format (`websites[3].head.mobiles[1]`). Paths that come from a
 * page are checked with it before anything is written at them: `__proto__.x` or `constructor.prototype` never are.
 */
export function isProfilePath(path: string): boolean {
  return kindAt(path) !== undefined;
}

export type ValueKind = 'text' | 'list' | 'object';

/** What the format holds at a path: a text, a list, or an object (a person, the region); undefined for no such path. */
export function kindAt(path: string): ValueKind | undefined {
  let node: unknown = fullTemplate();
  for (const segment of parsePath(path)) {
    if (Array.isArray(node)) {
      if (typeof segment !== 'number') return undefined;
      node = node[0] ?? '';
    } else if (node !== null && typeof node === 'object' && typeof segment === 'string' && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else return undefined;
  }
  if (Array.isArray(node)) return 'list';
  return typeof node === 'string' ? 'text' : typeof node === 'object' && node !== null ? 'object' : undefined;
}

/** The kind a value is, in the same terms. */
export const kindOf = (value: unknown): ValueKind | undefined =>
  typeof value === 'string' ? 'text' : Array.isArray(value) ? 'list' : typeof value === 'object' && value !== null ? 'object' : undefined;
