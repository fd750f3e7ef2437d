import { i18n } from '#i18n';
import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { fieldName } from './field-names';
import { ErrorIcon, SeverityIcon, WarningIcon } from './icons';
import { colon, lang } from './lang';

// The editor's sticky summary: counts, then every error and warning named as the filing names its field (the path in
// the tooltip), errors first; each entry jumps to its field.

type Props = { profile: Profile; findings: readonly Finding[]; onJump: (path: string) => void };

export function FindingSummary({ profile, findings, onJump }: Props) {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <details class="finding-summary" open={findings.length > 0}>
      <summary id="finding-summary">
        <span class="summary-title">{i18n.t('findingSummary')}</span>
        <span class="count-error">
          <ErrorIcon title={i18n.t('severityError')} /> {errors.length}
        </span>{' '}
        ·{' '}
        <span class="count-warning">
          <WarningIcon title={i18n.t('severityWarning')} /> {warnings.length}
        </span>
      </summary>
      {findings.length === 0 ? (
        <p class="summary-none">{i18n.t('findingSummaryNone')}</p>
      ) : (
        <ul id="summary-list">
          {[...errors, ...warnings].map((f, i) => {
            const name = fieldName(f.path, lang, profile);
            return (
              <li key={`${f.path}-${f.rule}-${i}`} class={f.severity}>
                <button type="button" class="jump" data-path={f.path} data-rule={f.rule} title={f.path} aria-label={`${i18n.t('jumpTo', [name])}${colon}${f.message[lang]}`} onClick={() => onJump(f.path)}>
                  <SeverityIcon severity={f.severity} title={i18n.t(f.severity === 'error' ? 'severityError' : 'severityWarning')} />
                  <b class="summary-field">{name}</b> <span class="summary-message">{f.message[lang]}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
