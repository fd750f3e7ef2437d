import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProfileSummary } from '../profile/store';
import { FILING_TYPES, filingTypeText } from './filing-words';

// A virtualised list: only the rows in view are rendered, so 10,000 profiles open as fast as 10.

export const ROW_HEIGHT = 44;
const VIEW_HEIGHT = 560;
const OVERSCAN = 6;

export type SortKey = 'updated' | 'label' | 'subject';

/** A summary's filing type in the UI's language; one an older version wrote otherwise is shown as written. */
const filingTypeLabel = (type: string) => {
  const known = FILING_TYPES.find((t) => t === type);
  return known ? filingTypeText(known) : type;
};

const collator = new Intl.Collator('zh-CN');
const SORTS: Record<SortKey, (a: ProfileSummary, b: ProfileSummary) => number> = {
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  label: (a, b) => collator.compare(a.label, b.label),
  subject: (a, b) => collator.compare(a.subjectName, b.subjectName),
};

/**
 * Instant, substring search over what an agent remembers of a client; `alsoIds` are matched elsewhere (by the people
 * of the profile, which summaries do not hold).
 */
export function filterSummaries(all: readonly ProfileSummary[], query: string, sort: SortKey, alsoIds: ReadonlySet<string> = new Set()): ProfileSummary[] {
  const q = query.trim().toLowerCase();
  const hit = (s: ProfileSummary) =>
    !q || alsoIds.has(s.id) || [s.label, s.subjectName, s.certificateNumber, ...s.domains, ...s.recordNumbers, ...s.tags].some((v) => v.toLowerCase().includes(q));
  return all.filter(hit).sort(SORTS[sort]);
}

type Props = {
  items: readonly ProfileSummary[];
  /** The first rows are shown while the rest is still being read. */
  busy: boolean;
  selectedId: string | undefined;
  checked: ReadonlySet<string>;
  errorsOf: (id: string) => number | undefined;
  onOpen: (id: string) => void;
  onCheck: (id: string, on: boolean) => void;
  /** Told which rows are in view, so their status can be computed lazily. */
  onRange: (ids: readonly string[]) => void;
};

export function ProfileList({ items, busy, selectedId, checked, errorsOf, onOpen, onCheck, onRange }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const visible = useMemo(() => items.slice(first, last), [items, first, last]);
  useEffect(() => onRange(visible.map((s) => s.id)), [visible]);
  return (
    <div id="profile-list" class="list" aria-busy={busy} style={{ height: `${VIEW_HEIGHT}px`, overflowY: 'auto' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div style={{ height: `${items.length * ROW_HEIGHT}px`, position: 'relative' }}>
        {visible.map((s, i) => {
          const errors = errorsOf(s.id);
          return (
            <div
              key={s.id}
              class={`row${s.id === selectedId ? ' selected' : ''}`}
              data-id={s.id}
              style={{ position: 'absolute', top: `${(first + i) * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px`, left: 0, right: 0 }}
              onClick={() => onOpen(s.id)}
            >
              <input type="checkbox" aria-label={i18n.t('selectForExport', [s.label])} checked={checked.has(s.id)} onClick={(e) => e.stopPropagation()} onChange={(e) => onCheck(s.id, e.currentTarget.checked)} />
              {/* The row's click handler opens it; this button makes that reachable by Tab and Enter. */}
              <button type="button" class="row-open">
                <span class="row-label data">{s.label}</span>
                <span class="row-subject data">{s.subjectName}</span>
                <span class="row-status" data-errors={errors ?? ''}>
                  {filingTypeLabel(s.filingType)} · {errors === undefined ? '' : errors ? i18n.t('errorsCount', errors) : i18n.t('noErrors')}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
