import { perObject } from './memoise';
import type { App, Profile } from '../profile/schema';
import { APP_GENERIC_WORDS, APP_MARKETING_WORDS, APP_PLACEHOLDER_NAMES, SENSITIVE_WORDS } from './data/name-words';
import { isPersonalSubject, defineRule, type Hit, type Rule, type Text } from './define-rule';
import { formatMessage, isNeverApprovableTld, readDomain, REGISTRABLE_MESSAGES } from './domains';
import { countedCharacters, disallowedSymbols, wordsHit, wordsIn } from './names';

// An APP as a whole (rules-corpus §1.6; apps-security-materials.md §1; profile-format.md v2): its one name across
// platforms and Huawei's name rules, its platform rows being there, its domains, and its icon. The rows' own 特征信息
// are the platforms family; the 负责人 and 接入 blocks are checked with everyone else's (contacts, identity, access).

type NameSlot = { path: string; index: number; name: string };

const appNames = perObject((profile: Profile): NameSlot[] =>
  profile.apps.flatMap((app, index) => {
    const name = app.name.trim();
    return name === '' ? [] : [{ path: `apps[${index}].name`, index, name }];
  }),
);

/** Whether the name, once every listed word is taken out, has nothing of its own left. */
function onlyWords(name: string, words: readonly string[]): boolean {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  const rest = longestFirst.reduce((left, word) => left.replaceAll(word, ''), countedCharacters(name).join(''));
  return rest === '';
}

