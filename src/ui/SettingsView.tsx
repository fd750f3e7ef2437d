import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { readImportedCalendar } from '../background/stored-calendar';
import type { VaultControl } from '../profile/store';
import { preferredCalendar, type CalendarData } from '../timeline';
import { CalendarImport } from './CalendarImport';
import { useVaultStatus } from './use-vault-status';
import { VaultPanel } from './VaultPanel';
import './settings.css';

// Settings, a view of its own beside the editor, the check-all view and the agenda: the vault (turn on, lock,
// change the passphrase, the idle lock), the holiday calendar the deadlines count on, and the way to the team panel.
// The editor no longer carries any of it, so a profile's page shows the profile and nothing else.

type Props = {
  vault: VaultControl;
  /** Runs before 立即锁定 drops the key: the page seals what it still holds (the editor's draft). */
  beforeLock: () => Promise<void>;
  onOpenTeam: () => void;
  onClose: () => void;
};

export function SettingsView({ vault, beforeLock, onOpenTeam, onClose }: Props) {
  const [imported, setImported] = useState<CalendarData>();
  useEffect(() => {
    let live = true;
    void readImportedCalendar().then((data) => live && setImported(data));
    return () => {
      live = false;
    };
  }, []);
  const calendar = useMemo(() => preferredCalendar(imported), [imported]);

  return (
    <section id="settings" class="settings" aria-labelledby="settings-title">
      <div class="view-head">
        <h2 id="settings-title">{i18n.t('settingsTitle')}</h2>
        <button type="button" id="settings-close" onClick={onClose}>{i18n.t('settingsClose')}</button>
      </div>
      <div class="settings-card">
        <VaultPanel vault={vault} beforeLock={beforeLock} />
      </div>
      <section class="settings-card" aria-labelledby="settings-calendar-title">
        <h2 id="settings-calendar-title">{i18n.t('settingsCalendar')}</h2>
        <CalendarImport
          calendar={calendar}
          imported={imported}
          onChange={setImported}
        />
      </section>
      <section class="settings-card" aria-labelledby="settings-team-title">
        <h2 id="settings-team-title">{i18n.t('teamTitle')}</h2>
        <p>{i18n.t('settingsTeamNote')}</p>
        <button type="button" id="settings-team" onClick={onOpenTeam}>{i18n.t('settingsOpenTeam')}</button>
      </section>
    </section>
  );
}

/**
 * The one lock button kept in sight (the workspace's aside) while the vault is on and open: agents lock when they
 * step away, without going to Settings first. What the page still holds is sealed before the key goes.
 */
export function LockNow({ vault, beforeLock }: { vault: VaultControl; beforeLock: () => Promise<void> }) {
  const status = useVaultStatus(vault);
  const [busy, setBusy] = useState(false);
  if (!status?.encrypted || status.locked) return null;
  return (
    <button
      type="button"
      id="lock-now"
      class="lock-now"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void beforeLock()
          .then(() => vault.lock())
          .finally(() => setBusy(false));
      }}
    >
      <LockIcon /> {i18n.t('vaultLock')}
    </button>
  );
}

/** A padlock, drawn inline as the other icons are (icons.tsx): a font glyph may be missing. */
function LockIcon() {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="1em" height="1em" focusable="false" aria-hidden="true">
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}
