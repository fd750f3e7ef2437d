import type { Profile } from '../profile/schema';
import type { FilingLogEntry, StoredProfile } from '../profile/store';
import { compareDeadlines, type Deadline, type TimelineOptions } from './deadline';
import { expiryDeadlines } from './expiry-deadlines';
import { loggedStages, reviewDeadlines } from './review-deadlines';
import { securityDeadlines } from './security-deadlines';

export type { Deadline } from './deadline';

/** What the timeline reads of one filing: the profile, its log, and who it is (absent for an unsaved profile). */
export type FilingOnRecord = { profile: Profile; log: readonly FilingLogEntry[]; profileId?: string; profileLabel?: string };

/** The next steps and deadlines of one filing as `today` sees them, earliest first. */
export function deadlinesOf(filing: FilingOnRecord, today: string, options: TimelineOptions = {}): Deadline[] {
  const owner = {
    ...(filing.profileId ? { profileId: filing.profileId } : {}),
    ...(filing.profileLabel ? { profileLabel: filing.profileLabel } : {}),
  };
  return [
    ...reviewDeadlines(filing.log, owner, today, options),
    ...securityDeadlines(filing.profile, loggedStages(filing.log), owner, today),
    ...expiryDeadlines(filing.profile, owner, today, options.horizonDays),
  ].sort(compareDeadlines);
}

/** Every profile's upcoming (and overdue) deadlines in one list, earliest first: the options page's agenda. */
export function agenda(profiles: readonly StoredProfile[], today: string, options: TimelineOptions = {}): Deadline[] {
  return profiles
    .flatMap((record) => deadlinesOf({ profile: record.profile, log: record.log, profileId: record.id, profileLabel: record.label }, today, options))
    .sort(compareDeadlines);
}
