import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { doneSchema, syncNowAnswerSchema, syncStatusAnswerSchema, type SyncStatusAnswer } from '../messaging/protocol';
import { inChina } from '../timeline/days';
import { oneLanguage } from './lang';

// The team space of the options page: join a team (database URL, the agent's CouchDB account, the team passphrase),
// then its state, last sync, what is pending, conflicts and errors; sync now; leave. The sync itself runs in the
// background: this page only asks it (icp:sync:*), as a script would.

const vaultSchema = z.object({ ok: z.literal(true), encrypted: z.boolean(), locked: z.boolean() });

/** Sends a message to the background and parses the answer; no answer or an unknown one is a failure. */
export async function askBackground<S extends z.ZodType>(message: object, schema: S): Promise<z.infer<S> | { ok: false; error: string }> {
  const answer: unknown = await browser.runtime.sendMessage(message).catch((error: unknown) => ({ ok: false, error: String(error) }));
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const failed = doneSchema.safeParse(answer);
  return failed.success && !failed.data.ok ? failed.data : { ok: false, error: '后台没有应答 · the background did not answer' };
}

/** `2026-12-07 16:05` in China's time. */
export const chinaTime = (iso: string): string => {
  const { day, time } = inChina(new Date(iso));
  return `${day} ${time}`;
};

const STATE_TEXT = { idle: 'teamStateIdle', syncing: 'teamStateSyncing', offline: 'teamStateOffline', error: 'teamStateError' } as const;
/** The panel follows a running sync without a push channel from the background. */
const REFRESH_MS = 3000;

type Props = { onClose(): void; onOpenVault(): void; onStatus?(status: SyncStatusAnswer): void };

