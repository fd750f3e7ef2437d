import type { ChecklistItem } from '../checklist/checklist';
import type { MaterialKind } from '../checklist/need';
import type { Profile } from '../profile/schema';
import { parseService } from '../profile/service';
import type { Text } from '../rules/define-rule';
import type { Lang } from './field-names';

// What the checklist panels show, worked out apart from the page: a material kind and its owner as people read
// them, the counts, the order (what needs the agent first), and the Chinese terms an English line must mark.

/** Material kinds (profile-format.md `Material.kind`) in both languages; the Chinese name is the portals' own. */
export const KIND_NAMES: Readonly<Record<MaterialKind, Text>> = {
  主办单位证件: { zh: '主办单位证件', en: 'Host entity document' },
  负责人证件人像面: { zh: '负责人证件人像面', en: "Head's ID, portrait side" },
  负责人证件国徽面: { zh: '负责人证件国徽面', en: "Head's ID, emblem side" },
  手持证件照: { zh: '手持证件照', en: 'Photo holding the ID' },
  域名证书: { zh: '域名证书', en: 'Domain certificate' },
  前置审批文件: { zh: '前置审批文件', en: 'Pre-approval document' },
  授权书: { zh: '授权书', en: 'Letter of authorisation' },
  承诺书: { zh: '承诺书', en: 'Letter of commitment' },
  核验单: { zh: '核验单', en: 'Verification sheet' },
  APP图标: { zh: 'APP图标', en: 'APP icon' },
  其他: { zh: '其他材料', en: 'Other document' },
};

const SERVICE_NOUNS = {
  websites: { named: { zh: '网站「$」', en: 'website “$”' }, numbered: { zh: '第 # 个网站', en: 'website #' }, head: { zh: '网站负责人', en: 'website head' } },
  apps: { named: { zh: 'APP「$」', en: 'APP “$”' }, numbered: { zh: '第 # 个 APP', en: 'APP #' }, head: { zh: 'APP负责人', en: 'APP head' } },
  miniPrograms: { named: { zh: '小程序「$」', en: 'mini program “$”' }, numbered: { zh: '第 # 个小程序', en: 'mini program #' }, head: { zh: '小程序负责人', en: 'mini-program head' } },
} as const;

const SUBJECT: Text = { zh: '主办单位', en: 'Host entity' };
const PERSONAL_SUBJECT: Text = { zh: '主办者本人', en: 'The filer' };
const SUBJECT_HEAD: Text = { zh: '主办单位负责人', en: 'Host entity head' };

/** An owner path (`subject.head`, `websites[0].domains[1]` …) as people read it: 网站「星河官网」 · 网站负责人. */
export function ownerName(owner: string, lang: Lang, profile: Profile): string {
  if (owner === 'subject') return (profile.subject.nature.trim() === '个人' ? PERSONAL_SUBJECT : SUBJECT)[lang];
  if (owner === 'subject.head') return SUBJECT_HEAD[lang];
  const match = /^((websites|apps|miniPrograms)\[(\d+)\])(?:\.(head|domains|approvals)(?:\[(\d+)\])?)?$/.exec(owner);
  const ref = match ? parseService(match[1] ?? '') : undefined;
  if (!match || !ref) return owner;
  const nouns = SERVICE_NOUNS[ref.list];
  const service = profile[ref.list][ref.index];
  const name = service?.name.trim() ?? '';
  const parts = [name ? nouns.named[lang].replace('$', name) : nouns.numbered[lang].replace('#', String(ref.index + 1))];
  const part = match[4];
  const index = Number(match[5] ?? 0);
  if (part === 'head') parts.push(nouns.head[lang]);
  if (part === 'domains') {
    const domain = service && 'domains' in service ? (service.domains[index] ?? '').trim() : '';
    parts.push(domain || (lang === 'zh' ? `第 ${index + 1} 个域名` : `domain ${index + 1}`));
  }
  if (part === 'approvals') {
    const type = service?.approvals[index]?.type.trim() ?? '';
    parts.push(lang === 'zh' ? `前置审批${type ? `「${type}」` : ` ${index + 1}`}` : `pre-approval ${type ? `“${type}”` : index + 1}`);
  }
  return parts.join(' · ');
}

export type ChecklistCounts = { present: number; missing: number; failing: number; requiredMissing: number };

export function countsOf(items: readonly ChecklistItem[]): ChecklistCounts {
  const counts: ChecklistCounts = { present: 0, missing: 0, failing: 0, requiredMissing: 0 };
  for (const item of items) {
    counts[item.status] += 1;
    if (item.status === 'missing' && item.required) counts.requiredMissing += 1;
  }
  return counts;
}

const RANK = (item: ChecklistItem): number => (item.status === 'failing' ? 0 : item.status === 'missing' ? (item.required ? 1 : 2) : 3);

/** Failing first, then required and missing, then optional and missing, then present; the engine's order within each. */
export const attentionFirst = (items: readonly ChecklistItem[]): ChecklistItem[] =>
  items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => RANK(a.item) - RANK(b.item) || a.i - b.i)
    .map(({ item }) => item);

/** Where a click on an item goes: the path of the finding to fix, else the material that answers it; a missing item has none (the materials section, where a file is added). */
export const targetOf = (item: ChecklistItem): string | undefined => (item.status === 'failing' ? (item.findings.find((f) => f.severity === 'error')?.path ?? item.material) : item.material);

const CJK_RUN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+(?:[\s\d]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)*/g;

/**
 * A line split into runs, each marked when it is Chinese: the English UI keeps the filing's own terms (an 授权书,
 * the 核验单) and marks them lang="zh-CN" so a screen reader reads them in Chinese.
 */
export function zhRuns(text: string): { text: string; zh: boolean }[] {
  const runs: { text: string; zh: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), zh: false });
    runs.push({ text: match[0], zh: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}