const nameRules: Rule[] = [
  defineRule({
    id: 'apps/name-required',
    severity: 'error',
    field: 'apps[].name',
    title: { zh: '请填写 APP 名称', en: 'The APP name is required' },
    source: 'rules-corpus §1.6 (APP名称); apps-security-materials.md §1 (Aliyun APP form: APP名称)',
    *check({ profile }) {
      for (const [i, app] of profile.apps.entries()) if (app.name.trim() === '') yield { path: `apps[${i}].name` };
    },
  }),
  defineRule({
    id: 'apps/name-symbols',
    severity: 'error',
    field: 'apps[].name',
    title: { zh: 'APP 名称不能含有表情符号或特殊符号（只允许括号、- 和 ·）', en: 'No emoji or special symbols in the APP name (only brackets, - and ·)' },
    source: 'rules-corpus §1.6 (no placeholders/emoji [HW]); HW App备案咨询 doc_0123 (不得含有占位符、表情符号); rules-corpus §4.2 (allowed symbols)',
    *check({ profile }) {
      for (const slot of appNames(profile)) {
        const symbols = disallowedSymbols(slot.name);
        if (symbols.length > 0) yield { path: slot.path, message: { zh: `不能含有 ${symbols.join(' ')}`, en: `remove ${symbols.join(' ')}` } };
      }
    },
  }),
  defineRule({
    id: 'apps/name-placeholder',
    severity: 'error',
    field: 'apps[].name',
    title: { zh: 'APP 名称不能是占位文字（测试、未命名、demo 等）', en: 'The APP name may not be placeholder text (测试, 未命名, demo …)' },
    source: 'rules-corpus §1.6 (no placeholders [HW]); HW App备案咨询 doc_0123 (不得含有占位符)',
    *check({ profile }) {
      const placeholders = new Set(APP_PLACEHOLDER_NAMES.map((n) => n.toLowerCase()));
      for (const slot of appNames(profile)) if (placeholders.has(slot.name.toLowerCase())) yield { path: slot.path };
    },
  }),
  defineRule({
    id: 'apps/name-generic',
    severity: 'warning',
    field: 'apps[].name',
    title: { zh: 'APP 名称不能只由通用、功能或行业词组成（如「手电筒」「记账助手」），请加上可区分的名字', en: 'The APP name may not be only generic, function or industry words (手电筒, 记账助手); add a distinctive name' },
    source: 'rules-corpus §1.6 (no generic/industry-only words [HW]); HW App备案咨询 doc_0123 (不得使用广义归纳、热门应用名称、行业名词等不具辨识性的词汇); word list ours (data/name-words.ts)',
    *check({ profile }) {
      for (const slot of appNames(profile)) if (onlyWords(slot.name, APP_GENERIC_WORDS)) yield { path: slot.path };
    },
  }),
  defineRule({
    id: 'apps/name-marketing-words',
    severity: 'warning',
    field: 'apps[].name',
    title: { zh: 'APP 名称不能含有定价或营销字样（免费、特价、折扣、最佳等）', en: 'No price or marketing words in the APP name (免费, 特价, 折扣, 最佳 …)' },
    source: 'rules-corpus §1.6 (no price/marketing words [HW]); HW App备案咨询 doc_0123 (不得包含定价或营销属性词汇); word list ours (data/name-words.ts)',
    *check({ profile }) {
      for (const slot of appNames(profile)) {
        const words = wordsIn(slot.name, APP_MARKETING_WORDS);
        if (words.length > 0) yield wordsHit(slot.path, words, 'APP 名称不能带定价或营销字样', 'no price or marketing words in an APP name');
      }
    },
  }),
  defineRule({
    id: 'apps/name-sensitive-words',
    severity: 'warning',
    field: 'apps[].name',
    title: { zh: 'APP 名称不能含有敏感词（反腐、赌博、廉政、色情等）', en: 'No sensitive words (反腐, 赌博, 廉政, 色情 …) in the APP name' },
    source: 'rules-corpus §4.2 (sensitive words [QC site_name.md]), the website list reused for APP names (inferred: unverified for APPs)',
    *check({ profile }) {
      for (const slot of appNames(profile)) {
        const words = wordsIn(slot.name, SENSITIVE_WORDS);
        if (words.length > 0) yield wordsHit(slot.path, words, '属于敏感词', 'these are sensitive words');
      }
    },
  }),
  defineRule({
    id: 'apps/same-name',
    severity: 'warning',
    field: 'apps[].name',
    title: { zh: '同名的 APP 应作为一个 APP 备案，各平台分行填写', en: 'APPs of the same name are one APP, with a row per platform' },
    source: 'HW App备案咨询 doc_0113 (同一App在不同平台上架，需在备案中将所有平台信息填写清楚，名称必须保持一致); rules-corpus §1.6',
    *check({ profile }) {
      const first = new Map<string, number>();
      for (const slot of appNames(profile)) {
        const earlier = first.get(slot.name);
        if (earlier === undefined) first.set(slot.name, slot.index);
        else yield { path: slot.path, message: { zh: `与 APP ${earlier + 1} 同名；请把本 APP 的平台并入 APP ${earlier + 1}`, en: `same name as APP ${earlier + 1}; move this APP's platforms into APP ${earlier + 1}` } };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Platforms and domains.

type AppDomain = { path: string; app: number; value: string };

/** Every non-empty domain of every APP: its 全部域名 and each platform row's own list. */
const appDomains = perObject((profile: Profile): AppDomain[] =>
  profile.apps.flatMap((app, i) => [
    ...app.domains.flatMap((value, k) => (value.trim() === '' ? [] : [{ path: `apps[${i}].domains[${k}]`, app: i, value }])),
    ...app.platforms.flatMap((row, j) => row.domains.flatMap((value, k) => (value.trim() === '' ? [] : [{ path: `apps[${i}].platforms[${j}].domains[${k}]`, app: i, value }]))),
  ]),
);

/** The form a domain is compared in: the bare host in ASCII when it reads as one, else what was typed, lower case. */
const domainKey = (value: string): string => {
  const reading = readDomain(value);
  return reading.ascii ?? reading.bare;
};

const filledDomains = (app: App): string[] => app.domains.filter((d) => d.trim() !== '');

const domainRules: Rule[] = [
  defineRule({
    id: 'apps/platforms-required',
    severity: 'error',
    field: 'apps[].platforms',
    title: { zh: '请至少填写一个平台（Android、iOS、HarmonyOS 等）的信息', en: 'Add at least one platform row (Android, iOS, HarmonyOS …)' },
    source: 'rules-corpus §1.6 (平台, 特征信息 per platform); apps-security-materials.md §1 (Aliyun/Huawei 平台信息 rows)',
    *check({ profile }) {
      for (const [i, app] of profile.apps.entries()) if (app.platforms.length === 0) yield { path: `apps[${i}].platforms` };
    },
  }),
  defineRule({
    id: 'apps/domain-required',
    severity: 'error',
    field: 'apps[].domains',
    title: { zh: '请填写 APP 使用的全部域名，至少一个', en: 'List every domain the APP uses, at least one' },
    source: 'rules-corpus §1.6 (使用的域名 [HW]); apps-security-materials.md §1 (Aliyun: APP使用的域名; 「APP使用的全部域名」)',
    *check({ profile }) {
      for (const [i, app] of profile.apps.entries()) if (filledDomains(app).length === 0) yield { path: `apps[${i}].domains` };
    },
  }),
  defineRule({
    id: 'apps/bare-domain',
    severity: 'error',
    field: 'apps[].{domains[],platforms[].domains[]}',
    title: { zh: 'APP 域名只填域名本身：不加 http://、www.、端口或路径，使用小写', en: 'An APP domain is the bare domain: no scheme, www., port or path, in lower case' },
    source: 'rules-corpus §4.3 (no www./scheme/port [HW 备案域名咨询]); issue 16 item 3 (not www.-prefixed); profile-format.md v2 (no scheme)',
    *check({ profile }) {
      for (const { path, value } of appDomains(profile)) {
        const reading = readDomain(value);
        if (reading.formatProblems.length > 0) yield { path, message: formatMessage(reading) };
      }
    },
  }),
  defineRule({
    id: 'apps/domain-syntax',
    severity: 'error',
    field: 'apps[].{domains[],platforms[].domains[]}',
    title: { zh: 'APP 域名格式错误：应为已知顶级域名下的域名，不能是 IP 或只有后缀', en: 'The APP domain is not well-formed: a name under a known top-level domain, not an IP or a bare suffix' },
    source: 'rules-corpus §4.3, §7 (domain syntax); HW App备案咨询 doc_0112 (App 用到哪级备哪级, down to fourth-level domains)',
    *check({ profile }) {
      for (const { path, value } of appDomains(profile)) {
        const { ascii, registrable } = readDomain(value);
        // Sub-domains are what an APP calls (api.example.com): unlike a website, it files the level it uses.
        if (ascii === undefined) yield { path };
        else if (registrable && !registrable.ok) yield { path, message: REGISTRABLE_MESSAGES[registrable.problem] };
      }
    },
  }),
  defineRule({
    id: 'apps/domain-tld-never-approvable',
    severity: 'error',
    field: 'apps[].{domains[],platforms[].domains[]}',
    title: { zh: '该顶级域名未获工信部批准，无法备案', en: 'This top-level domain is not approved by MIIT and cannot be filed' },
    source: 'rules-corpus §4.3 [TC FAQ §3] (.io .ai .me .hk .tw .jp .asia); HW 备案驳回咨询 doc_0065 (顶级域名未获国家批复 → 核验失败)',
    *check({ profile }) {
      for (const { path, value } of appDomains(profile)) {
        const { registrable } = readDomain(value);
        if (registrable?.ok && isNeverApprovableTld(registrable.tld)) {
          yield { path, message: { zh: `.${registrable.tld} 域名无法在工信部备案`, en: `.${registrable.tld} domains cannot be filed with MIIT` } };
        }
      }
    },
  }),
  defineRule({
    id: 'apps/platform-domain-in-app',
    severity: 'error',
    field: 'apps[].platforms[].domains[]',
    title: { zh: '平台的域名须从 APP 使用的全部域名中选择', en: 'A platform’s domains are chosen from the APP’s domains' },
    source: 'apps-security-materials.md §1 (each platform row picks its domains from 「APP使用的全部域名」 [F]); profile-format.md v2 (a subset of `domains`)',
    *check({ profile }) {
      for (const [i, app] of profile.apps.entries()) {
        const all = new Set(filledDomains(app).map(domainKey));
        for (const [j, row] of app.platforms.entries()) {
          for (const [k, value] of row.domains.entries()) {
            if (value.trim() === '' || all.has(domainKey(value))) continue;
            yield { path: `apps[${i}].platforms[${j}].domains[${k}]`, message: { zh: `「${value.trim()}」不在本 APP 的全部域名中，请先把它加入 APP 使用的域名`, en: `"${value.trim()}" is not among the APP's domains; add it there first` } };
          }
        }
      }
    },
  }),
  defineRule({
    id: 'apps/platform-domain-required',
    severity: 'warning',
    field: 'apps[].platforms[].domains',
    title: { zh: '每个平台应选择它使用的域名', en: 'Each platform row should list the domains it uses' },
    source: 'apps-security-materials.md §1 (Aliyun and Huawei 平台信息: 域名 per platform) (unverified whether the portals require it)',
    *check({ profile }) {
      for (const [i, app] of profile.apps.entries()) {
        for (const [j, row] of app.platforms.entries()) if (row.domains.every((d) => d.trim() === '')) yield { path: `apps[${i}].platforms[${j}].domains` };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// The filing as a whole.

/** 100 KB, as Huawei states the icon limit ("100k以内"). */
const ICON_MAX_BYTES = 100 * 1024;

const filingRules: Rule[] = [
  defineRule({
    id: 'apps/icon-size',
    severity: 'error',
    field: 'materials[].size',
    title: { zh: 'APP 图标不能超过 100 KB', en: 'The APP icon may not exceed 100 KB' },
    source: 'rules-corpus §1.6 (APP 图标 ≤100 KB at Huawei); HW App备案咨询 doc_0110 (一张100k以内App图标的图片)',
    *check({ profile }) {
      for (const [k, material] of profile.materials.entries()) {
        if (material.kind.trim() !== 'APP图标' || material.size <= ICON_MAX_BYTES) continue;
        yield { path: `materials[${k}].size`, message: { zh: `图标为 ${Math.ceil(material.size / 1024)} KB，请压缩到 100 KB 以内`, en: `the icon is ${Math.ceil(material.size / 1024)} KB; shrink it to 100 KB or less` } };
      }
    },
  }),
  defineRule({
    id: 'apps/personal-one-service-per-order',
    severity: 'warning',
    field: 'apps[]',
    title: { zh: '个人主体一次只能提交一个网站或 APP，其余请分次备案', en: 'An individual submits one website or APP per order; file the others separately' },
    source: 'HW App备案咨询 doc_0124 (个人主体因一次只能提交一个互联网信息需要分两次备案)',
    *check({ profile }): Generator<Hit> {
      if (!isPersonalSubject(profile) || profile.websites.length + profile.apps.length <= 1) return;
      // The first service goes in this order; each APP after it needs an order of its own.
      const first = profile.websites.length > 0 ? 0 : 1;
      for (const i of profile.apps.keys()) {
        if (i < first) continue;
        const message: Text = { zh: `个人备案一次只能提交一个网站或 APP；APP ${i + 1} 请另行提交`, en: `an individual files one website or APP per order; submit APP ${i + 1} separately` };
        yield { path: `apps[${i}]`, message };
      }
    },
  }),
];

export const appsRules: Rule[] = [...nameRules, ...domainRules, ...filingRules];
