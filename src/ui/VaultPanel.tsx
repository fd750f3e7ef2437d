import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { VaultControl } from '../profile/store';
import { sealedStorage } from '../vault/sealed-storage';
import { idleMinutes, setIdleMinutes } from '../vault/session';
import { oneLanguage } from './lang';
import { useVaultStatus, type VaultStatus } from './use-vault-status';

// The vault in the workspace: turn encryption on, lock, unlock, change the passphrase, set the idle lock. `compact`
// (the popup, the side panel) shows only the unlock form while locked. The state follows the key wherever it changes.

type Props = {
  vault: VaultControl;
  compact?: boolean;
  onChange?: (status: VaultStatus) => void;
  /** Runs before 立即锁定 drops the key: the page seals what it still holds (the editor's draft). */
  beforeLock?: () => Promise<void>;
  /** A line above the unlock form saying what waits for the unlock. */
  lockedNote?: string;
};

export function VaultPanel({ vault, compact, onChange, beforeLock, lockedNote }: Props) {
  const status = useVaultStatus(vault);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [next, setNext] = useState('');
  const [minutes, setMinutes] = useState(0);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (status) onChange?.(status);
  }, [status]);
  useEffect(() => {
    void idleMinutes().then(setMinutes);
  }, []);

  async function act(work: () => Promise<string>) {
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(oneLanguage(error instanceof Error ? error.message : String(error)));
    } finally {
      setPassphrase('');
      setRepeat('');
      setNext('');
      setBusy(false);
    }
  }

  if (!status) return null;
  if (compact && !status.locked) return null;
  return (
    <section id="vault" class="vault" aria-labelledby="vault-title">
      <h2 id="vault-title">{i18n.t('vaultTitle')}</h2>
      {message && <p id="vault-message" role="status">{message}</p>}
      {status.locked && lockedNote && <p id="vault-locked-note" role="status">{lockedNote}</p>}
      {status.locked && (
        <form onSubmit={(e) => (e.preventDefault(), void act(async () => ((await vault.unlock(passphrase)) ? i18n.t('vaultUnlocked') : i18n.t('vaultWrong'))))}>
          <label>
            {i18n.t('vaultPassphrase')} <input id="vault-unlock-passphrase" type="password" autocomplete="current-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          </label>
          <button id="vault-unlock" disabled={busy || !passphrase}>{i18n.t('vaultUnlock')}</button>
        </form>
      )}
      {!compact && !status.encrypted && (
        <form onSubmit={(e) => (e.preventDefault(), void act(async () => (await vault.enable(passphrase), await sealedStorage(vault).resealAll(), i18n.t('vaultEnabled'))))}>
          <p>{i18n.t('vaultExplain')}</p>
          <label>
            {i18n.t('vaultPassphrase')} <input id="vault-new-passphrase" type="password" autocomplete="new-password" minLength={8} value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          </label>
          <label>
            {i18n.t('vaultRepeat')} <input id="vault-repeat-passphrase" type="password" autocomplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
          </label>
          <button id="vault-enable" disabled={busy || passphrase.length < 8 || passphrase !== repeat}>{i18n.t('vaultEnable')}</button>
        </form>
      )}
      {!compact && status.encrypted && !status.locked && (
        <>
          <button id="vault-lock" disabled={busy} onClick={() => void act(async () => (await beforeLock?.(), await vault.lock(), i18n.t('vaultLocked')))}>{i18n.t('vaultLock')}</button>
          <form onSubmit={(e) => (e.preventDefault(), void act(async () => ((await vault.change(passphrase, next)) ? i18n.t('vaultChanged') : i18n.t('vaultWrong'))))}>
            <label>
              {i18n.t('vaultPassphrase')} <input id="vault-old-passphrase" type="password" autocomplete="current-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
            </label>
            <label>
              {i18n.t('vaultNewPassphrase')} <input id="vault-next-passphrase" type="password" autocomplete="new-password" minLength={8} value={next} onInput={(e) => setNext(e.currentTarget.value)} />
            </label>
            <button id="vault-change" disabled={busy || !passphrase || next.length < 8}>{i18n.t('vaultChange')}</button>
          </form>
          <label>
            {i18n.t('vaultIdle')}{' '}
            <input id="vault-idle" type="number" min={1} max={480} value={minutes} onChange={(e) => {
              const value = Number(e.currentTarget.value);
              setMinutes(value);
              void setIdleMinutes(value);
            }} />
          </label>
        </>
      )}
    </section>
  );
}
