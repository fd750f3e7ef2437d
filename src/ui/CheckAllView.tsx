import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STAGES } from '../profile/log-stages';
import type { ProfileStore } from '../profile/store';
import { bulkDeletes } from './bulk-delete';
import { applyFilter, checkProfile, filterChoices, NO_FILTER, totals, type CheckedProfile, type CheckFilter } from './check-all-model';
import { fieldName } from './field-names';
import { filingTypeText, stageText } from './filing-words';
import { SeverityIcon } from './icons';
import { colon, lang, oneLanguage } from './lang';
import './check-all.css';
import { mapInSlices } from './map-in-slices';

// "Check all" (全部检查): every stored profile's errors and warnings by field, checked a slice at a time with a
// progress bar, filtered by severity, filing type, status, province, provider or a search; each finding opens its
// profile at its field; the profiles shown can be exported or deleted (with undo) at once.

type Props = {
  store: Pick<ProfileStore, 'summaries' | 'get' | 'remove' | 'apply' | 'vault'>;
  today: string;
  /** Opens the profile in the editor and, given a path, goes to that field. */
  onJump: (id: string, path?: string) => void;
  onExport: (ids: readonly string[]) => void;
  /** Profiles were deleted (their ids) or restored (none): the workspace's list reloads. */
  onChanged: (deleted: readonly string[]) => void;
  onClose: () => void;
};

type Job = { label: string; done: number; total: number; cancel?: () => void };

