import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isBackup, makeBackup, planBackupRestore } from '../../src/profile/backup';
import { exportProfileSet } from '../../src/profile/export';
import type { ImportError } from '../../src/profile/import';
import { importInSlices } from '../../src/profile/import-chunked';
import { planImport, type ImportPlan, type ProfileStore, type StoredProfile } from '../../src/profile/store';
import { downloadJson } from '../../src/ui/download';
import { exportName } from '../../src/ui/export-names';
import { filesToImport, type NamedText } from '../../src/ui/import-files';
import type { Job } from '../../src/ui/JobProgress';
import { lang, oneLanguage } from '../../src/ui/lang';
import type { PasswordAsk } from '../../src/ui/PasswordDialog';
import { decryptDocument, encryptDocument, isEncryptedDocument } from '../../src/vault/encrypted-export';

// Import and export of the options page: files read into one preview, written in one transaction; exports and
// backups read a slice at a time behind a progress bar; passwords asked in the page's own dialog.

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const EXPORT_SLICE = 250;

export type ImportState = { plan: ImportPlan } | { errors: ImportError[] };
export type PendingAsk = PasswordAsk & { answer: (password: string | undefined) => void };
/** Whether an export carries the materials' bytes: a backup for another browser does, a profile for a colleague may not. */
export type WithMaterials = boolean;

export function useTransfer(store: ProfileStore, say: (notice: string) => void, reload: () => Promise<void>) {
  const [importState, setImportState] = useState<ImportState>();
  const [job, setJob] = useState<Job>();
  const [ask, setAsk] = useState<PendingAsk>();
  const importButton = useRef<HTMLButtonElement>(null);

  /** After a cancel the focus goes back where the import began, not to the page's start. */
  const cancelled = () => {
    say(i18n.t('importCancelled'));
    importButton.current?.focus();
  };

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

  /** The password, typed in the page's own masked field; undefined when the agent cancels. */
  const askPassword = (title: string, repeat: boolean) => new Promise<string | undefined>((answer) => setAsk({ title, repeat, answer }));
  const answer = (password: string | undefined) => {
    ask?.answer(password);
    setAsk(undefined);
  };
  /** On lock, an open question is answered "cancelled" and the preview forgotten: nothing of a profile stays shown. */
  const forget = () => {
    setImportState(undefined);
    setAsk((open) => (open?.answer(undefined), undefined));
  };

  /** What one file adds: its profiles (or its backup's records), or its errors, the paths prefixed with its name. */
  async function readOne(file: NamedText): Promise<ImportState | 'cancelled' | 'declined'> {
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
      else say(error instanceof Error ? oneLanguage(error.message) : String(error));
    }
    await reload();
  }

  /** Records read a slice at a time, so exporting thousands of profiles shows a moving bar instead of a frozen page. */
  async function readRecords(ids: readonly string[] | 'all', withMaterials: WithMaterials, onProgress: (done: number, total: number) => void): Promise<StoredProfile[]> {
    const wanted = ids === 'all' ? (await store.summaries()).map((s) => s.id) : ids;
    const records: StoredProfile[] = [];
    onProgress(0, wanted.length);
    for (let start = 0; start < wanted.length; start += EXPORT_SLICE) {
      const slice = await Promise.all(wanted.slice(start, start + EXPORT_SLICE).map(async (id) => {
        const record = await store.get(id);
        return record && withMaterials ? store.withFiles(record) : record;
      }));
      records.push(...slice.filter((r): r is StoredProfile => Boolean(r)));
      onProgress(Math.min(start + EXPORT_SLICE, wanted.length), wanted.length);
    }
    return records;
  }

  /** Profiles as one set; without materials, a notice says their files stayed behind. */
  const exportSome = (ids: readonly string[] | 'all', name: string, withMaterials: WithMaterials = false) =>
    withProgress(i18n.t('exporting'), false, async (_signal, onProgress) => {
      const records = await readRecords(ids, withMaterials, onProgress);
      downloadJson(name, exportProfileSet(records.map((r) => r.profile)));
      const left = withMaterials ? 0 : records.reduce((n, r) => n + r.profile.materials.length, 0);
      if (left) say(i18n.t('exportedWithoutMaterials', [String(left)]));
    });

  /** Every profile with its tags, filing log and materials' files. */
  const fullBackup = () => withProgress(i18n.t('exporting'), false, async (_signal, onProgress) => makeBackup(await readRecords('all', true, onProgress), new Date().toISOString()));

  /** Every profile with its tags, filing log and materials, sealed with a password asked for twice. */
  async function exportEncrypted() {
    const password = await askPassword(i18n.t('encryptedExportPassword'), true);
    if (!password) return;
    downloadJson(exportName('encrypted', new Date(), lang), await encryptDocument(await fullBackup(), password));
  }

  const importConfirm = useRef<HTMLButtonElement>(null);
  // The preview takes the focus, so a keyboard user answers it at once (Enter imports, Tab reaches Cancel).
  useEffect(() => importConfirm.current?.focus(), [importState]);

  return { importState, setImportState, job, ask, answer, forget, importButton, importConfirm, readImports, confirmImport, exportSome, fullBackup, exportEncrypted };
}

export type Transfer = ReturnType<typeof useTransfer>;