export function TeamPanel({ onClose, onOpenVault, onStatus }: Props) {
  const [status, setStatus] = useState<SyncStatusAnswer>();
  const [vault, setVault] = useState<{ encrypted: boolean; locked: boolean }>();
  const [form, setForm] = useState({ url: '', username: '', password: '', passphrase: '' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [confirmLeave, setConfirmLeave] = useState(false);

  async function refresh() {
    const [s, v] = await Promise.all([askBackground({ type: 'icp:sync:status' }, syncStatusAnswerSchema), askBackground({ type: 'icp:vault:status' }, vaultSchema)]);
    if (s.ok) {
      setStatus(s);
      onStatus?.(s);
    }
    if (v.ok) setVault({ encrypted: v.encrypted, locked: v.locked });
  }
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setError('');
    setMessage('');
    try {
      await work();
    } finally {
      setBusy(false);
      await refresh();
    }
  }

  const join = () =>
    act(async () => {
      setMessage(i18n.t('teamJoining'));
      const answer = await askBackground({ type: 'icp:sync:join', ...form, url: form.url.trim(), username: form.username.trim() }, doneSchema);
      setMessage('');
      if (!answer.ok) return setError(oneLanguage(answer.error));
      setForm({ url: '', username: '', password: '', passphrase: '' });
    });
  const syncNow = () =>
    act(async () => {
      const answer = await askBackground({ type: 'icp:sync:now' }, syncNowAnswerSchema);
      if (!answer.ok) return setError(oneLanguage(answer.error));
      setMessage(i18n.t('teamSynced', [answer.pushed, answer.pulled, answer.conflicts]));
    });
  const leave = () =>
    act(async () => {
      setConfirmLeave(false);
      const answer = await askBackground({ type: 'icp:sync:leave' }, doneSchema);
      if (!answer.ok) return setError(oneLanguage(answer.error));
      setMessage(i18n.t('teamLeft'));
    });

  const vaultProblem = vault && (!vault.encrypted ? i18n.t('teamVaultOff') : vault.locked ? i18n.t('teamVaultLocked') : '');
  const field = (id: string, key: keyof typeof form, label: string, type: 'text' | 'url' | 'password', autocomplete: string) => (
    <div class="team-field">
      <label for={id}>{label}</label> <input id={id} type={type} autocomplete={autocomplete} required value={form[key]} onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })} />
    </div>
  );

  const row = (id: string, label: string, value: string | number) => (
    <tr>
      <th scope="row">{label}</th>
      <td id={id}>{value}</td>
    </tr>
  );

  return (
    <section id="team-panel" class="team-panel" aria-labelledby="team-title">
      <h2 id="team-title">{i18n.t('teamTitle')}</h2>
      <button type="button" id="team-close" onClick={onClose}>{i18n.t('teamClose')}</button>
      {vaultProblem && (
        <p id="team-vault" role="alert">
          {vaultProblem} <button type="button" id="team-open-vault" onClick={onOpenVault}>{i18n.t('teamOpenVault')}</button>
        </p>
      )}
      {message && <p id="team-message" role="status">{message}</p>}
      {error && <p id="team-error" role="alert">{error}</p>}
      {status && status.team === null && (
        <form
          id="team-join-form"
          onSubmit={(e) => {
            e.preventDefault();
            void join();
          }}
        >
          {field('team-url', 'url', i18n.t('teamUrl'), 'url', 'url')}
          <p class="hint">{i18n.t('teamUrlHint')}</p>
          {field('team-user', 'username', i18n.t('teamUser'), 'text', 'username')}
          {field('team-password', 'password', i18n.t('teamPassword'), 'password', 'current-password')}
          {field('team-passphrase', 'passphrase', i18n.t('teamPassphrase'), 'password', 'off')}
          <button id="team-join" disabled={busy || !!vaultProblem || !form.url || !form.username || !form.passphrase}>{i18n.t('teamJoin')}</button>
        </form>
      )}
      {status && status.team !== null && (
        <>
          <table id="team-status">
            <tbody>
              {row('team-name', i18n.t('teamName'), status.team)}
              {status.username && row('team-agent', i18n.t('teamAgent'), status.username)}
              <tr>
                <th scope="row">{i18n.t('teamState')}</th>
                <td id="team-state" data-state={status.state}>{i18n.t(STATE_TEXT[status.state])}</td>
              </tr>
              {row('team-last-sync', i18n.t('teamLastSync'), status.lastSync ? chinaTime(status.lastSync) : i18n.t('teamNever'))}
              {row('team-pending', i18n.t('teamPending'), status.pending)}
              {status.arrived && status.arrived.done < status.arrived.total && (
                <tr>
                  <th scope="row">{i18n.t('teamArriving')}</th>
                  <td>
                    <progress id="team-arriving" max={status.arrived.total} value={status.arrived.done} aria-label={i18n.t('teamArriving')} /> {i18n.t('teamArrivingCount', [String(status.arrived.done), String(status.arrived.total)])}
                  </td>
                </tr>
              )}
              {row('team-conflicts', i18n.t('teamConflicts'), status.conflicts)}
              {row('team-quarantined', i18n.t('teamQuarantined'), status.quarantined)}
              {status.error && row('team-status-error', i18n.t('teamError'), oneLanguage(status.error))}
            </tbody>
          </table>
          <div class="toolbar">
            <button type="button" id="team-sync-now" disabled={busy} onClick={() => void syncNow()}>{i18n.t('teamSyncNow')}</button>
            <button type="button" id="team-leave" disabled={busy} onClick={() => setConfirmLeave(true)}>{i18n.t('teamLeave')}</button>
          </div>
          {confirmLeave && (
            <div id="team-leave-confirm" role="alertdialog" aria-labelledby="team-leave-question">
              <p id="team-leave-question">{i18n.t('teamLeaveConfirm')}</p>
              <button type="button" id="team-leave-yes" onClick={() => void leave()}>{i18n.t('teamLeaveYes')}</button>
              <button type="button" id="team-leave-no" onClick={() => setConfirmLeave(false)}>{i18n.t('teamLeaveNo')}</button>
            </div>
          )}
        </>
      )}
      <p class="team-private-note">{i18n.t('teamPrivateNote')}</p>
    </section>
  );
}
