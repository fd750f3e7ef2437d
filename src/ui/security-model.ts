import type { FilingLogEntry } from '../profile/store';
import { personSchema, type Security } from '../profile/schema';
import { loggedStages } from '../timeline/review-deadlines';
import type { SecurityPerson } from './security-fields';

// What the 公安联网备案 section changes: the "same as the head" switch of its two people (checked = absent in the
// profile: the service's head), and the default 网站开通日期 from the filing log.

/**
 * The security block after the "same as the head" box of one person changes: checked drops the person (absent means
 * the service's head), unchecked gives them their own, empty fields to fill. Other fields are kept as they are.
 */
export function withSameAsHead(security: Security | undefined, who: SecurityPerson, same: boolean): Security {
  const next: Security = { ...security };
  if (same) delete next[who];
  else next[who] ??= personSchema.parse({});
  return next;
}

/** The day the filing log last records the ICP filing as approved (通过): the default 网站开通日期 (issue 18). */
export function approvalDay(log: readonly FilingLogEntry[] | undefined): string | undefined {
  return loggedStages(log ?? []).filter((s) => s.stage === 'approved').at(-1)?.day;
}
