import { i18n } from '#i18n';
import type { FieldResult } from '../../src/fill/report';
import type { CaptureReport, CheckReport, FillReport } from '../../src/messaging/protocol';
import { holdsAnyValue } from '../../src/profile/ready-to-save';
import type { Profile } from '../../src/profile/schema';
import { detailText } from '../../src/ui/fill-detail';
import { fieldName } from '../../src/ui/field-names';
import { DoneIcon, ErrorIcon, NeutralIcon, SeverityIcon } from '../../src/ui/icons';
import { colon, lang, oneLanguage } from '../../src/ui/lang';
import { reportLines } from '../../src/ui/report-lines';

// The answer of the last Fill, Check or Capture: a fill as a summary by status, failures first, each line a click
// from its field on the page; a check as its findings; a capture as the profile read, to save as a new one.

export type Report = { kind: 'fill'; answer: FillReport } | { kind: 'check'; answer: CheckReport } | { kind: 'capture'; answer: CaptureReport };

/** A portal's own label beside the field's name, in the brackets of the UI's language. */
const bracketed = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

const STATUS_TEXT: Record<FieldResult['status'], string> = {
  filled: i18n.t('statusFilled'),
  unchanged: i18n.t('statusUnchanged'),
  skipped: i18n.t('statusSkipped'),
  'not-found': i18n.t('statusNotFound'),
  failed: i18n.t('statusFailed'),
};

/** Failures first in a fill report: what needs the agent's attention comes before what went well. */
const ORDER: Record<FieldResult['status'], number> = { failed: 0, 'not-found': 1, filled: 2, unchanged: 3, skipped: 4 };

/** The line's status word follows the icon, so the icon itself is decoration. */
function StatusIcon({ status }: { status: FieldResult['status'] }) {
  if (status === 'filled') return <DoneIcon />;
  if (status === 'failed' || status === 'not-found') return <ErrorIcon />;
  return <NeutralIcon />;
}

type Props = {
  report: Report | undefined;
  /** The profile the report is about, to name its fields (a website by its name). */
  profile: Profile | undefined;
  /** Brings the field into view and focus on the portal page. */
  onFocus: (path: string) => void;
  onSaveCaptured: (profile: Record<string, unknown>) => void;
  /** What became of the last save of a capture. */
  savedAs: string;
};

export function ReportView({ report, profile, onFocus, onSaveCaptured, savedAs }: Props) {
  return (
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
              <a href="#" onClick={() => onFocus(f.path)} title={f.path}>
                {fieldName(f.path, lang, profile)}
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
              <a href="#" onClick={() => onFocus(f.path)} title={f.path}>
                {fieldName(f.path, lang, profile)}
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
          <button id="save-captured" onClick={() => report.answer.ok && onSaveCaptured(report.answer.profile)}>
            {i18n.t('saveAsNew')}
          </button>
          {savedAs && <p id="saved-as">{savedAs}</p>}
          <pre id="captured">{JSON.stringify(report.answer.profile, null, 1)}</pre>
        </>
      )}
    </section>
  );
}
