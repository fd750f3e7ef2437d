import { i18n } from '#i18n';
import { ErrorIcon, WarningIcon } from './icons';

/** A section's or a step's error and warning counts, each beside its icon; nothing for a zero. */
export function SeverityCounts({ errors, warnings }: { errors: number; warnings: number }) {
  return (
    <>
      {errors > 0 && (
        <span class="count-error">
          <ErrorIcon title={i18n.t('severityError')} /> {errors}
        </span>
      )}
      {warnings > 0 && (
        <span class="count-warning">
          <WarningIcon title={i18n.t('severityWarning')} /> {warnings}
        </span>
      )}
    </>
  );
}
