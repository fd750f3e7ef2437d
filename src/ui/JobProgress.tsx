import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';

// Long work (reading or storing thousands of profiles, exporting them) as a bar with counts, and Cancel where the
// work can be undone by stopping it.

export type Job = { label: string; done: number; total: number; cancel?: () => void };

export function JobProgress({ job }: { job: Job }) {
  const cancel = useRef<HTMLButtonElement>(null);
  // Work the agent just started from the keyboard can be stopped at once: Cancel takes the focus.
  useEffect(() => cancel.current?.focus(), [Boolean(job.cancel)]);
  return (
    <div id="progress" class="progress" role="group" aria-labelledby="progress-label">
      <span id="progress-label">{job.label}</span>
      <progress id="progress-bar" aria-label={job.label} max={Math.max(job.total, 1)} value={job.done} />
      <span id="progress-count">
        {job.done} / {job.total}
      </span>
      {job.cancel && (
        <button type="button" id="cancel-import" ref={cancel} onClick={job.cancel}>
          {i18n.t('cancelImport')}
        </button>
      )}
    </div>
  );
}
