import { i18n } from '#i18n';
import { STAGE_LABELS, type Stage } from '../profile/log-stages';
import type { FilingType } from '../profile/store';
import { say } from './lang';

// Filing types and log stages in the UI's language; the store keeps the filing type as the portals write it and the
// stage as an id, so neither changes with the language of the browser that wrote it.

export const FILING_TYPES: readonly FilingType[] = ['新增备案', '新增网站', '新增接入', '变更', '注销'];

export function filingTypeText(type: FilingType): string {
  switch (type) {
    case '新增备案':
      return i18n.t('filingTypeNew');
    case '新增网站':
      return i18n.t('filingTypeWebsite');
    case '新增接入':
      return i18n.t('filingTypeAccess');
    case '变更':
      return i18n.t('filingTypeChange');
    case '注销':
      return i18n.t('filingTypeCancel');
  }
}

export const stageText = (stage: Stage): string => say(STAGE_LABELS[stage]);
