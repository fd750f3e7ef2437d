import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredProfile } from '../profile/store';
import { buildPeopleIndex, matchPeople, normaliseTerm, type PeopleIndex } from './people-search';

const NONE: ReadonlySet<string> = new Set();

/**
 * The ids of the profiles whose people (names, phones, ID numbers) match the query, for the list's search box. The
 * index is read from the unlocked profiles when a query first needs it and again after `version` changes (the list
 * was reloaded); it lives in memory only and is dropped the moment the store locks.
 */
export function usePeopleSearch(read: () => Promise<readonly StoredProfile[]>, version: unknown, query: string, unlocked: boolean): ReadonlySet<string> {
  const index = useRef<{ version: unknown; index: Promise<PeopleIndex> }>();
  const [matches, setMatches] = useState<ReadonlySet<string>>(NONE);
  useEffect(() => {
    if (!unlocked) index.current = undefined;
    if (!unlocked || !normaliseTerm(query)) {
      setMatches(NONE);
      return;
    }
    const held = index.current && index.current.version === version ? index.current : { version, index: read().then(buildPeopleIndex) };
    index.current = held;
    let live = true;
    held.index.then(
      (people) => live && setMatches(matchPeople(people, query)),
      () => {
        // Locked between the query and the read: the list's own search still answers, and the next query reads again.
        if (index.current === held) index.current = undefined;
        if (live) setMatches(NONE);
      },
    );
    return () => {
      live = false;
    };
  }, [query, version, unlocked]);
  return matches;
}
