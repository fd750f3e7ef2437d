import { i18n } from '#i18n';
import { JobProgress } from '../../src/ui/JobProgress';
import { colon, oneLanguage } from '../../src/ui/lang';
import { PasswordDialog } from '../../src/ui/PasswordDialog';
import type { Transfer } from './use-transfer';

/** A preview lists this many labels of each kind; thousands of rows would tell the agent nothing more. */
const PREVIEW_ROWS = 100;

/** The import's refusal or preview, the password dialog and the progress bar of whatever import or export runs. */
export function TransferDialogs({ transfer }: { transfer: Transfer }) {
  const { importState, setImportState, ask, answer, job, importConfirm, confirmImport } = transfer;
  return (
    <>
      {ask && <PasswordDialog title={ask.title} repeat={ask.repeat} onDone={answer} />}
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
    </>
  );
}
