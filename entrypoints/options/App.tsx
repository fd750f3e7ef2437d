import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { setAtPath } from '../../src/capture/to-profile';
import { isBackup, makeBackup, planBackupRestore } from '../../src/profile/backup';
import { exportProfile, exportProfileSet } from '../../src/profile/export';
import { importDocument, type ImportError } from '../../src/profile/import';
import { importInSlices } from '../../src/profile/import-chunked';
import { CURRENT_VERSION, PROFILE_FORMAT, profileSchema, type Profile } from '../../src/profile/schema';
import { readyToSave } from '../../src/profile/ready-to-save';
import { openStore, planImport, profileStore, VaultLockedError, type ImportPlan, type ProfileSummary, type StoredProfile } from '../../src/profile/store';
import { runRules, todayInChina } from '../../src/rules/run-rules';
import { downloadJson } from '../../src/ui/download';
import { decryptDocument, encryptDocument, isEncryptedDocument } from '../../src/vault/encrypted-export';
import { sessionKeys } from '../../src/vault/session';
import { drafts, type Draft } from '../../src/ui/drafts';
import { exportName } from '../../src/ui/export-names';
import { filesToImport, type NamedText } from '../../src/ui/import-files';
import { PasswordDialog, type PasswordAsk } from '../../src/ui/PasswordDialog';
import { useVaultStatus } from '../../src/ui/use-vault-status';
import { FindingSummary } from '../../src/ui/FindingSummary';
import { JobProgress, type Job } from '../../src/ui/JobProgress';
import { colon, lang, oneLanguage, say } from '../../src/ui/lang';
import { ProfileEditor } from '../../src/ui/ProfileEditor';
import { filterSummaries, ProfileList, type SortKey } from '../../src/ui/ProfileList';
import { RecordMeta } from '../../src/ui/RecordMeta';
import { controlFor, sectionsOf } from '../../src/ui/sections';
import { VaultPanel } from '../../src/ui/VaultPanel';
import { CheckAllView } from '../../src/ui/CheckAllView';
import { neighbour, useShortcuts } from '../../src/ui/shortcuts';
import { usePeopleSearch } from '../../src/ui/use-people-search';

const store = profileStore(openStore(), undefined, sessionKeys());
const { clearDeleted, clearDraft, loadDeleted, loadDraft, saveDeleted, saveDraft } = drafts(store.vault);
const today = todayInChina();
const blank = (): Profile => profileSchema.parse({ format: PROFILE_FORMAT, version: CURRENT_VERSION, subject: {}, websites: [{}] });
/** More than a screenful of rows: drawn from the index at once, before the whole list is read. */
const FIRST_ROWS = 30;
/** A preview lists this many labels of each kind; thousands of rows would tell the agent nothing more. */
const PREVIEW_ROWS = 100;
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const EXPORT_SLICE = 250;

