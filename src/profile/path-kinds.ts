import { parsePath } from './paths';
import { CURRENT_VERSION, PROFILE_FORMAT, profileSchema, type Profile } from './schema';

// Which paths the interchange format has, and what kind of value each holds: checked before a path from a page is
// written. Background and extension pages only (it needs the zod schema).

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
