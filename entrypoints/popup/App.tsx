import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FieldResult } from '../../src/fill/report';
import type { CaptureReport, CheckReport, FillReport, RecogniseAnswer } from '../../src/messaging/protocol';
import { sessionKeys } from '../../src/vault/session';
import { splitByPage } from '../../src/ui/page-findings';
import { callApi } from '../../src/ui/call-api';
import { fieldName } from '../../src/ui/field-names';
import { serviceFor, servicesOf } from '../../src/ui/service-choices';
import { parseService } from '../../src/profile/service';
import { colon, lang, oneLanguage, say } from '../../src/ui/lang';
import { holdsAnyValue, labelledDocument, NEEDS_LABEL } from '../../src/profile/ready-to-save';
import { reportLines } from '../../src/ui/report-lines';
import { useVaultStatus } from '../../src/ui/use-vault-status';
import { DoneIcon, ErrorIcon, NeutralIcon, SeverityIcon, SidePanelIcon } from '../../src/ui/icons';
import { VaultPanel } from '../../src/ui/VaultPanel';
import { FillProgressBar } from '../../src/ui/FillProgress';
import { detailText } from '../../src/ui/fill-detail';
import { openStore, profileStore, recentFirst, type ProfileSummary } from '../../src/profile/store';
import type { Profile } from '../../src/profile/schema';
import type { Finding } from '../../src/rules/define-rule';
import type { ChecklistItem } from '../../src/checklist/checklist';
import { ChecklistSummary } from '../../src/ui/ChecklistSummary';
import { recentProfiles, start, type RecentProfiles, type Tab } from './start';

// The popup: which portal and step is this tab, which profile and website, then Fill / Check / Capture and the report.

const STEP_NAMES: Record<string, string> = { start: i18n.t('stepStart'), subject: i18n.t('sectionSubject'), website: i18n.t('stepWebsite'), access: i18n.t('stepAccess'), app: i18n.t('stepApp') };
/** A step as the filing names its parts (`website+access` → 网站 + 接入). */
const stepName = (step: string) => step.split('+').map((part) => STEP_NAMES[part] ?? part).join(' + ');

/** A portal's own label beside the field's name, in the brackets of the UI's language. */
const bracketed = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

type Report = { kind: 'fill'; answer: FillReport } | { kind: 'check'; answer: CheckReport } | { kind: 'capture'; answer: CaptureReport };

const STATUS_TEXT: Record<FieldResult['status'], string> = {
  filled: i18n.t('statusFilled'),
  unchanged: i18n.t('statusUnchanged'),
  skipped: i18n.t('statusSkipped'),
  'not-found': i18n.t('statusNotFound'),
  failed: i18n.t('statusFailed'),
};

/** The line's status word follows the icon, so the icon itself is decoration. */
function StatusIcon({ status }: { status: FieldResult['status'] }) {
  if (status === 'filled') return <DoneIcon />;
  if (status === 'failed' || status === 'not-found') return <ErrorIcon />;
  return <NeutralIcon />;
}

