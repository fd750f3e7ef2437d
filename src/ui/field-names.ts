import { parsePath } from '../profile/paths';
import type { Profile } from '../profile/schema';
import type { Text } from '../rules/define-rule';
import { ACCESS_FIELDS, PERSON_FIELDS, SUBJECT_FIELDS, WEBSITE_FIELDS, type EditorField } from './editor-model';

// Field names as the filing says them, from the editor's own field tables: 主办单位负责人 · 证件号码 /
// Host entity head · Document number, a website by its name (网站「星河官网」· 网站域名). The path stays for tooltips.

const t = (zh: string, en: string): Text => ({ zh, en });
const byKey = (fields: readonly EditorField[]) => new Map(fields.map((f) => [f.key, f.label]));
const SUBJECT = byKey(SUBJECT_FIELDS);
const PERSON = byKey(PERSON_FIELDS);
const WEBSITE = byKey([...WEBSITE_FIELDS, ...ACCESS_FIELDS]);
const EXTRA: ReadonlyMap<string, Text> = new Map([
  ['subject.region.province', t('所在省', 'Province')],
  ['subject.region.city', t('所在市', 'City')],
  ['subject.region.county', t('所在县（区）', 'County')],
  ['label', t('资料名称', 'Profile label')],
]);
const SUBJECT_HEAD = t('主办单位负责人', 'Host entity head');
const WEBSITE_HEAD = t('网站负责人', 'Website head');
const APPROVALS = t('前置审批', 'Pre-approval');

export type Lang = 'zh' | 'en';

const item = (index: number, lang: Lang) => (lang === 'zh' ? `第 ${index + 1} 项` : `item ${index + 1}`);

function websiteName(profile: Profile | undefined, index: number, lang: Lang): string {
  const name = profile?.websites[index]?.name;
  if (lang === 'zh') return name ? `网站「${name}」` : `第 ${index + 1} 个网站`;
  return name ? `website “${name}”` : `website ${index + 1}`;
}

/** The name of the field at a profile path, in the UI language; the path itself when no name is known. */
export function fieldName(path: string, lang: Lang, profile?: Profile): string {
  const segments = parsePath(path);
  const trailing = typeof segments.at(-1) === 'number' ? (segments.pop() as number) : undefined;
  const key = segments.join('.');
  const parts: string[] = [];
  let label: Text | undefined = EXTRA.get(key) ?? SUBJECT.get(key);
  if (!label && key.startsWith('subject.head.')) {
    parts.push(SUBJECT_HEAD[lang]);
    label = PERSON.get(key.slice('subject.head.'.length));
  } else if (!label && segments[0] === 'websites' && typeof segments[1] === 'number') {
    parts.push(websiteName(profile, segments[1], lang));
    const rest = segments.slice(2).join('.');
    if (rest.startsWith('head.')) {
      parts.push(WEBSITE_HEAD[lang]);
      label = PERSON.get(rest.slice('head.'.length));
    } else if (rest.startsWith('approvals')) label = APPROVALS;
    else label = WEBSITE.get(rest);
  }
  if (!label) return path;
  parts.push(label[lang]);
  if (trailing !== undefined) parts.push(item(trailing, lang));
  return parts.join(' · ');
}
