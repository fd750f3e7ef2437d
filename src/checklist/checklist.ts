import type { Profile } from '../profile/schema';
import type { ServiceRef } from '../profile/service';
import type { Finding, Text } from '../rules/define-rule';
import { materialsFor } from './match';
import type { MaterialKind } from './need';
import { materialsNeeded } from './needs';

/** One line of icp:checklist (automation-api.md), with why it is needed and the material that answers it. */
export type ChecklistItem = {
  kind: MaterialKind;
  owner: string;
  required: boolean;
  status: 'present' | 'missing' | 'failing';
  /** The findings on the material held for it (path `materials[i]` or below). */
  findings: Finding[];
  reason: Text;
  source: string;
  /** `materials[i]` of the material held for it; absent when missing. */
  material?: string;
};

/** Findings about one material: on `materials[i]` itself or on one of its fields (`materials[i].validUntil`). */
const findingsOn = (index: number, findings: readonly Finding[]) => findings.filter((f) => f.path === `materials[${index}]` || f.path.startsWith(`materials[${index}].`));

const failing = (found: readonly Finding[]) => found.some((f) => f.severity === 'error');

/**
 * The checklist of a filing: each material it needs, present (held and without error), failing (held, but a finding
 * of severity error is on it) or missing. Where several materials would do, a sound one is preferred. Pure: the
 * findings come from the caller's run of the rules.
 */
export function checklist(profile: Profile, service: ServiceRef | undefined, provider: string | undefined, findings: readonly Finding[]): ChecklistItem[] {
  return materialsNeeded(profile, service, provider).map((n) => {
    const base = { kind: n.kind, owner: n.owner, required: n.required, reason: n.reason, source: n.source };
    const held = materialsFor(n, profile.materials).map((index) => ({ index, found: findingsOn(index, findings) }));
    const chosen = held.find((h) => !failing(h.found)) ?? held[0];
    if (!chosen) return { ...base, status: 'missing', findings: [] };
    return { ...base, status: failing(chosen.found) ? 'failing' : 'present', findings: chosen.found, material: `materials[${chosen.index}]` };
  });
}
