import { i18n } from '#i18n';
import type { Stage } from '../profile/log-stages';
import type { FilingType } from '../profile/store';

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

export function stageText(stage: Stage): string {
  switch (stage) {
    case 'submitted':
      return i18n.t('stageSubmitted');
    case 'provider-review':
      return i18n.t('stageProviderReview');
    case 'bureau-review':
      return i18n.t('stageBureauReview');
    case 'approved':
      return i18n.t('stageApproved');
    case 'rejected':
      return i18n.t('stageRejected');
    case 'withdrawn':
      return i18n.t('stageWithdrawn');
  }
}