const MAX_SHOWN = 50;
/** Failures first in a fill report: what needs the agent's attention comes before what went well. */
const ORDER: Record<FieldResult['status'], number> = { failed: 0, 'not-found': 1, filled: 2, unchanged: 3, skipped: 4 };
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
  const [profiles, setProfiles] = useState<ProfileSummary[]>([]);
  const [selected, setSelected] = useState<Profile>();
  const [confirming, setConfirming] = useState(false);
  // What the portal would reject, shown before Fill; filling from a profile with errors needs an explicit confirm,
  // so Fill waits until the selected profile's findings are known.
  const [checked, setChecked] = useState<{ profile: Profile; findings: Finding[] }>();
  const findings = checked && checked.profile === selected ? checked.findings : undefined;
  const errors = (findings ?? []).filter((f) => f.severity === 'error');
  const warnings = (findings ?? []).length - errors.length;
  const [query, setQuery] = useState('');
  const [profileId, setProfileId] = useState('');
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
  const [report, setReport] = useState<Report>();
  const [busy, setBusy] = useState(false);
  const [remembered, setRemembered] = useState(true);

  const recognise = async (target = tab) => {
    if (target) setPage(await callApi({ type: 'icp:recognise', tabId: target.id }));
  };

  const [locked, setLocked] = useState(false);
  const [listed, setListed] = useState(false);
  function showProfiles(answer: RecentProfiles) {
    setLocked(answer.locked);
    setListed(true);
    if (answer.locked) return;
    setProfiles(answer.recent);
    if (answer.recent[0]) setProfileId(answer.recent[0].id);
  }
  // A lock anywhere (another page, the idle alarm, the API) empties the popup at once; an unlock lists again.
  const vault = useVaultStatus(store.vault);
  useEffect(() => {
    if (!vault) return;
    if (vault.locked) {
      setLocked(true);
      setProfiles([]);
      setProfileId('');
      setSelected(undefined);
      setChecked(undefined);
      setReport(undefined);
      setConfirming(false);
      setSavedAs('');
      setQuery('');
      setAllLoaded(false);
    } else if (locked) void loadProfiles();
  }, [vault?.locked]);
  const loadProfiles = async () => showProfiles(await recentProfiles(store, MAX_SHOWN));

  // Every profile, for search: read when the agent goes to search, so opening the popup reads only the recent few.
  const [allLoaded, setAllLoaded] = useState(false);
  async function loadAll() {
    if (allLoaded || locked) return;
    setAllLoaded(true);
    const all = await store.summaries();
    setProfiles(all.sort(recentFirst));
  }

  useEffect(() => {
    void started.tab.then(setTab);
    void started.page.then((answer) => answer && setPage(answer));
    void started.remembered.then(setRemembered);
    void started.profiles.then(showProfiles);
  }, []);

  useEffect(() => {
    if (profileId) void store.get(profileId).then((r) => setSelected(r?.profile), () => setSelected(undefined));
  }, [profileId]);
  useEffect(() => {
    if (selected) void findingsOf(selected).then((list) => setChecked({ profile: selected, findings: list }));
  }, [selected]);
  // A popup list of thousands is unusable and slow to draw: show the most recent matches; search finds the rest.
  const visible = profiles.filter((p) => !query || `${p.label} ${p.subjectName} ${p.certificateNumber} ${p.domains.join(' ')}`.includes(query)).slice(0, MAX_SHOWN);

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

  const [savedAs, setSavedAs] = useState('');
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
      <section id="page-status">
        {!page && <p>{i18n.t('recognising')}</p>}
        {page?.ok && (
          <p>
            {i18n.t('portal')}
            {colon}
            <b id="adapter" data-adapter={page.adapter} title={page.adapter}>{oneLanguage(page.adapterName)}</b> · {i18n.t('step')}
            {colon}
            <b id="step" data-step={page.step} title={page.step}>{stepName(page.step)}</b>
          </p>
        )}
        {page && !page.ok && (
          <div>
            <p id="page-error" class="error">{oneLanguage(page.error)}</p>
          </div>
        )}
        {!remembered && (
          <button id="enable-site" onClick={() => void enableSite()}>
            {i18n.t('enableSite')}
          </button>
        )}
      </section>
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
          {confirming && (
            <section id="fill-gate" role="alertdialog" aria-labelledby="fill-gate-title">
              <p id="fill-gate-title">
                {i18n.t('fillGate', gate.here.length)}
              </p>
              <ul>
                {gate.here.map((f, i) => (
                  <li key={i} title={f.path}>
                    {fieldName(f.path, lang, selected)}
                    {colon}
                    {f.message[lang]}
                  </li>
                ))}
              </ul>
              {gate.elsewhere > 0 && <p id="fill-gate-elsewhere">{i18n.t('fillGateElsewhere', gate.elsewhere)}</p>}
              <button id="fill-anyway" onClick={() => (setConfirming(false), void run('fill'))}>
                {i18n.t('fillAnyway')}
              </button>
              <button id="fill-cancel" onClick={() => setConfirming(false)}>
                {i18n.t('cancel')}
              </button>
            </section>
          )}
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
        <section id="report">
          {report && !report.answer.ok && <p class="error">{oneLanguage(report.answer.error)}</p>}
          {report?.kind === 'fill' && report.answer.ok && (
            <p id="fill-summary">
              {(['failed', 'not-found', 'filled', 'unchanged', 'skipped'] as const)
                .map((status) => [status, report.answer.ok ? reportLines(report.answer.fields).filter((f) => f.status === status).length : 0] as const)
                .filter(([, count]) => count > 0)
                .map(([status, count]) => `${STATUS_TEXT[status]} ${count}`)
                .join(' · ')}
            </p>
          )}
          {report?.kind === 'fill' && report.answer.ok && (report.answer.manual ?? []).length > 0 && (
            <p id="left-to-you">
              {i18n.t('leftToYou')}
              {colon}
              {(report.answer.manual ?? []).map((m) => `${m.label}${bracketed(oneLanguage(m.what))}`).join(lang === 'zh' ? '、' : ', ')}
            </p>
          )}
          {report?.kind === 'fill' && report.answer.ok && (
            <ul>
              {reportLines(report.answer.fields).sort((a, b) => ORDER[a.status] - ORDER[b.status]).map((f) => (
                <li key={f.path} class={`result ${f.status}`} data-path={f.path} data-status={f.status}>
                  <StatusIcon status={f.status} />{' '}
                  <a href="#" onClick={() => void focus(f.path)} title={f.path}>
                    {fieldName(f.path, lang, selected)}
                  </a>
                  {f.label ? <span lang="zh-CN">{bracketed(f.label)}</span> : ''} — {STATUS_TEXT[f.status]}
                  {f.detail ? <span title={f.detail}>{colon}{detailText(f.detail, lang)}</span> : ''}
                </li>
              ))}
            </ul>
          )}
          {report?.kind === 'check' && report.answer.ok && (
            <ul>
              {report.answer.findings.length === 0 && <li>{i18n.t('noFindings')}</li>}
              {report.answer.findings.map((f, i) => (
                <li key={i} class={`finding ${f.severity}`} data-path={f.path} data-severity={f.severity}>
                  <SeverityIcon severity={f.severity} title={f.severity === 'error' ? i18n.t('severityError') : i18n.t('severityWarning')} />{' '}
                  <a href="#" onClick={() => void focus(f.path)} title={f.path}>
                    {fieldName(f.path, lang, selected)}
                  </a>
                  {colon}
                  {f.message[lang]}
                </li>
              ))}
            </ul>
          )}
          {report?.kind === 'capture' && report.answer.ok && !holdsAnyValue(report.answer.profile) && <p id="capture-nothing">{i18n.t('captureNothing')}</p>}
          {report?.kind === 'capture' && report.answer.ok && holdsAnyValue(report.answer.profile) && (
            <>
              <button id="save-captured" onClick={() => report.answer.ok && void saveCaptured(report.answer.profile)}>
                {i18n.t('saveAsNew')}
              </button>
              {savedAs && <p id="saved-as">{savedAs}</p>}
              <pre id="captured">{JSON.stringify(report.answer.profile, null, 1)}</pre>
            </>
          )}
        </section>
      )}
    </main>
  );
}
