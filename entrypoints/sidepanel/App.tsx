import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { callApi } from '../../src/ui/call-api';
import type { CheckReport } from '../../src/messaging/protocol';
import { fieldName } from '../../src/ui/field-names';
import { SeverityIcon } from '../../src/ui/icons';
import { colon, lang, oneLanguage } from '../../src/ui/lang';
import { openStore, profileStore } from '../../src/profile/store';
import { useVaultStatus } from '../../src/ui/use-vault-status';
import { VaultPanel } from '../../src/ui/VaultPanel';
import { sessionKeys } from '../../src/vault/session';

// The side panel: the check findings of the page in the current tab; a click scrolls to the field and focuses it.

async function currentTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromQuery) return fromQuery;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

const store = profileStore(openStore(), undefined, sessionKeys());

export function App() {
  const [report, setReport] = useState<CheckReport>();
  const [tabId, setTabId] = useState<number>();
  // Locked, the panel is the unlock form: the findings of a check made before the lock go with it.
  const vault = useVaultStatus(store.vault);
  useEffect(() => {
    if (vault?.locked) setReport(undefined);
  }, [vault?.locked]);

  async function check() {
    const id = await currentTabId();
    setTabId(id);
    if (id !== undefined) setReport(await callApi({ type: 'icp:check', tabId: id }));
  }

  const focus = (path: string) => tabId !== undefined && browser.tabs.sendMessage(tabId, { type: 'beian:focus', slot: 0, path }, { frameId: 0 });

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
