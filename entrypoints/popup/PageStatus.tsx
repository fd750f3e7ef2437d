import { i18n } from '#i18n';
import type { RecogniseAnswer } from '../../src/messaging/protocol';
import { colon, oneLanguage } from '../../src/ui/lang';

// The popup's first lines: which portal and which filing step this tab is, or why it is neither, and the way to let
// the extension run on a site the agent has not enabled.

const STEP_NAMES: Record<string, string> = { start: i18n.t('stepStart'), subject: i18n.t('sectionSubject'), website: i18n.t('stepWebsite'), access: i18n.t('stepAccess'), app: i18n.t('stepApp') };
/** A step as the filing names its parts (`website+access` → 网站 + 接入). */
const stepName = (step: string) => step.split('+').map((part) => STEP_NAMES[part] ?? part).join(' + ');

type Props = { page: RecogniseAnswer | undefined; remembered: boolean; onEnable: () => void };

export function PageStatus({ page, remembered, onEnable }: Props) {
  return (
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
        <button id="enable-site" onClick={onEnable}>
          {i18n.t('enableSite')}
        </button>
      )}
    </section>
  );
}
