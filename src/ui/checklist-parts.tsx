import { i18n } from '#i18n';
import type { ChecklistItem } from '../checklist/checklist';
import { countsOf, KIND_NAMES, zhRuns } from './checklist-model';
import { DoneIcon, ErrorIcon, NeutralIcon } from './icons';
import { lang } from './lang';
import './checklist.css';

// What the editor's checklist panel and the popup's compact one share: the status in words and shape, the counts.

const STATUS_WORDS: Record<ChecklistItem['status'], () => string> = {
  present: () => i18n.t('checklistPresent'),
  missing: () => i18n.t('checklistMissing'),
  failing: () => i18n.t('checklistFailing'),
};

/** The status word follows the icon, so the icon is decoration and the status reads without colour. */
export function StatusIcon({ status }: { status: ChecklistItem['status'] }) {
  if (status === 'present') return <DoneIcon />;
  if (status === 'failing') return <ErrorIcon />;
  return <NeutralIcon />;
}

/** A line in the UI's language; in English the filing's own Chinese terms are marked as Chinese. */
export function Said({ text }: { text: string }) {
  if (lang === 'zh') return <>{text}</>;
  return (
    <>
      {zhRuns(text).map((run, i) =>
        run.zh ? (
          <span key={i} lang="zh-CN">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

export const kindOf = (item: ChecklistItem) => KIND_NAMES[item.kind][lang];

/** 缺少 2 · 不合格 1 · 已备 3 */
export const countsLine = (items: readonly ChecklistItem[]): string => {
  const counts = countsOf(items);
  return i18n.t('checklistCounts', [String(counts.missing), String(counts.failing), String(counts.present)]);
};

export const statusWord = (status: ChecklistItem['status']): string => STATUS_WORDS[status]();
