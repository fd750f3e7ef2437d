import type { Person, Profile } from '../profile/schema';
import type { StoredProfile } from '../profile/store';

// Search by what an agent remembers of a client's people: a 负责人's name, phone or ID number. These values are never
// added to the store's indexes or summaries (which are kept in clear while the vault is off); they are read from
// the unlocked profiles into memory, here, and dropped with the page or on lock.

/** Lower case, with the spaces and dashes people type inside phone and ID numbers taken out. */
export const normaliseTerm = (value: string): string => value.toLowerCase().replace(/[\s\-－—]+/g, '');

function personTerms(person: Person): string[] {
  return [person.name, person.certificate.number, person.officePhone, person.emergencyPhone, ...person.mobiles];
}

/** Every 负责人's name, phones and certificate number in a profile, normalised, empty values left out. */
export function peopleTerms(profile: Profile): string[] {
  const heads = [profile.subject.head, ...profile.websites.map((w) => w.head), ...profile.apps.map((a) => a.head), ...profile.miniPrograms.map((m) => m.head)];
  const all = heads.flatMap(personTerms).map(normaliseTerm);
  return [...new Set(all.filter(Boolean))];
}

/** Profile id → its people's terms. */
export type PeopleIndex = ReadonlyMap<string, readonly string[]>;

export const buildPeopleIndex = (records: readonly StoredProfile[]): PeopleIndex => new Map(records.map((r) => [r.id, peopleTerms(r.profile)]));

/** True when one of the terms holds the query (substring, as the list's own search is). */
export function termsMatch(terms: readonly string[], query: string): boolean {
  const q = normaliseTerm(query);
  return q !== '' && terms.some((term) => term.includes(q));
}

/** The ids of the profiles one of whose people matches the query. */
export function matchPeople(index: PeopleIndex, query: string): Set<string> {
  const found = new Set<string>();
  if (!normaliseTerm(query)) return found;
  for (const [id, terms] of index) if (termsMatch(terms, query)) found.add(id);
  return found;
}
