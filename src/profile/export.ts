import { CURRENT_VERSION, PROFILE_SET_FORMAT, type Profile } from './schema';

/** The v2-only lists a website-only profile leaves out, so its document reads exactly as v1 did but for the version. */
const OPTIONAL_LISTS = ['apps', 'miniPrograms', 'materials'] as const;

/** A profile as written to a file: the schema's fields, nothing in-memory, empty v2-only lists left out. */
export type ProfileDocument = Omit<Profile, (typeof OPTIONAL_LISTS)[number]> & Partial<Pick<Profile, (typeof OPTIONAL_LISTS)[number]>>;
export type ProfileSetDocument = { format: typeof PROFILE_SET_FORMAT; version: typeof CURRENT_VERSION; profiles: ProfileDocument[] };

/** The interchange document for one profile. */
export function exportProfile(profile: Profile): ProfileDocument {
  const document: ProfileDocument = structuredClone(profile);
  for (const key of OPTIONAL_LISTS) if (document[key]?.length === 0) delete document[key];
  return document;
}

export function exportProfileSet(profiles: readonly Profile[]): ProfileSetDocument {
  return { format: PROFILE_SET_FORMAT, version: CURRENT_VERSION, profiles: profiles.map(exportProfile) };
}

/** Pretty JSON as files are written (two-space indent, trailing newline). */
export function toJson(document: ProfileDocument | ProfileSetDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
