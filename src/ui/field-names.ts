import { getAtPath, parsePath } from '../profile/paths';
import type { Profile } from '../profile/schema';
import type { Text } from '../rules/define-rule';
import { ACCESS_FIELDS, APP_FIELDS, MINI_PROGRAM_FIELDS, PERSON_FIELDS, platformFields, SUBJECT_FIELDS, WEBSITE_FIELDS, type EditorField } from './editor-model';
import { securityFields, securityPersonTitle, type ServiceKind } from './security-fields';

// Field names as the filing says them, from the editor's own field tables: 主办单位负责人 · 证件号码 /
// Host entity head · Document number, a website by its name (网站「星河官网」· 网站域名). The path stays for tooltips.

const t = (zh: string, en: string): Text => ({ zh, en });
const byKey = (fields: readonly EditorField[]) => new Map(fields.map((f) => [f.key, f.label]));
const SUBJECT = byKey(SUBJECT_FIELDS);
const PERSON = byKey(PERSON_FIELDS);
const WEBSITE = byKey([...WEBSITE_FIELDS, ...ACCESS_FIELDS, ...Object.values(securityFields('website'))]);
const EXTRA: ReadonlyMap<string, Text> = new Map([
  ['subject.region.province', t('所在省', 'Province')],
  ['subject.region.city', t('所在市', 'City')],
  ['subject.region.county', t('所在县（区）', 'County')],
  ['label', t('资料名称', 'Profile label')],
]);
const SUBJECT_HEAD = t('主办单位负责人', 'Host entity head');
const WEBSITE_HEAD = t('网站负责人', 'Website head');
const APP = byKey([...APP_FIELDS, ...ACCESS_FIELDS, ...Object.values(securityFields('app'))]);
const MINI_PROGRAM = byKey(MINI_PROGRAM_FIELDS);
const APPROVALS = t('前置审批', 'Pre-approval');

/** The lists whose services hold a 公安 `security` block. */
const SECURITY_KINDS: Readonly<Record<string, ServiceKind>> = { websites: 'website', apps: 'app' };

export type Lang = 'zh' | 'en';

const item = (index: number, lang: Lang) => (lang === 'zh' ? `第 ${index + 1} 项` : `item ${index + 1}`);

type ServiceWords = { fields: ReadonlyMap<string, Text>; head: Text; named: Text; numbered: Text };
/** Each service list: its fields, its 负责人, and how one is named (`$` its name, `#` its number). */
const SERVICES: Readonly<Record<string, ServiceWords>> = {
  websites: { fields: WEBSITE, head: WEBSITE_HEAD, named: t('网站「$」', 'website “$”'), numbered: t('第 # 个网站', 'website #') },
  apps: { fields: APP, head: t('APP负责人', 'APP head'), named: t('APP「$」', 'APP “$”'), numbered: t('第 # 个 APP', 'APP #') },
  miniPrograms: { fields: MINI_PROGRAM, head: t('小程序负责人', 'Mini program head'), named: t('小程序「$」', 'mini program “$”'), numbered: t('第 # 个小程序', 'mini program #') },
};

function serviceName(words: ServiceWords, profile: Profile | undefined, list: string, index: number, lang: Lang): string {
  const held = getAtPath(profile, `${list}[${index}].name`);
  const name = typeof held === 'string' ? held : '';
  return name ? words.named[lang].replace('$', name) : words.numbered[lang].replace('#', String(index + 1));
}

/** `platforms[1].fingerprint` of an APP: the platform by name, the label as that platform's row says it. */
function platformPart(profile: Profile | undefined, app: number, rest: string, lang: Lang): { part: string; label?: Text } {
  const [, index, key] = /^platforms\.(\d+)\.?(.*)$/.exec(rest) ?? [];
  const platform = profile?.apps[app]?.platforms[Number(index)]?.platform ?? '';
  const part = platform ? (lang === 'zh' ? `${platform} 平台` : `${platform} platform`) : lang === 'zh' ? `第 ${Number(index) + 1} 个平台` : `platform ${Number(index) + 1}`;
  return { part, label: platformFields(platform).find((f) => f.key === key)?.label };
}

/** The name of the field at a profile path, in the UI language; the path itself when no name is known. */
export function fieldName(path: string, lang: Lang, profile?: Profile): string {
  const segments = parsePath(path);
  const trailing = typeof segments.at(-1) === 'number' ? (segments.pop() as number) : undefined;
  const key = segments.join('.');
  const parts: string[] = [];
  let label: Text | undefined = EXTRA.get(key) ?? SUBJECT.get(key);
  const list = String(segments[0]);
  const words = SERVICES[list];
  if (!label && key.startsWith('subject.head.')) {
    parts.push(SUBJECT_HEAD[lang]);
    label = PERSON.get(key.slice('subject.head.'.length));
  } else if (!label && words && typeof segments[1] === 'number') {
    parts.push(serviceName(words, profile, list, segments[1], lang));
    const rest = segments.slice(2).join('.');
    const security = /^security\.(securityHead|emergencyContact)\.(.+)$/.exec(rest);
    if (rest.startsWith('head.')) {
      parts.push(words.head[lang]);
      label = PERSON.get(rest.slice('head.'.length));
    } else if (security && SECURITY_KINDS[list]) {
      // 网站安全负责人 · 手机号码: a 公安 person's fields are a 负责人's.
      parts.push(securityPersonTitle(SECURITY_KINDS[list], security[1] === 'securityHead' ? 'securityHead' : 'emergencyContact')[lang]);
      label = PERSON.get(security[2] ?? '');
    } else if (rest.startsWith('approvals')) label = APPROVALS;
    else if (list === 'apps' && rest.startsWith('platforms.')) {
      const platform = platformPart(profile, segments[1], rest, lang);
      parts.push(platform.part);
      label = platform.label;
    } else label = words.fields.get(rest);
  }
  if (!label) return path;
  parts.push(label[lang]);
  if (trailing !== undefined) parts.push(item(trailing, lang));
  return parts.join(' · ');
}
