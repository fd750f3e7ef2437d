import { i18n } from '#i18n';
import type { ChecklistItem } from '../checklist/checklist';
import type { Profile } from '../profile/schema';
import { attentionFirst, countsOf, ownerName } from './checklist-model';
import { countsLine, kindOf, Said, StatusIcon, statusWord } from './checklist-parts';
import { colon, lang } from './lang';

// The popup's 材料清单 for the chosen profile and service (icp:checklist, with the tab's portal as provider): the
// counts before the agent starts a portal, the list one click away. Kept apart from the editor's panel so the popup
// loads neither the engine nor the materials section.

/** The popup's compact checklist for the chosen profile and service: the counts, the list one click away. */
export function ChecklistSummary({ items, profile }: { items: readonly ChecklistItem[]; profile: Profile }) {
  const sorted = attentionFirst(items);
  const counts = countsOf(items);
  return (
    <details id="popup-checklist" class="checklist-compact" data-missing={counts.missing} data-failing={counts.failing} data-present={counts.present}>
      <summary>
        {i18n.t('checklistTitle')}
        {colon}
        {countsLine(items)}
      </summary>
      {/* Focusable: the list scrolls, and a keyboard must be able to scroll it. */}
      <ul tabIndex={0} aria-label={i18n.t('checklistTitle')}>
        {sorted.map((item) => (
          <li key={`${item.kind} ${item.owner}`} class={`check-item ${item.status}`} data-kind={item.kind} data-owner={item.owner} data-status={item.status}>
            <StatusIcon status={item.status} /> <span class="check-status">{statusWord(item.status)}</span>{' '}
            <b>
              <Said text={kindOf(item)} />
            </b>{' '}
            · {ownerName(item.owner, lang, profile)}
            {item.required ? '' : lang === 'zh' ? `（${i18n.t('checklistOptional')}）` : ` (${i18n.t('checklistOptional')})`}
          </li>
        ))}
      </ul>
    </details>
  );
}
