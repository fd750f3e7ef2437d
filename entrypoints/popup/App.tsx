import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RecogniseAnswer } from '../../src/messaging/protocol';
import { sessionKeys } from '../../src/vault/session';
import { splitByPage } from '../../src/ui/page-findings';
import { callApi } from '../../src/ui/call-api';
import { serviceFor, servicesOf } from '../../src/ui/service-choices';
import { parseService } from '../../src/profile/service';
import { colon, oneLanguage, say } from '../../src/ui/lang';
import { labelledDocument, NEEDS_LABEL } from '../../src/profile/ready-to-save';
import { SidePanelIcon } from '../../src/ui/icons';
import { VaultPanel } from '../../src/ui/VaultPanel';
import { FillProgressBar } from '../../src/ui/FillProgress';
import { openStore, profileStore } from '../../src/profile/store';
import type { Profile } from '../../src/profile/schema';
import type { Finding } from '../../src/rules/define-rule';
import type { ChecklistItem } from '../../src/checklist/checklist';
import { ChecklistSummary } from '../../src/ui/ChecklistSummary';
import { start, type Tab } from './start';
import { FillGate } from './FillGate';
import { PageStatus } from './PageStatus';
import { ReportView, type Report } from './ReportView';
import { usePopupProfiles } from './use-popup-profiles';

// The popup: which portal and step is this tab, which profile and website, then Fill / Check / Capture and the report.

const MAX_SHOWN = 50;
const store = profileStore(openStore(), undefined, sessionKeys());
const started = start(store, MAX_SHOWN);

/** The rules engine (and zod with it) is most of the popup's code: it loads after the first paint, not before. */
async function findingsOf(profile: Profile): Promise<Finding[]> {
  const { runRules, todayInChina } = await import('../../src/rules/run-rules');
  return runRules(profile, { today: todayInChina() });
}

