import type { Profile } from '../profile/schema';
import type { ServiceRef } from '../profile/service';
import { mergeNeeds, type Need } from './need';
import { scopeOf } from './scope';
import { serviceNeeds } from './service-needs';
import { subjectNeeds } from './subject-needs';

export type { Accepted, MaterialKind, Need } from './need';

/**
 * The materials a filing needs (icp:checklist), given the subject's 性质 and province, the service (all of the
 * profile's when undefined) and the provider the agent files through (an adapter id or a provider name; each
 * service's own 接入服务商 when undefined). Subject needs first, then each service's, one per kind and owner.
 */
export function materialsNeeded(profile: Profile, service: ServiceRef | undefined, provider?: string): Need[] {
  const scope = scopeOf(profile, service, provider?.trim() || undefined);
  return mergeNeeds([...subjectNeeds(scope), ...scope.services.flatMap((s) => serviceNeeds(scope, s))]);
}
