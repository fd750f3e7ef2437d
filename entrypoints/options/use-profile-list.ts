import { useRef, useState } from 'preact/hooks';
import { newestFirst, type ProfileStore, type ProfileSummary } from '../../src/profile/store';
import { runRules } from '../../src/rules/run-rules';
import type { SortKey } from '../../src/ui/ProfileList';

/** Beyond this many written profiles, the whole list is read again rather than their rows one by one. */
const REFRESH_AT_MOST = 500;

/**
 * The workspace's list of profiles: its rows (the first ones drawn from the index before the rest is read), the
 * search, order and ticked rows, and the error counts of the rows in view.
 */
export function useProfileList(store: ProfileStore, today: string) {
  const [summaries, setRows] = useState<ProfileSummary[]>([]);
  /** The rows as last set: a refresh merges into them without waiting for a render. */
  const rows = useRef<ProfileSummary[]>([]);
  const setSummaries = (next: ProfileSummary[]) => {
    rows.current = next;
    setRows(next);
  };
  const [errorCounts, setErrorCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [checked, setChecked] = useState<Set<string>>(new Set());
  // Until the whole list is read, the first rows stand alone: search, sort and the count wait for the rest.
  const [complete, setComplete] = useState(false);
  const [total, setTotal] = useState(0);

  async function reload() {
    const all = await store.summaries();
    setSummaries(all);
    setTotal(all.length);
    setComplete(true);
    setErrorCounts(new Map());
  }

  /**
   * The rows of these profiles read again after they were written (a save, profiles pulled from the team), the rest
   * kept as read: reading every summary again took a second with ten thousand stored.
   */
  async function refresh(ids: readonly string[]) {
    if (!complete || ids.length > REFRESH_AT_MOST) return reload();
    const fresh = (await store.summariesOf(ids)).filter((s) => s !== undefined);
    const written = new Set(ids);
    const next = [...rows.current.filter((s) => !written.has(s.id)), ...fresh].sort(newestFirst);
    setSummaries(next);
    setTotal(next.length);
    setErrorCounts((prev) => new Map([...prev].filter(([id]) => !written.has(id))));
  }

  /** The first rows and the count, shown before the whole list is read. */
  function first(rows: ProfileSummary[], count: number) {
    setSummaries(rows);
    setTotal(count);
  }

  /** The status column's error counts, computed for the rows in view only. */
  async function countErrors(ids: readonly string[]) {
    const missing = ids.filter((id) => !errorCounts.has(id));
    if (missing.length === 0) return;
    const counted = await Promise.all(
      missing.map(async (id) => {
        const record = await store.get(id);
        return [id, record ? runRules(record.profile, { today }).filter((f) => f.severity === 'error').length : 0] as const;
      }),
    );
    setErrorCounts((prev) => new Map([...prev, ...counted]));
  }

  /** On lock: no row, count, search or tick of any profile stays in the page. */
  function forget() {
    setSummaries([]);
    setTotal(0);
    setComplete(false);
    setErrorCounts(new Map());
    setChecked(new Set());
    setQuery('');
  }

  const toggle = (id: string, on: boolean) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return { summaries, errorCounts, query, setQuery, sort, setSort, checked, toggle, complete, total, reload, refresh, first, countErrors, forget };
}