export function App() {
  const [tab, setTab] = useState<Tab>();
  const [page, setPage] = useState<RecogniseAnswer>();
  const [confirming, setConfirming] = useState(false);
  // What the portal would reject, shown before Fill; filling from a profile with errors needs an explicit confirm,
  // so Fill waits until the selected profile's findings are known.
  const [checked, setChecked] = useState<{ profile: Profile; findings: Finding[] }>();
  const [report, setReport] = useState<Report>();
  const [savedAs, setSavedAs] = useState('');
  const { profiles, visible, locked, listed, query, setQuery, loadAll, profileId, setProfileId, selected } = usePopupProfiles({
    store,
    first: started.profiles,
    limit: MAX_SHOWN,
    onLock: () => (setChecked(undefined), setReport(undefined), setConfirming(false), setSavedAs('')),
  });
  const findings = checked && checked.profile === selected ? checked.findings : undefined;
  const errors = (findings ?? []).filter((f) => f.severity === 'error');
  const warnings = (findings ?? []).length - errors.length;
  const [service, setService] = useState('websites[0]');
  const serviceHere = serviceFor(servicesOf(selected), service, page?.ok ? page.step : undefined);
  // The gate lists the errors of the fields this page asks for; the rest are counted below them.
  const gate = splitByPage(errors, page?.ok ? page.paths : undefined, serviceHere);
  // The materials this filing needs, for the chosen profile and service, on this tab's portal: asked of the
  // background (icp:checklist), so the popup loads no engine; shown only for the choice it was asked for.
  const [materials, setMaterials] = useState<{ key: string; items: ChecklistItem[] }>();
  const materialsKey = `${profileId} ${serviceHere} ${page?.ok ? page.adapter : ''}`;
  useEffect(() => {
    if (!selected || !profileId) return;
    const key = materialsKey;
    void callApi({ type: 'icp:checklist', profile: { id: profileId }, service: serviceHere, ...(tab ? { tabId: tab.id } : {}) }).then((answer) => answer.ok && setMaterials({ key, items: answer.items }));
  }, [selected, materialsKey]);
  const [busy, setBusy] = useState(false);
  const [remembered, setRemembered] = useState(true);

  const recognise = async (target = tab) => {
    if (target) setPage(await callApi({ type: 'icp:recognise', tabId: target.id }));
  };

  useEffect(() => {
    void started.tab.then(setTab);
    void started.page.then((answer) => answer && setPage(answer));
    void started.remembered.then(setRemembered);
  }, []);

  useEffect(() => {
    if (selected) void findingsOf(selected).then((list) => setChecked({ profile: selected, findings: list }));
  }, [selected]);

  async function run(kind: Report['kind']) {
    if (!tab) return;
    setBusy(true);
    const profile = { id: profileId };
    if (kind === 'fill') setReport({ kind, answer: await callApi({ type: 'icp:fill', tabId: tab.id, service: serviceHere, profile }) });
    else if (kind === 'check') setReport({ kind, answer: await callApi({ type: 'icp:check', tabId: tab.id, service: serviceHere, profile }) });
    else setReport({ kind, answer: await callApi({ type: 'icp:capture', tabId: tab.id, service: serviceHere }) });
    setBusy(false);
  }

  async function enableSite() {
    if (!tab) return;
    const origin = `${new URL(tab.url).origin}/*`;
    if (await browser.permissions.request({ origins: [origin] })) {
      setRemembered(true);
      await recognise();
    }
  }

  async function saveCaptured(profile: Record<string, unknown>) {
    // A capture has no label of its own: it takes the subject's name, as a new profile in the workspace does.
    const document = labelledDocument(profile);
    if (!document.label) return setSavedAs(say(NEEDS_LABEL));
    const answer = await callApi({ type: 'icp:profiles:import', document });
    const problems = answer.ok ? '' : 'errors' in answer ? answer.errors.map((e) => `${e.path} ${oneLanguage(e.message)}`).join('; ') : oneLanguage(answer.error);
    setSavedAs(answer.ok ? i18n.t('savedAsNew') : `${i18n.t('notSaved')}${colon}${problems}`);
  }

  async function openSidePanel() {
    // Chromium's side panel, or Firefox's sidebar; both must be opened from a user gesture like this click.
    const chromeSide = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
    const firefoxSide = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (chromeSide && tab) await chromeSide.open({ tabId: tab.id });
    else await firefoxSide?.open();
  }

  const focus = (path: string) => tab && browser.tabs.sendMessage(tab.id, { type: 'beian:focus', slot: parseService(serviceHere)?.index ?? 0, path }, { frameId: 0 });

  return (
    <main class="popup">
      <h1>{i18n.t('appTitle')}</h1>
      <PageStatus page={page} remembered={remembered} onEnable={() => void enableSite()} />
      {locked && <p id="locked-note" role="status">{i18n.t('popupLocked')}</p>}
      <VaultPanel vault={store.vault} compact />
      {!locked && (
        <>
          <section class="pickers">
            <input id="profile-search" aria-label={i18n.t('searchProfiles')} placeholder={i18n.t('searchProfiles')} value={query} onFocus={() => void loadAll()} onInput={(e) => (setQuery(e.currentTarget.value), void loadAll())} />
            <select id="profile" aria-label={i18n.t('profile')} value={profileId} onChange={(e) => setProfileId(e.currentTarget.value)}>
              {visible.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            {listed && profiles.length === 0 && <p id="no-profiles">{i18n.t('noProfilesYet')}</p>}
            <select id="website" aria-label={i18n.t('website')} value={serviceHere} onChange={(e) => setService(e.currentTarget.value)}>
              {servicesOf(selected).map(({ path, words, name }) => (
                <option key={path} value={path}>
                  {words}
                  {colon}
                  {name || '—'}
                </option>
              ))}
            </select>
          </section>
          {selected && findings && (
            <p id="profile-findings" data-errors={errors.length} data-warnings={warnings}>
              {i18n.t('profileCheck', [i18n.t('errorsCount', errors.length), i18n.t('warningsCount', warnings)])}
            </p>
          )}
          {selected && materials?.key === materialsKey && <ChecklistSummary items={materials.items} profile={selected} />}
          {confirming && <FillGate gate={gate} profile={selected} onFill={() => (setConfirming(false), void run('fill'))} onCancel={() => setConfirming(false)} />}
        </>
      )}
      <section class="buttons">
        <button id="fill" class="primary" disabled={busy || !page?.ok || !profileId || !findings} onClick={() => (gate.here.length ? setConfirming(true) : void run('fill'))}>
          {i18n.t('fill')}
        </button>
        <button id="check" disabled={busy || !page?.ok} onClick={() => void run('check')}>
          {i18n.t('check')}
        </button>
        <button id="capture" disabled={busy || !page?.ok} onClick={() => void run('capture')}>
          {i18n.t('capture')}
        </button>
        <button id="open-side-panel" class="icon-button" onClick={() => void openSidePanel()} title={i18n.t('sidePanel')} aria-label={i18n.t('sidePanel')}>
          <SidePanelIcon />
        </button>
      </section>
      {busy && tab && !locked && <FillProgressBar tabId={tab.id} profile={selected} />}
      {!locked && (
        <ReportView report={report} profile={selected} onFocus={(path) => void focus(path)} onSaveCaptured={(profile) => void saveCaptured(profile)} savedAs={savedAs} />
      )}
    </main>
  );
}
