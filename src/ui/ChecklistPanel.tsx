import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { checklist, type ChecklistItem } from '../checklist/checklist';
import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { sheetHref } from './check-sheet-model';
import { attentionFirst, countsOf, ownerName, targetOf } from './checklist-model';
import { countsLine, kindOf, Said, StatusIcon, statusWord } from './checklist-parts';
import { MATERIALS_SECTION } from './MaterialsSection';
import { colon, lang } from './lang';
import { controlFor } from './sections';

// 材料清单 in the editor: what this filing needs given 性质, province, provider, service kind and 前置审批, each present,
// missing or failing with why (the engine of icp:checklist), a way to the material, and the printable 核验单.

/** Brings the target into view and focus: the material's own control or card, else the materials section. */
function reveal(target: string): void {
  // Within the section: the summary of findings above the editor carries the same data-path on its buttons.
  const section = document.querySelector<HTMLElement>(`[data-section="${MATERIALS_SECTION}"]`);
  if (!section) return;
  const card = target === MATERIALS_SECTION ? null : section.querySelector<HTMLElement>(`[data-path="${CSS.escape(target)}"]`);
  const control = (target === MATERIALS_SECTION ? undefined : controlFor(section, target)) ?? section.querySelector<HTMLElement>('.section-toggle');
  (card ?? control ?? section).scrollIntoView({ block: 'center' });
  control?.focus();
}

type PanelProps = {
  profile: Profile;
  findings: readonly Finding[];
  /** The stored profile's id: the printable 核验单 reads the stored profile, so an unsaved one has none yet. */
  storedId?: string;
  /** Opens an editor section (the materials section) if it is closed. */
  onOpenSection: (id: string) => void;
};

/** The editor's 材料清单 · Checklist: every item of the whole filing, what needs the agent first. */
export function ChecklistPanel({ profile, findings, storedId, onOpenSection }: PanelProps) {
  const items = useMemo(() => attentionFirst(checklist(profile, undefined, undefined, findings)), [profile, findings]);
  const counts = countsOf(items);
  const [target, setTarget] = useState<string>();
  // After the render that opened the materials section, so the target is no longer hidden.
  useEffect(() => {
    if (!target) return;
    reveal(target);
    setTarget(undefined);
  }, [target]);
  const go = (item: ChecklistItem) => {
    onOpenSection(MATERIALS_SECTION);
    setTarget(targetOf(item) ?? MATERIALS_SECTION);
  };

  return (
    <details class="checklist-panel" id="checklist" open={counts.failing + counts.requiredMissing > 0}>
      <summary>
        <span class="checklist-title">{i18n.t('checklistTitle')}</span>{' '}
        <span id="checklist-counts" data-missing={counts.missing} data-failing={counts.failing} data-present={counts.present}>
          {countsLine(items)}
        </span>
      </summary>
      {profile.websites.length > 0 && (
        <p class="check-sheet-links">
          {storedId
            ? profile.websites.map((site, i) => (
                <a key={i} id={`print-check-sheet-${i}`} href={sheetHref(storedId, i)} target="_blank" rel="noopener">
                  {i18n.t('checkSheetOpen')}
                  {profile.websites.length > 1 || site.name ? `${colon}${site.name || ownerName(`websites[${i}]`, lang, profile)}` : ''}
                </a>
              ))
            : i18n.t('checkSheetSaveFirst')}
        </p>
      )}
      {items.length === 0 ? (
        <p>{i18n.t('checklistNone')}</p>
      ) : (
        <ul id="checklist-items">
          {items.map((item) => (
            <li key={`${item.kind} ${item.owner}`} class={`check-item ${item.status}`} data-kind={item.kind} data-owner={item.owner} data-status={item.status} data-material={item.material}>
              <div class="check-item-head">
                <StatusIcon status={item.status} /> <span class="check-status">{statusWord(item.status)}</span>
                <b class="check-kind">
                  <Said text={kindOf(item)} />
                </b>
                <span class="check-owner">{ownerName(item.owner, lang, profile)}</span>
                <span class={`check-required${item.required ? ' required' : ''}`}>{item.required ? i18n.t('checklistRequired') : i18n.t('checklistOptional')}</span>
                <button
                  type="button"
                  class="check-jump"
                  onClick={() => go(item)}
                  title={item.material ?? ''}
                  aria-label={`${item.material ? i18n.t('checklistShow') : i18n.t('checklistAdd')}${colon}${kindOf(item)} · ${ownerName(item.owner, lang, profile)}`}
                >
                  {item.material ? i18n.t('checklistShow') : i18n.t('checklistAdd')}
                </button>
              </div>
              <p class="check-reason">
                <Said text={item.reason[lang]} />
              </p>
              {item.findings.length > 0 && (
                <ul class="check-findings">
                  {item.findings.map((f, i) => (
                    <li key={i} class={f.severity}>
                      <Said text={f.message[lang]} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
