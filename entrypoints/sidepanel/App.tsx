import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { callApi } from '../../src/ui/call-api';
import type { CheckReport } from '../../src/messaging/protocol';
import { fieldName } from '../../src/ui/field-names';
import { SeverityIcon } from '../../src/ui/icons';
import { colon, lang, oneLanguage } from '../../src/ui/lang';
import { openStore, profileStore, type ProfileSummary } from '../../src/profile/store';
import { useVaultStatus } from '../../src/ui/use-vault-status';
import { VaultPanel } from '../../src/ui/VaultPanel';
import { sessionKeys } from '../../src/vault/session';

// The side panel: the check findings of the page in the current tab, against the profile it names (the one last
// filled, or another the agent picks, or none: the filing rules alone); a click scrolls to the field and focuses it.

/** Where the background keeps the last fill's profile and website (src/background/browser-deps.ts LAST_FILL). */
const LAST_FILL = 'fill:last';
const RECENT = 50;

async function lastFilled(): Promise<{ id: string; website: number } | undefined> {
  const value: unknown = (await browser.storage.local.get(LAST_FILL))[LAST_FILL];
  return value && typeof value === 'object' && 'id' in value && typeof value.id === 'string' ? { id: value.id, website: 'website' in value && typeof value.website === 'number' ? value.website : 0 } : undefined;
}

async function currentTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromQuery) return fromQuery;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

const store = profileStore(openStore(), undefined, sessionKeys());

export function App() {
  const [report, setReport] = useState<CheckReport>();
  const [tabId, setTabId] = useState<number>();
  const [profiles, setProfiles] = useState<ProfileSummary[]>([]);
  /** The profile the page is checked against: '' = the filing rules alone. */
  const [against, setAgainst] = useState('');
  const [website, setWebsite] = useState(0);
  // Locked, the panel is the unlock form: the findings of a check made before the lock go with it.
  const vault = useVaultStatus(store.vault);
  useEffect(() => {
    if (vault?.locked) {
      setReport(undefined);
      setProfiles([]);
      return;
    }
    if (!vault) return;
    void (async () => {
      const [recent, last] = await Promise.all([store.recent(RECENT), lastFilled()]);
      setProfiles(recent);
      if (last && recent.some((p) => p.id === last.id)) {
        setAgainst(last.id);
        setWebsite(last.website);
      }
    })();
  }, [vault?.locked]);
  const chosen = profiles.find((p) => p.id === against);

  async function check() {
    const id = await currentTabId();
    setTabId(id);
    if (id !== undefined) setReport(await callApi(chosen ? { type: 'icp:check', tabId: id, profile: { id: chosen.id }, website } : { type: 'icp:check', tabId: id }));
  }

  // Findings name the website the page was checked as (the last fill's): its fields are found in that slot.
  const focus = (path: string) => tabId !== undefined && browser.tabs.sendMessage(tabId, { type: 'beian:focus', slot: chosen ? website : 0, path }, { frameId: 0 });

  if (vault?.locked) {
    return (
      <main class="sidepanel">
        <VaultPanel vault={store.vault} compact />
      </main>
    );
  }

  return (
    <main class="sidepanel">
      <h1>{i18n.t('findings')}</h1>
      <label class="against">
        {i18n.t('checkAgainst')}
        <select id="check-against" value={against} onChange={(e) => (setAgainst(e.currentTarget.value), setWebsite(0), setReport(undefined))}>
          <option value="">{i18n.t('checkRulesOnly')}</option>
          {profiles.map((p) => <option key={p.id} value={p.id} class="data">{p.label}</option>)}
        </select>
      </label>
      <p id="checked-against">{chosen ? i18n.t('checkingAgainst', [chosen.label]) : i18n.t('checkingRulesOnlyNote')}</p>
      <button id="check-page" class="primary" onClick={() => void check()}>
        {i18n.t('checkPage')}
      </button>
      {report && !report.ok && <p id="check-error">{oneLanguage(report.error)}</p>}
      {report?.ok && (
        <ul id="findings">
          {report.findings.length === 0 && <li>{i18n.t('noFindings')}</li>}
          {report.findings.map((f, i) => (
            <li key={i} class={`finding ${f.severity}`} data-path={f.path} data-severity={f.severity}>
              {/* A button, so Enter and Space both go to the field, as a click does. */}
              <button type="button" class="finding-jump" onClick={() => void focus(f.path)}>
                <SeverityIcon severity={f.severity} title={i18n.t(f.severity === 'error' ? 'severityError' : 'severityWarning')} /> <b title={f.path}>{fieldName(f.path, lang)}</b> {f.message[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
