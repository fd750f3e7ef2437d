import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { setAtPath } from '../../src/capture/to-profile';
import { exportProfile } from '../../src/profile/export';
import { CURRENT_VERSION, PROFILE_FORMAT, profileSchema, type Profile } from '../../src/profile/schema';
import { readyToSave } from '../../src/profile/ready-to-save';
import { openStore, profileStore, VaultLockedError, type StoredProfile } from '../../src/profile/store';
import { runRules, todayInChina } from '../../src/rules/run-rules';
import { downloadJson } from '../../src/ui/download';
import { sessionKeys } from '../../src/vault/session';
import { drafts, type Draft } from '../../src/ui/drafts';
import { exportName } from '../../src/ui/export-names';
import { useVaultStatus } from '../../src/ui/use-vault-status';
import { useStoreChanged } from '../../src/ui/use-store-changed';
import { FindingSummary } from '../../src/ui/FindingSummary';
import { colon, lang, oneLanguage, say } from '../../src/ui/lang';
import { ProfileEditor } from '../../src/ui/ProfileEditor';
import { filterSummaries, ProfileList, type SortKey } from '../../src/ui/ProfileList';
import { RecordMeta } from '../../src/ui/RecordMeta';
import { controlFor, sectionsOf } from '../../src/ui/sections';
import { VaultPanel } from '../../src/ui/VaultPanel';
import { LockNow, SettingsView } from '../../src/ui/SettingsView';
import { FirstRun } from '../../src/ui/FirstRun';
import { importDocument } from '../../src/profile/import';
import { browser } from 'wxt/browser';
import { TransferDialogs } from './TransferDialogs';
import { useProfileList } from './use-profile-list';
import { useTransfer } from './use-transfer';
import { CheckAllView } from '../../src/ui/CheckAllView';
import { AgendaView } from '../../src/ui/AgendaView';
import { announceDeadlinesChanged } from '../../src/ui/deadlines-changed';
import { parseProfileLink } from '../../src/ui/profile-link';
import { neighbour, useShortcuts } from '../../src/ui/shortcuts';
import { usePeopleSearch } from '../../src/ui/use-people-search';
import { approvalDay } from '../../src/ui/security-model';
import { askBackground, TeamPanel } from '../../src/ui/TeamPanel';
import { ConflictBanner, ConflictView } from '../../src/ui/ConflictView';
import { HistoryView } from '../../src/ui/HistoryView';
import { syncStatusAnswerSchema } from '../../src/messaging/protocol';

const store = profileStore(openStore(), undefined, sessionKeys());
const { clearDeleted, clearDraft, loadDeleted, loadDraft, saveDeleted, saveDraft } = drafts(store.vault);
const today = todayInChina();
const blank = (): Profile => profileSchema.parse({ format: PROFILE_FORMAT, version: CURRENT_VERSION, subject: {}, websites: [{}] });
/** More than a screenful of rows: drawn from the index at once, before the whole list is read. */
const FIRST_ROWS = 30;