export function App() {
  const [summaries, setSummaries] = useState<ProfileSummary[]>([]);
  const [record, setRecord] = useState<StoredProfile>();
  const [errorCounts, setErrorCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<{ id?: string; profile: Profile } | undefined>();
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState('');
  const [deleted, setDeleted] = useState<StoredProfile | undefined>();
  const [importState, setImportState] = useState<{ plan: ImportPlan } | { errors: ImportError[] } | undefined>();
  const [job, setJob] = useState<Job>();
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [focusPath, setFocusPath] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  /** After a cancel the focus goes back where the import began, not to the page's start. */
  const cancelled = () => {
    setNotice(i18n.t('importCancelled'));
    importButton.current?.focus();
  };
  const importConfirm = useRef<HTMLButtonElement>(null);
  // The preview takes the focus, so a keyboard user answers it at once (Enter imports, Tab reaches Cancel).
  useEffect(() => importConfirm.current?.focus(), [importState]);

  /** Runs long work with a progress bar; `cancellable` work gets a Cancel button that aborts its signal. */
  async function withProgress<T>(label: string, cancellable: boolean, work: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const cancel = cancellable ? () => controller.abort() : undefined;
    setJob({ label, done: 0, total: 0, ...(cancel ? { cancel } : {}) });
    try {
      return await work(controller.signal, (done, total) => setJob({ label, done, total, ...(cancel ? { cancel } : {}) }));
    } finally {
      setJob(undefined);
    }
  }

  const toggleSection = (id: string) =>
    setClosed((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  /** Opens every section around the finding's field, then (after that render) focuses the field. */
  function jump(path: string) {
    const around = sectionsOf(path);
    setClosed((prev) => new Set([...prev].filter((id) => !around.includes(id))));
    setFocusPath(path);
  }
  useEffect(() => {
    if (!focusPath) return;
    const control = controlFor(document, focusPath);
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
    setFocusPath(undefined);
  }, [focusPath]);

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

  const [quarantined, setQuarantined] = useState(0);
  const [locked, setLocked] = useState(false);
  const vaultStatus = useVaultStatus(store.vault);
  /** A save that met a locked vault: it is done once the vault is unlocked again. */
  const [pendingSave, setPendingSave] = useState(false);
  /** An edit the lock came too fast to seal: held (never shown) until the unlock seals it as the draft. */
  const unsealed = useRef<Draft>();
  const draftWrites = useRef<Promise<void>>(Promise.resolve());

  /** The draft written in the order the edits were made, so a slow write never overtakes a newer one. */
  function keepDraft(draft: Draft): Promise<void> {
    draftWrites.current = draftWrites.current
      .then(() => saveDraft(draft))
      .then(
        () => {
          unsealed.current = undefined;
        },
        (error: unknown) => {
          if (error instanceof VaultLockedError) unsealed.current = draft;
          else setNotice(i18n.t('draftNotKept', [oneLanguage(error instanceof Error ? error.message : String(error))]));
        },
      );
    return draftWrites.current;
  }

  /** On lock, the page lets go of every profile it shows: list, editor, summary, search, previews. */
  function forget() {
    setLocked(true);
    setSummaries([]);
    setTotal(0);
    setComplete(false);
    setRecord(undefined);
    setEditing(undefined);
    setDirty(false);
    setDeleted(undefined);
    setImportState(undefined);
    setErrorCounts(new Map());
    setChecked(new Set());
    setQuery('');
    setNotice('');
    setAsk((open) => (open?.answer(undefined), undefined));
  }
  const wasLocked = useRef<boolean>();
  useEffect(() => {
    if (!vaultStatus) return;
    const before = wasLocked.current;
    wasLocked.current = vaultStatus.locked;
    if (vaultStatus.locked) forget();
    else if (before === true) void load();
  }, [vaultStatus?.locked]);
  /** Everything the workspace shows comes from the store: while the vault is locked, only the unlock form. */
  async function load() {
    // The first rows are asked for beside the vault's state, not after it; a locked vault refuses them, unseen.
    const first = complete ? undefined : Promise.all([store.newest(FIRST_ROWS), store.count()]);
    first?.catch(() => undefined);
    if ((await store.vault.status()).locked) {
      setLocked(true);
      return;
    }
    setLocked(false);
    // What the lock came too fast to seal is sealed now, before the draft is read back.
    const held = unsealed.current;
    if (held) await keepDraft(held);
    if (first) {
      const [rows, count] = await first;
      setSummaries(rows);
      setTotal(count);
    }
    await reload();
    setQuarantined((await store.quarantined()).length);
    setDeleted(await loadDeleted());
    const draft = await loadDraft();
    if (draft) {
      if (draft.id) void store.get(draft.id).then((r) => r && setRecord(r));
      setEditing({ ...(draft.id ? { id: draft.id } : {}), profile: draft.profile });
      setDirty(true);
      setNotice(i18n.t('restoredDraft'));
    }
  }
  useEffect(() => {
    void load();
  }, []);

  const [checkAll, setCheckAll] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const people = usePeopleSearch(() => store.list(), summaries, query, !locked && !vaultStatus?.locked);
  const visible = useMemo(() => filterSummaries(summaries, query, sort, people), [summaries, query, sort, people]);
  /** Opens another profile (and a field of it) unless that would drop unsaved edits. */
  function go(id: string | undefined, path?: string) {
    if (!id) return;
    setCheckAll(false);
    if (dirty && id !== editing?.id) return setNotice(i18n.t('shortcutSaveFirst'));
    void open(id).then(() => path && jump(path));
  }
  useShortcuts({
    save: () => void save(),
    search: () => searchBox.current?.focus(),
    next: () => go(neighbour(visible.map((s) => s.id), editing?.id, 1)),
    previous: () => go(neighbour(visible.map((s) => s.id), editing?.id, -1)),
  });
  const findings = useMemo(() => (editing ? runRules(editing.profile, { today }) : []), [editing]);

  function edit(next: { id?: string; profile: Profile }) {
    setEditing(next);
    setDirty(true);
    void keepDraft({ ...(next.id ? { id: next.id } : {}), profile: next.profile, at: new Date().toISOString() });
  }
  const onChange = (path: string, value: unknown) => {
    if (!editing) return;
    const profile = structuredClone(editing.profile);
    setAtPath(profile as unknown as Record<string, unknown>, path, value);
    edit({ ...editing, profile });
  };

  async function open(id: string) {
    const record = await store.get(id);
    if (!record) return;
    setRecord(record);
    setEditing({ id, profile: record.profile });
    setDirty(false);
    setNotice('');
    await clearDraft();
  }

  /** Stores the edit; a refusal or a failure says why on the page and keeps the edit (and its draft) as it is. */
  async function save() {
    if (!editing) return;
    const ready = readyToSave(editing.profile);
    if (!ready.ok) {
      setNotice(say(ready.message));
      jump(ready.path);
      return;
    }
    const draft: Draft = { ...(editing.id ? { id: editing.id } : {}), profile: ready.profile, at: new Date().toISOString() };
    try {
      await draftWrites.current;
      const record = await store.put(ready.profile, editing.id);
      setEditing({ id: record.id, profile: record.profile });
      setDirty(false);
      await clearDraft();
      await reload();
      setNotice(i18n.t('saved'));
    } catch (error) {
      if (error instanceof VaultLockedError) {
        // The lock came first: the edit is held for the unlock form, sealed as the draft and saved once unlocked.
        unsealed.current = draft;
        setPendingSave(true);
        forget();
        return;
      }
      setNotice(i18n.t('saveFailed', [oneLanguage(error instanceof Error ? error.message : String(error))]));
    }
  }
  // After the unlock the draft is back in the editor: the save that waited for it runs now.
  useEffect(() => {
    if (!pendingSave || locked || !editing) return;
    setPendingSave(false);
    void save();
  }, [pendingSave, locked, editing]);

  async function remove() {
    if (!editing?.id) return;
    const record = await store.remove(editing.id);
    if (record) {
      await saveDeleted(record);
      setDeleted(record);
    }
    setEditing(undefined);
    await clearDraft();
    await reload();
  }

  async function undoDelete() {
    if (!deleted) return;
    await store.apply([deleted]);
    await clearDeleted();
    setDeleted(undefined);
    await reload();
    await open(deleted.id);
  }

  function duplicate() {
    if (!editing) return;
    const copy = structuredClone(editing.profile);
    copy.label = i18n.t('copyOf', [copy.label]);
    copy.subject.recordNumber = '';
    for (const site of copy.websites) site.recordNumber = '';
    edit({ profile: copy });
  }

  const [ask, setAsk] = useState<PasswordAsk & { answer: (password: string | undefined) => void }>();
  /** The password, typed in the page's own masked field; undefined when the agent cancels. */
  const askPassword = (title: string, repeat: boolean) => new Promise<string | undefined>((answer) => setAsk({ title, repeat, answer }));

  /** Every profile with its tags and filing log, sealed with a password asked for twice. */
  async function exportEncrypted() {
    const password = await askPassword(i18n.t('encryptedExportPassword'), true);
    if (!password) return;
    downloadJson(exportName('encrypted', new Date(), lang), await encryptDocument(await fullBackup(), password));
  }

  /** What one file adds: its profiles (or its backup's records), or its errors, the paths prefixed with its name. */
  async function readOne(file: NamedText): Promise<{ plan: ImportPlan } | { errors: ImportError[] } | 'cancelled' | 'declined'> {
    const named = (errors: readonly ImportError[]) => (file.many ? errors.map((e) => ({ ...e, path: e.path ? `${file.name} › ${e.path}` : file.name })) : [...errors]);
    let parsed: unknown = file.text;
    try {
      parsed = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    } catch {
      // not JSON: importInSlices below says where, or what kind of file is accepted
    }
    if (isEncryptedDocument(parsed)) {
      const password = await askPassword(`${i18n.t('encryptedImportPassword')}${file.many ? ` (${file.name})` : ''}`, false);
      if (password === undefined) return 'declined';
      const opened = await decryptDocument(parsed, password);
      if (opened === undefined) return { errors: named([{ path: '', message: i18n.t('encryptedWrongPassword') }]) };
      return readOne({ ...file, text: JSON.stringify(opened) });
    }
    if (isBackup(parsed)) {
      const restore = planBackupRestore(parsed, await store.list());
      return restore.ok ? { plan: restore.plan } : { errors: named(restore.errors) };
    }
    const result = await withProgress(i18n.t('importReading'), true, (signal, onProgress) => importInSlices(file.text, { signal, onProgress }));
    if ('cancelled' in result) return 'cancelled';
    if (!result.ok) return { errors: named(result.errors) };
    return { plan: planImport(result.profiles, await store.list(), new Date().toISOString()) };
  }

  /** Several files at once (dropped or chosen) make one preview, or one list of what is wrong with any of them. */
  async function readImports(files: readonly File[]) {
    const texts = await filesToImport(files);
    const plans: ImportPlan[] = [];
    const errors: ImportError[] = [];
    for (const file of texts) {
      const one = await readOne(file);
      if (one === 'cancelled') return cancelled();
      if (one === 'declined') continue;
      if ('plan' in one) plans.push(one.plan);
      else errors.push(...one.errors);
    }
    if (errors.length) setImportState({ errors });
    else if (plans.length) setImportState({ plan: { add: plans.flatMap((p) => p.add), replace: plans.flatMap((p) => p.replace) } });
  }

  async function confirmImport() {
    if (!importState || !('plan' in importState)) return;
    const { plan } = importState;
    setImportState(undefined);
    try {
      await withProgress(i18n.t('importWriting'), true, (signal, onProgress) => store.apply([...plan.add, ...plan.replace.map((r) => r.incoming)], { signal, onProgress }));
    } catch (error) {
      // A full disk says so, with nothing changed (the store aborted its one transaction).
      if (isAbort(error)) cancelled();
      else setNotice(error instanceof Error ? oneLanguage(error.message) : String(error));
    }
    await reload();
  }

  /** Records read a slice at a time, so exporting thousands of profiles shows a moving bar instead of a frozen page. */
  async function readRecords(ids: readonly string[] | 'all', onProgress: (done: number, total: number) => void): Promise<StoredProfile[]> {
    const wanted = ids === 'all' ? (await store.summaries()).map((s) => s.id) : ids;
    const records: StoredProfile[] = [];
    onProgress(0, wanted.length);
    for (let start = 0; start < wanted.length; start += EXPORT_SLICE) {
      const slice = await Promise.all(wanted.slice(start, start + EXPORT_SLICE).map((id) => store.get(id)));
      records.push(...slice.filter((r): r is StoredProfile => Boolean(r)));
      onProgress(Math.min(start + EXPORT_SLICE, wanted.length), wanted.length);
    }
    return records;
  }

  const exportSome = (ids: readonly string[] | 'all', name: string) =>
    withProgress(i18n.t('exporting'), false, async (_signal, onProgress) => downloadJson(name, exportProfileSet((await readRecords(ids, onProgress)).map((r) => r.profile))));

  /** Every profile with its tags and filing log. */
  const fullBackup = () => withProgress(i18n.t('exporting'), false, async (_signal, onProgress) => makeBackup(await readRecords('all', onProgress), new Date().toISOString()));

  const vaultPanel = <VaultPanel vault={store.vault} beforeLock={() => draftWrites.current} {...(pendingSave ? { lockedNote: i18n.t('unlockToSave') } : {})} />;
  // Locked, the page is the unlock form and nothing else: no list, search, editor or summary of any profile.
  if (locked || vaultStatus?.locked) return <main class="locked-workspace">{vaultPanel}</main>;

  return (
    <div
      class="workspace"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void readImports([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <aside>
        <h1>{i18n.t('profiles')}</h1>
        <input id="search" ref={searchBox} aria-keyshortcuts="/ Control+K" type="search" aria-label={i18n.t('search')} placeholder={i18n.t('search')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        <select id="sort" aria-label={i18n.t('sortBy')} value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
          <option value="updated">{i18n.t('sortUpdated')}</option>
          <option value="label">{i18n.t('sortLabel')}</option>
          <option value="subject">{i18n.t('sortSubject')}</option>
        </select>
        <div class="toolbar">
          <button id="new" onClick={() => edit({ profile: blank() })}>{i18n.t('newProfile')}</button>
          <button id="check-all-open" aria-pressed={checkAll} onClick={() => setCheckAll(!checkAll)}>{i18n.t('checkAll')}</button>
          {/* A real button, so the keyboard reaches it; it opens the hidden file input's chooser. */}
          <button id="import" ref={importButton} onClick={() => fileInput.current?.click()}>
            {i18n.t('import')}
          </button>
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            accept="application/json,.json"
            multiple
            hidden
            onChange={(e) => {
              const input = e.currentTarget;
              void readImports([...(input.files ?? [])]);
              input.value = ''; // the same file chosen again is a new import
            }}
          />
          <button id="export-selected" disabled={checked.size === 0} onClick={() => void exportSome([...checked], exportName('selected', new Date(), lang))}>{i18n.t('exportSelected')}</button>
          <button id="export-all" onClick={() => void exportSome('all', exportName('all', new Date(), lang))}>{i18n.t('exportAll')}</button>
          <button id="export-encrypted" onClick={() => void exportEncrypted()}>{i18n.t('exportEncrypted')}</button>
          <button id="backup" onClick={() => void fullBackup().then((backup) => downloadJson(exportName('backup', new Date(), lang), backup))}>{i18n.t('backup')}</button>
        </div>
        {deleted && <button id="undo-delete" onClick={() => void undoDelete()}>{i18n.t('undoDelete')}{colon}{deleted.label}</button>}
        <p class="count">{complete ? visible.length : '…'} / {total}</p>
        <ProfileList
          items={visible}
          busy={!complete}
          selectedId={editing?.id}
          checked={checked}
          errorsOf={(id) => errorCounts.get(id)}
          onRange={(ids) => void countErrors(ids)}
          onOpen={(id) => void open(id)}
          onCheck={(id, on) => setChecked((prev) => { const next = new Set(prev); if (on) next.add(id); else next.delete(id); return next; })}
        />
        <p class="drop-hint">{i18n.t('dropHere')}</p>
        <p class="shortcuts-hint">{i18n.t('shortcutsHint')}</p>
      </aside>
      <main>
        {vaultPanel}
        {ask && <PasswordDialog title={ask.title} repeat={ask.repeat} onDone={(password) => (setAsk(undefined), ask.answer(password))} />}
        {quarantined > 0 && <p id="quarantined" role="alert">{i18n.t('quarantined', quarantined)}</p>}
        {importState && 'errors' in importState && (
          <div id="import-errors" class="dialog">
            <h2>{i18n.t('importRefused')}</h2>
            <ul>{importState.errors.map((e, i) => <li key={i}><code>{e.path || i18n.t('wholeDocument')}</code>{colon}{oneLanguage(e.message)}</li>)}</ul>
            <button onClick={() => setImportState(undefined)}>{i18n.t('cancel')}</button>
          </div>
        )}
        {importState && 'plan' in importState && (
          <div id="import-preview" class="dialog">
            <h2>{i18n.t('importPreview')}</h2>
            <p>{i18n.t('importAdd')}{colon}{importState.plan.add.length}</p>
            <ul class="import-add data">{importState.plan.add.slice(0, PREVIEW_ROWS).map((r) => <li key={r.id}>{r.label}</li>)}</ul>
            {importState.plan.add.length > PREVIEW_ROWS && <p class="import-more">{i18n.t('importMore', [String(importState.plan.add.length - PREVIEW_ROWS)])}</p>}
            <p>{i18n.t('importReplace')}{colon}{importState.plan.replace.length}</p>
            <ul class="import-replace data">{importState.plan.replace.slice(0, PREVIEW_ROWS).map((r) => <li key={r.existing.id}>{r.existing.label}</li>)}</ul>
            {importState.plan.replace.length > PREVIEW_ROWS && <p class="import-more">{i18n.t('importMore', [String(importState.plan.replace.length - PREVIEW_ROWS)])}</p>}
            <button id="import-confirm" ref={importConfirm} onClick={() => void confirmImport()}>{i18n.t('importConfirm')}</button>
            <button onClick={() => setImportState(undefined)}>{i18n.t('cancel')}</button>
          </div>
        )}
        {job && <JobProgress job={job} />}
        {notice && <p id="notice" class="notice">{notice}</p>}
        {checkAll && (
          <CheckAllView
            store={store}
            today={today}
            onJump={(id, path) => go(id, path)}
            onExport={(ids) => void exportSome(ids, exportName('selected', new Date(), lang))}
            onChanged={(gone) => (editing?.id && gone.includes(editing.id) && setEditing(undefined), void reload())}
            onClose={() => setCheckAll(false)}
          />
        )}
        {!editing && !checkAll && <p class="empty">{i18n.t('nothingSelected')}</p>}
        {editing && !checkAll && (
          <>
            <div class="actions">
              <button id="save" class="primary" aria-keyshortcuts="Control+S" onClick={() => void save()}>{i18n.t('save')}</button>
              {dirty && <span id="dirty" class="dirty">{i18n.t('unsaved')}</span>}
              <button id="duplicate" onClick={duplicate}>{i18n.t('duplicate')}</button>
              {editing.id && <button id="export-one" onClick={() => downloadJson(exportName('one', new Date(), lang, editing.profile.label), exportProfile(editing.profile))}>{i18n.t('exportOne')}</button>}
              {editing.id && <button id="delete" onClick={() => void remove()}>{i18n.t('delete')}</button>}
              <FindingSummary profile={editing.profile} findings={findings} onJump={jump} />
            </div>
            {editing.id && record?.id === editing.id && (
              <RecordMeta key={record.id} record={record} onSave={(meta) => void store.updateMeta(record.id, meta).then((r) => r && (setRecord(r), reload()))} />
            )}
            <ProfileEditor profile={editing.profile} findings={findings} onChange={onChange} onProfile={(profile) => edit({ ...editing, profile })} closed={closed} onToggle={toggleSection} />
          </>
        )}
      </main>
    </div>
  );
}

