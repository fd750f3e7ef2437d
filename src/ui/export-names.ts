import { todayInChina } from '../rules/run-rules';

// Names of the files Export and Backup write, in the UI's language and dated as the agent's calendar shows the day
// (China's), so a folder of exports reads as what each file holds.

export type ExportKind = 'one' | 'selected' | 'all' | 'backup' | 'encrypted';

const NAMES: Record<Exclude<ExportKind, 'one'>, { zh: string; en: string }> = {
  selected: { zh: '备案资料-所选', en: 'filing-profiles-selected' },
  all: { zh: '备案资料-全部', en: 'filing-profiles-all' },
  backup: { zh: '备案助手完整备份', en: 'beian-assistant-backup' },
  encrypted: { zh: '备案助手加密备份', en: 'beian-assistant-encrypted-backup' },
};

/** A label as a file name: the characters no file system takes become "-", runs of spaces one space. */
const safe = (label: string) => label.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim();

export function exportName(kind: ExportKind, now: Date, language: 'zh' | 'en', label = ''): string {
  const day = todayInChina(now);
  if (kind === 'one') return `${safe(label) || (language === 'zh' ? '备案资料' : 'filing-profile')}.json`;
  return `${NAMES[kind][language]}-${day}${kind === 'encrypted' ? '.encrypted' : ''}.json`;
}
