import type { StoredProfile } from '../profile/store';
import { SLICE, yieldToEvents } from '../profile/yield';
import { agenda, preferredCalendar, type CalendarData, type Deadline } from '../timeline';
import { compareDeadlines } from '../timeline/deadline';

/** Where the memo reads profiles: their updatedAt without decrypting anything, and the records themselves by id. */
export type DeadlineSource = {
  stamps(): Promise<ReadonlyMap<string, string>>;
  /** The records with these ids, in order (undefined for one removed meanwhile); a locked vault refuses. */
  profiles(ids: readonly string[]): Promise<(StoredProfile | undefined)[]>;
};

export type DeadlineMemo = {
  /** Every stored profile's deadlines as `today` sees them, earliest first. */
  agenda(source: DeadlineSource, today: string, imported: CalendarData | undefined): Promise<Deadline[]>;
  /** Lets go of every profile's deadlines (labels and dates among them): on a lock. */
  forget(): void;
};

/**
 * Each profile's deadlines as last counted, by its updatedAt: a pass decrypts and counts again only the profiles
 * written since (a save, a pull from the team). Counting all of thousands held the worker for seconds after every save,
 * and the team's sync with it. Counted for one day and one holiday calendar; another day or calendar counts all again.
 */
export function deadlineMemo(): DeadlineMemo {
  let basis = '';
  let counted = new Map<string, { updatedAt: string; deadlines: Deadline[] }>();
  return {
    async agenda(source, today, imported) {
      const stamps = await source.stamps();
      const now = `${today}|${imported ? JSON.stringify(imported) : 'bundled'}`;
      if (now !== basis) {
        counted = new Map();
        basis = now;
      }
      // This pass's own: a forget() meanwhile (the vault locked) leaves what it counts to be dropped with it.
      const mine = counted;
      for (const id of mine.keys()) if (!stamps.has(id)) mine.delete(id);
      const stale = [...stamps].filter(([id, updatedAt]) => mine.get(id)?.updatedAt !== updatedAt);
      const options = { calendar: preferredCalendar(imported) };
      // A slice at a time: the worker answers messages between slices of a first count of thousands.
      for (let start = 0; start < stale.length; start += SLICE) {
        if (start > 0) await yieldToEvents();
        const slice = stale.slice(start, start + SLICE);
        const records = await source.profiles(slice.map(([id]) => id));
        // By the time it was read with: one written since is counted again by the next pass.
        for (const record of records) if (record) mine.set(record.id, { updatedAt: record.updatedAt, deadlines: agenda([record], today, options) });
      }
      return [...mine.values()].flatMap((c) => c.deadlines).sort(compareDeadlines);
    },
    forget() {
      counted = new Map();
      basis = '';
    },
  };
}