export function App() {
  const [record, setRecord] = useState<StoredProfile>();
  const [editing, setEditing] = useState<{ id?: string; profile: Profile } | undefined>();
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState('');
  const [deleted, setDeleted] = useState<StoredProfile | undefined>();
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [focusPath, setFocusPath] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const list = useProfileList(store, today);
  const { summaries, errorCounts, query, setQuery, sort, setSort, checked, complete, total, reload, refresh } = list;
  const transfer = useTransfer(store, setNotice, reload);
  const { importButton, readImports, exportSome, fullBackup, exportEncrypted } = transfer;

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
    knownReload.current = true;
    setLocked(true);
    list.forget();
    setRecord(undefined);
    setEditing(undefined);
    setDirty(false);
    setDeleted(undefined);
    transfer.forget();
    setNotice('');
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
    if (first) list.first(...(await first));
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
  const [agendaOpen, setAgendaOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** Check all, the agenda and Settings each take the editor's place; at most one is open. */
  const showOnly = (view?: 'checkAll' | 'agenda' | 'settings') => (setCheckAll(view === 'checkAll'), setAgendaOpen(view === 'agenda'), setSettingsOpen(view === 'settings'));
  const [teamOpen, setTeamOpen] = useState(false);
  const [conflictOpen, setConflictOpen] = useState(false);
  /** The agent's CouchDB user name while in a team: new filing-log entries record it. */
  const [teamUser, setTeamUser] = useState<string>();
  useEffect(() => {
    void askBackground({ type: 'icp:sync:status' }, syncStatusAnswerSchema).then((s) => setTeamUser(s.ok ? s.username : undefined));
  }, [teamOpen]);
  const searchBox = useRef<HTMLInputElement>(null);
  const people = usePeopleSearch(() => store.list(), summaries, query, !locked && !vaultStatus?.locked);
  const visible = useMemo(() => filterSummaries(summaries, query, sort, people), [summaries, query, sort, people]);
  /** Opens another profile (and a field of it) unless that would drop unsaved edits. */
  function go(id: string | undefined, path?: string) {
    if (!id) return;
    showOnly();
    if (dirty && id !== editing?.id) return setNotice(i18n.t('shortcutSaveFirst'));
    void open(id).then(() => path && jump(path));
  }
  // A reminder's notification opens this page at its profile (#profile=<id>&path=<field>): followed once unlocked.
  const [linked, setLinked] = useState(() => parseProfileLink(location.hash));
  useEffect(() => {
    const follow = () => setLinked(parseProfileLink(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (!linked || !complete || locked || vaultStatus?.locked !== false) return;
    setLinked(undefined);
    history.replaceState(null, '', location.pathname + location.search);
    go(linked.profileId, linked.path);
  }, [linked, complete, locked, vaultStatus?.locked]);
  // The background counts the badge and reminders from the store, whose writes it cannot hear: a reload of the list
  // after a write (delete, import, filing log) tells it. Each announcement has it count every stored profile, so a
  // reload whose cause it knows already is not announced: the page's first read (no write; an unlock counts by itself),
  // a save (announced with its id), profiles the background itself wrote (pulled from the team, thousands at a time).
  const knownReload = useRef(true);
  useEffect(() => {
    if (complete && !knownReload.current) announceDeadlinesChanged();
    if (complete) knownReload.current = false;
  }, [summaries]);
  // Profiles pulled from the team show at once; the open one is read again unless the agent has unsaved edits in it.
  const [storeSeen, setStoreSeen] = useState(0);
  useStoreChanged((ids) => {
    setStoreSeen((n) => n + 1);
    knownReload.current = true;
    void refresh(ids);
    if (editing?.id && !dirty) void open(editing.id);
  });
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
      // Before anything else: the team gets the save at once.
      announceDeadlinesChanged([record.id]);
      setEditing({ id: record.id, profile: record.profile });
      setDirty(false);
      await clearDraft();
      knownReload.current = true;
      await refresh([record.id]);
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

  /** The sample profile the extension ships (public/samples), opened as a new, unsaved profile. */
  async function openSample() {
    const response = await fetch(browser.runtime.getURL('/samples/sample-valid.json'));
    const imported = importDocument(await response.text());
    if (imported.ok && imported.profiles[0]) edit({ profile: imported.profiles[0] });
  }

  function duplicate() {
    if (!editing) return;
    const copy = structuredClone(editing.profile);
    copy.label = i18n.t('copyOf', [copy.label]);
    copy.subject.recordNumber = '';
    for (const site of copy.websites) site.recordNumber = '';
    edit({ profile: copy });
  }

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
          <button id="new" onClick={() => (showOnly(), edit({ profile: blank() }))}>{i18n.t('newProfile')}</button>
          <button id="check-all-open" aria-pressed={checkAll} onClick={() => showOnly(checkAll ? undefined : 'checkAll')}>{i18n.t('checkAll')}</button>
          <button id="agenda-open" aria-pressed={agendaOpen} onClick={() => showOnly(agendaOpen ? undefined : 'agenda')}>{i18n.t('agenda')}</button>
          <button id="team-open" aria-pressed={teamOpen} onClick={() => setTeamOpen(!teamOpen)}>{i18n.t('team')}</button>
          <button id="settings-open" aria-pressed={settingsOpen} onClick={() => showOnly(settingsOpen ? undefined : 'settings')}>{i18n.t('settings')}</button>
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
        <LockNow vault={store.vault} beforeLock={() => draftWrites.current} />
        {deleted && <button id="undo-delete" onClick={() => void undoDelete()}>{i18n.t('undoDelete')}{colon}{deleted.label}</button>}
        <p class="count">{complete ? visible.length : '…'} / {total}</p>
        <ProfileList
          items={visible}
          busy={!complete}
          selectedId={editing?.id}
          checked={checked}
          errorsOf={(id) => errorCounts.get(id)}
          onRange={(ids) => void list.countErrors(ids)}
          onOpen={(id) => (showOnly(), void open(id))}
          onCheck={list.toggle}
        />
        <p class="drop-hint">{i18n.t('dropHere')}</p>
        <p class="shortcuts-hint">{i18n.t('shortcutsHint')}</p>
      </aside>
      <main>
        {quarantined > 0 && <p id="quarantined" role="alert">{i18n.t('quarantined', quarantined)}</p>}
        <TransferDialogs transfer={transfer} />
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
        {teamOpen && <TeamPanel onClose={() => setTeamOpen(false)} onOpenVault={() => showOnly('settings')} onStatus={(s) => setTeamUser(s.username)} />}
        {settingsOpen && <SettingsView vault={store.vault} beforeLock={() => draftWrites.current} onOpenTeam={() => (setTeamOpen(true), showOnly())} onClose={() => showOnly()} />}
        {agendaOpen && <AgendaView store={store} today={today} onJump={(id, path) => go(id, path)} onClose={() => setAgendaOpen(false)} />}
        {!editing && !checkAll && !agendaOpen && !settingsOpen && (complete && total === 0 ? (
          <FirstRun onImport={() => fileInput.current?.click()} onSample={() => void openSample()} onNew={() => edit({ profile: blank() })} />
        ) : (
          <p class="empty">{i18n.t('nothingSelected')}</p>
        ))}
        {editing && !checkAll && !agendaOpen && !settingsOpen && (
          <>
            <div class="actions">
              <button id="save" class="primary" aria-keyshortcuts="Control+S" onClick={() => void save()}>{i18n.t('save')}</button>
              {dirty && <span id="dirty" class="dirty">{i18n.t('unsaved')}</span>}
              <button id="duplicate" onClick={duplicate}>{i18n.t('duplicate')}</button>
              {editing.id && <button id="export-one" onClick={() => downloadJson(exportName('one', new Date(), lang, editing.profile.label), exportProfile(editing.profile))}>{i18n.t('exportOne')}</button>}
              {editing.id && <button id="delete" onClick={() => void remove()}>{i18n.t('delete')}</button>}
              <FindingSummary profile={editing.profile} findings={findings} onJump={jump} />
            </div>
            {editing.id && record?.id === editing.id && <ConflictBanner id={record.id} version={`${record.updatedAt}#${storeSeen}`} onOpen={() => setConflictOpen(true)} />}
            {editing.id && record?.id === editing.id && conflictOpen && (
              <ConflictView id={record.id} onClose={() => setConflictOpen(false)} onResolved={() => (setConflictOpen(false), void reload().then(() => open(record.id)))} />
            )}
            {editing.id && record?.id === editing.id && (
              <RecordMeta key={record.id} record={record} onSave={(meta) => void store.updateMeta(record.id, { ...meta, ...(meta.log && teamUser ? { log: meta.log.map((l, i) => (i < record.log.length || l.agent ? l : { ...l, agent: teamUser })) } : {}) }).then((r) => r && (setRecord(r), reload()))} />
            )}
            {editing.id && record?.id === editing.id && <HistoryView id={record.id} version={record.updatedAt} />}
            <ProfileEditor profile={editing.profile} findings={findings} onChange={onChange} onProfile={(profile) => edit({ ...editing, profile })} closed={closed} onToggle={toggleSection} {...(editing.id ? { profileId: editing.id } : {})} loadFiles={(id) => store.files(id)} approvedOn={record && record.id === editing.id ? approvalDay(record.log) : undefined} />
          </>
        )}
      </main>
    </div>
  );
}

