import { CURRENT_VERSION, PROFILE_SET_FORMAT, type Profile, type ProfileSet } from './schema';

/** The interchange document for one profile: exactly the schema's fields, nothing in-memory. */
export function exportProfile(profile: Profile): Profile {
  return structuredClone(profile);
}

export function exportProfileSet(profiles: readonly Profile[]): ProfileSet {
  return { format: PROFILE_SET_FORMAT, version: CURRENT_VERSION, profiles: profiles.map(exportProfile) };
}

/** Pretty JSON as files are written (two-space indent, trailing newline). */
export function toJson(document: Profile | ProfileSet): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
