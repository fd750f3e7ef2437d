import { useEffect, useState } from 'preact/hooks';
import { recentFirst, type ProfileStore, type ProfileSummary } from '../../src/profile/store';
import type { Profile } from '../../src/profile/schema';
import { useVaultStatus } from '../../src/ui/use-vault-status';
import { recentProfiles, type RecentProfiles } from './start';

// The popup's profiles: the recent few at once, every one when the agent searches, the one chosen (read whole), and
// nothing at all while the vault is locked.

type Options = {
  store: ProfileStore;
  /** The recent profiles asked for before the first render (start.ts). */
  first: Promise<RecentProfiles>;
  /** How many rows the list shows. */
  limit: number;
  /** A lock came: the popup drops whatever else it shows of a profile (findings, report, gate). */
  onLock: () => void;
};

export function usePopupProfiles({ store, first, limit, onLock }: Options) {
  const [profiles, setProfiles] = useState<ProfileSummary[]>([]);
  const [locked, setLocked] = useState(false);
  const [listed, setListed] = useState(false);
  const [query, setQuery] = useState('');
  const [profileId, setProfileId] = useState('');
  const [selected, setSelected] = useState<Profile>();

  function showProfiles(answer: RecentProfiles) {
    setLocked(answer.locked);
    setListed(true);
    if (answer.locked) return;
    setProfiles(answer.recent);
    if (answer.recent[0]) setProfileId(answer.recent[0].id);
  }
  const loadProfiles = async () => showProfiles(await recentProfiles(store, limit));

  // A lock anywhere (another page, the idle alarm, the API) empties the popup at once; an unlock lists again.
  const vault = useVaultStatus(store.vault);
  useEffect(() => {
    if (!vault) return;
    if (vault.locked) {
      setLocked(true);
      setProfiles([]);
      setProfileId('');
      setSelected(undefined);
      setQuery('');
      setAllLoaded(false);
      onLock();
    } else if (locked) void loadProfiles();
  }, [vault?.locked]);

  // Every profile, for search: read when the agent goes to search, so opening the popup reads only the recent few.
  const [allLoaded, setAllLoaded] = useState(false);
  async function loadAll() {
    if (allLoaded || locked) return;
    setAllLoaded(true);
    const all = await store.summaries();
    setProfiles(all.sort(recentFirst));
  }

  useEffect(() => {
    void first.then(showProfiles);
  }, []);
  useEffect(() => {
    if (profileId) void store.get(profileId).then((r) => setSelected(r?.profile), () => setSelected(undefined));
  }, [profileId]);

  // A popup list of thousands is unusable and slow to draw: show the most recent matches; search finds the rest.
  const visible = profiles.filter((p) => !query || `${p.label} ${p.subjectName} ${p.certificateNumber} ${p.domains.join(' ')}`.includes(query)).slice(0, limit);

  return { profiles, visible, locked, listed, query, setQuery, loadAll, profileId, setProfileId, selected };
}