/** Profiles drawn at once; thousands of findings in one go would freeze the page for nothing the agent reads. */
const PAGE = 50;
const FILING_KINDS = ['新增备案', '新增网站', '新增接入'] as const;
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function CheckAllView({ store, today, onJump, onExport, onChanged, onClose }: Props) {
  const bulk = useMemo(() => bulkDeletes(store), [store]);
  const [checked, setChecked] = useState<CheckedProfile[]>();
  const [job, setJob] = useState<Job>();
  const [filter, setFilter] = useState<CheckFilter>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE);
  const [confirming, setConfirming] = useState(false);
  const [undoable, setUndoable] = useState(0);
  const [message, setMessage] = useState('');
  const running = useRef<AbortController>();
  const confirmCancel = useRef<HTMLButtonElement>(null);

  async function run() {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const label = i18n.t('checkAllRunning');
    const cancel = () => controller.abort();
    setMessage('');
    setJob({ label, done: 0, total: 0, cancel });
    try {
      const ids = (await store.summaries()).map((s) => s.id);
      const result = await mapInSlices(ids, async (id) => {
        const record = await store.get(id);
        return record && checkProfile(record, today);
      }, { signal: controller.signal, onProgress: (done, total) => setJob({ label, done, total, cancel }) });
      setChecked(result);
    } catch (error) {
      if (isAbort(error)) setMessage(i18n.t('checkAllCancelled'));
      else setMessage(i18n.t('checkAllFailed', [oneLanguage(error instanceof Error ? error.message : String(error))]));
    } finally {
      if (running.current === controller) setJob(undefined);
    }
  }

  useEffect(() => {
    void run();
    void bulk.load().then((records) => setUndoable(records.length), () => setUndoable(0));
    return () => running.current?.abort();
  }, []);
  // The question takes the focus on Cancel, so Enter on a stray key press deletes nothing.
  useEffect(() => confirmCancel.current?.focus(), [confirming]);

  const entries = useMemo(() => (checked ? applyFilter(checked, filter) : []), [checked, filter]);
  const choices = useMemo(() => filterChoices(checked ?? []), [checked]);
  const sum = totals(entries);
  const ids = entries.map((e) => e.checked.id);
  const set = (change: Partial<CheckFilter>) => {
    setFilter((prev) => ({ ...prev, ...change }));
    setLimit(PAGE);
    setConfirming(false);
  };

  async function deleteShown() {
    setConfirming(false);
    const label = i18n.t('checkAllDeleting');
    setJob({ label, done: 0, total: ids.length });
    try {
      const removed = await bulk.remove(ids, { onProgress: (done, total) => setJob({ label, done, total }) });
      const gone = new Set(removed.map((r) => r.id));
      setChecked((prev) => prev?.filter((c) => !gone.has(c.id)));
      setUndoable(removed.length);
      onChanged([...gone]);
    } catch (error) {
      setMessage(oneLanguage(error instanceof Error ? error.message : String(error)));
    } finally {
      setJob(undefined);
    }
  }

  async function undo() {
    try {
      const restored = await bulk.undo();
      setUndoable(0);
      onChanged([]);
      await run();
      setMessage(i18n.t('checkAllRestored', restored));
    } catch (error) {
      setMessage(oneLanguage(error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <section id="check-all" class="check-all" aria-labelledby="check-all-title">
      <div class="check-all-head">
        <h2 id="check-all-title">{i18n.t('checkAllTitle')}</h2>
        <button type="button" id="check-all-rerun" disabled={Boolean(job)} onClick={() => void run()}>{i18n.t('checkAllRerun')}</button>
        <button type="button" id="check-all-close" onClick={onClose}>{i18n.t('checkAllClose')}</button>
      </div>
      {job && (
        <div class="progress" role="group" aria-labelledby="check-all-progress-label">
          <span id="check-all-progress-label">{job.label}</span>
          <progress id="check-all-progress" aria-label={job.label} max={Math.max(job.total, 1)} value={job.done} />
          <span class="progress-count">{job.done} / {job.total}</span>
          {job.cancel && <button type="button" id="check-all-cancel" onClick={job.cancel}>{i18n.t('checkAllCancel')}</button>}
        </div>
      )}
      {message && <p id="check-all-message" class="notice" role="status">{message}</p>}
      {undoable > 0 && (
        <button type="button" id="undo-bulk-delete" onClick={() => void undo()}>{i18n.t('checkAllUndo', undoable)}</button>
      )}
      {checked && (
        <>
          <fieldset class="check-all-filters">
            <legend>{i18n.t('checkAllFilters')}</legend>
            <label>
              <span>{i18n.t('checkAllSeverity')}</span>
              <select id="check-all-severity" value={filter.severity} onChange={(e) => set({ severity: e.currentTarget.value === 'error' || e.currentTarget.value === 'warning' ? e.currentTarget.value : '' })}>
                <option value="">{i18n.t('checkAllAny')}</option>
                <option value="error">{i18n.t('severityError')}</option>
                <option value="warning">{i18n.t('severityWarning')}</option>
              </select>
            </label>
            <label>
              <span>{i18n.t('filingType')}</span>
              <select id="check-all-type" value={filter.filingType} onChange={(e) => set({ filingType: FILING_KINDS.find((k) => k === e.currentTarget.value) ?? '' })}>
                <option value="">{i18n.t('checkAllAny')}</option>
                {FILING_KINDS.map((k) => <option key={k} value={k}>{filingTypeText(k)}</option>)}
              </select>
            </label>
            <label>
              <span>{i18n.t('status')}</span>
              <select id="check-all-status" value={filter.status} onChange={(e) => set({ status: e.currentTarget.value === 'unlogged' ? 'unlogged' : STAGES.find((s) => s === e.currentTarget.value) ?? '' })}>
                <option value="">{i18n.t('checkAllAny')}</option>
                <option value="unlogged">{i18n.t('checkAllStatusUnlogged')}</option>
                {STAGES.map((s) => <option key={s} value={s}>{stageText(s)}</option>)}
              </select>
            </label>
            <label>
              <span>{i18n.t('checkAllProvince')}</span>
              <select id="check-all-province" value={filter.province} onChange={(e) => set({ province: e.currentTarget.value })}>
                <option value="">{i18n.t('checkAllAny')}</option>
                {choices.provinces.map((p) => <option key={p} value={p} lang="zh-CN">{p}</option>)}
              </select>
            </label>
            <label>
              <span>{i18n.t('checkAllProvider')}</span>
              <select id="check-all-provider" value={filter.provider} onChange={(e) => set({ provider: e.currentTarget.value })}>
                <option value="">{i18n.t('checkAllAny')}</option>
                {choices.providers.map((p) => <option key={p} value={p} lang="zh-CN">{p}</option>)}
              </select>
            </label>
            <input
              id="check-all-search"
              type="search"
              aria-label={i18n.t('checkAllSearch')}
              placeholder={i18n.t('checkAllSearch')}
              value={filter.query}
              onInput={(e) => set({ query: e.currentTarget.value })}
            />
          </fieldset>
          <p id="check-all-totals" class="check-all-totals" aria-live="polite">
            {i18n.t('checkAllProfiles', sum.profiles)} · <span class="count-error">{i18n.t('errorsCount', sum.errors)}</span> · <span class="count-warning">{i18n.t('warningsCount', sum.warnings)}</span>
          </p>
          {entries.length > 0 && (
            <div class="check-all-bulk">
              <button type="button" id="check-all-export" onClick={() => onExport(ids)}>{i18n.t('checkAllExport', ids.length)}</button>
              <button type="button" id="check-all-delete" disabled={Boolean(job)} onClick={() => setConfirming(true)}>{i18n.t('checkAllDelete', ids.length)}</button>
            </div>
          )}
          {confirming && (
            <div id="check-all-confirm" class="dialog" role="alertdialog" aria-labelledby="check-all-confirm-text">
              <p id="check-all-confirm-text">{i18n.t('checkAllDeleteConfirm', ids.length)}</p>
              <button type="button" id="check-all-delete-confirm" onClick={() => void deleteShown()}>{i18n.t('delete')}</button>
              <button type="button" ref={confirmCancel} onClick={() => setConfirming(false)}>{i18n.t('cancel')}</button>
            </div>
          )}
          {checked.length === 0 && <p class="empty">{i18n.t('checkAllEmpty')}</p>}
          {checked.length > 0 && entries.length === 0 && <p class="empty">{i18n.t('checkAllNone')}</p>}
          <ul id="check-all-list" class="check-all-list">
            {entries.slice(0, limit).map(({ checked: c, findings }) => (
              <li key={c.id} class="check-all-profile" data-id={c.id}>
                <h3 class="check-all-profile-title">
                  <button type="button" class="check-all-open" aria-label={i18n.t('checkAllOpen', [c.label])} onClick={() => onJump(c.id)}>
                    <span class="data">{c.label}</span>
                  </button>
                </h3>
                <p class="check-all-meta">
                  <span class="data">{c.profile.subject.name}</span> · {c.filingTypes.map(filingTypeText).join(' / ')}
                  {c.province && <> · <span class="data">{c.province}</span></>}
                  {c.providers.length > 0 && <> · <span class="data">{c.providers.join(' / ')}</span></>}
                </p>
                {findings.length === 0 ? (
                  <p class="summary-none">{i18n.t('findingSummaryNone')}</p>
                ) : (
                  <ul class="check-all-findings">
                    {findings.map((f, i) => {
                      const name = fieldName(f.path, lang, c.profile);
                      return (
                        <li key={`${f.path}-${f.rule}-${i}`} class={f.severity}>
                          <button type="button" class="jump" data-path={f.path} data-rule={f.rule} title={f.path} aria-label={`${i18n.t('jumpTo', [name])}${colon}${f.message[lang]}`} onClick={() => onJump(c.id, f.path)}>
                            <SeverityIcon severity={f.severity} title={i18n.t(f.severity === 'error' ? 'severityError' : 'severityWarning')} />
                            <b class="summary-field">{name}</b> <span class="summary-message">{f.message[lang]}</span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {entries.length > limit && (
            <button type="button" id="check-all-more" onClick={() => setLimit(limit + PAGE)}>{i18n.t('checkAllMore', [String(Math.min(PAGE, entries.length - limit))])}</button>
          )}
        </>
      )}
    </section>
  );
}
