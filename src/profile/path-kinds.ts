import { parsePath } from './paths';
import { CURRENT_VERSION, PROFILE_FORMAT, profileSchema, type Profile } from './schema';

// Which paths the interchange format has, and what kind of value each holds: checked before a path from a page is
// written. Background and extension pages only (it needs the zod schema).

const person = { certificate: { validFrom: '', validUntil: '' } };
const security = {
  recordNumber: '',
  openedOn: '',
  registrar: '',
  domainCertificateValidUntil: '',
  interactive: false,
  interactiveServices: [],
  securityHead: person,
  emergencyContact: person,
};
let everyKey: Profile | undefined;
/** A profile holding every key the format has, optional ones included, one item in every list: what a path may name. */
export function profileTemplate(): Profile {
  everyKey ??= profileSchema.parse({
    format: PROFILE_FORMAT,
    version: CURRENT_VERSION,
    subject: { head: person },
    websites: [{ head: person, approvals: [{}], security }],
    apps: [{ head: person, approvals: [{}], platforms: [{}], security }],
    miniPrograms: [{ head: person, approvals: [{}] }],
    materials: [{ id: 'm', size: 0, width: 0, height: 0, validUntil: '', data: '' }],
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

export type ValueKind = 'text' | 'list' | 'object' | 'flag' | 'number';

/** What the format holds at a path: a text, a list, an object (a person, the region), a yes/no or a number; undefined for no such path. */
export function kindAt(path: string): ValueKind | undefined {
  let node: unknown = profileTemplate();
  for (const segment of parsePath(path)) {
    if (Array.isArray(node)) {
      if (typeof segment !== 'number') return undefined;
      node = node[0] ?? '';
    } else if (node !== null && typeof node === 'object' && typeof segment === 'string' && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return kindOf(node);
}

/** The kind a value is, in the same terms. */
export function kindOf(value: unknown): ValueKind | undefined {
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'flag';
    case 'number':
      return 'number';
    case 'object':
      return value === null ? undefined : 'object';
    default:
      return undefined;
  }
}
