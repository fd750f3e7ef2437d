import type { MATERIAL_KINDS } from '../profile/schema';
import type { Text } from '../rules/define-rule';

export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/**
 * A material that satisfies a need: one of the need's kind owned by `owner`; with `nth`, only the nth such material
 * in profile order (how the exports number a service's 前置审批 files); with `names`, only one whose file name holds
 * one of them (a 居住证 filed as 其他).
 */
export type Accepted = { owner: string; nth?: number; names?: readonly string[] };

/** A material the filing needs (icp:checklist before it is matched against the profile's materials). */
export type Need = {
  kind: MaterialKind;
  /** The profile path the material belongs to (profile-format.md Material `owner`). */
  owner: string;
  /** false where the evidence says "some provinces/providers" or the profile cannot tell (the reason says which). */
  required: boolean;
  reason: Text;
  /** rules-corpus.md / portals.md sections, seeds. */
  source: string;
  /** Which materials count, best first; the first is always `{ owner }`. */
  accepts: readonly Accepted[];
};

export function need(kind: MaterialKind, owner: string, required: boolean, reason: Text, source: string, more: readonly Accepted[] = []): Need {
  return { kind, owner, required, reason, source, accepts: [{ owner }, ...more] };
}

const joinUnique = (parts: readonly string[], separator: string) => [...new Set(parts)].join(separator);

/** One need per kind and owner: the portal has one slot for it, however many rules ask. Required if any asks. */
export function mergeNeeds(needs: readonly Need[]): Need[] {
  const byKey = new Map<string, Need>();
  for (const n of needs) {
    const key = `${n.kind}\u0000${n.owner}`;
    const held = byKey.get(key);
    if (!held) {
      byKey.set(key, n);
      continue;
    }
    // A reason that makes the material required reads first.
    const [first, second] = n.required && !held.required ? [n, held] : [held, n];
    const accepts = [...first.accepts, ...second.accepts.filter((a) => !first.accepts.some((h) => JSON.stringify(h) === JSON.stringify(a)))];
    byKey.set(key, {
      ...first,
      required: first.required || second.required,
      reason: { zh: joinUnique([first.reason.zh, second.reason.zh], '；'), en: joinUnique([first.reason.en, second.reason.en], '; ') },
      source: joinUnique([first.source, second.source], '; '),
      accepts,
    });
  }
  return [...byKey.values()];
}
