import { i18n } from '#i18n';

type Props = { onImport: () => void; onSample: () => void; onNew: () => void };

/**
 * The workspace with no profile yet: it starts with the agent's first client — import what they have, try the
 * sample, or type a new one — rather than with an empty list.
 */
export function FirstRun({ onImport, onSample, onNew }: Props) {
  return (
    <section id="first-run" class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{i18n.t('firstRunTitle')}</h2>
      <p>{i18n.t('firstRunLead')}</p>
      <div class="first-run-choices">
        <button id="first-import" class="primary" onClick={onImport}>
          <b>{i18n.t('firstRunImport')}</b>
          <span>{i18n.t('firstRunImportNote')}</span>
        </button>
        <button id="first-sample" onClick={onSample}>
          <b>{i18n.t('firstRunSample')}</b>
          <span>{i18n.t('firstRunSampleNote')}</span>
        </button>
        <button id="first-new" onClick={onNew}>
          <b>{i18n.t('firstRunNew')}</b>
          <span>{i18n.t('firstRunNewNote')}</span>
        </button>
      </div>
    </section>
  );
}
