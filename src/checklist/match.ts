import type { Material } from '../profile/schema';
import type { Need } from './need';

/** Indexes (in `materials`) of the materials that satisfy a need, in the order of the need's `accepts`. */
export function materialsFor(need: Need, materials: readonly Material[]): number[] {
  const found: number[] = [];
  for (const accepted of need.accepts) {
    const candidates = materials.flatMap((m, i) => (m.kind.trim() === need.kind && m.owner.trim() === accepted.owner ? [i] : []));
    const named = accepted.names ? candidates.filter((i) => accepted.names?.some((n) => materials[i]?.name.includes(n))) : candidates;
    const picked = accepted.nth === undefined ? named : named.slice(accepted.nth, accepted.nth + 1);
    for (const i of picked) if (!found.includes(i)) found.push(i);
  }
  return found;
}
