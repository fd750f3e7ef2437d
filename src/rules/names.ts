import { memoise, perObject } from './memoise';
import { parse } from 'tldts';
import type { Profile, Website } from '../profile/schema';
import {
  APPROVAL_KEYWORDS,
  BLOG_SERVICE,
  NAME_ALLOWED_SYMBOLS,
  NAME_MIN_CHARACTERS,
  NATIONAL_WORD_COMPOUNDS,
  NATIONAL_WORDS,
  ORGANISATION_FORM_WORDS,
  PERSONAL_BANNED_WORDS,
  PERSONAL_DISCOURAGED_WORDS,
  PERSONAL_NAME_MAX_ADVISED,
  PERSONAL_SERVICES,
  SENSITIVE_WORDS,
} from './data/name-words';
import { isPersonalSubject, defineRule, people, type Hit, type Rule, type Text } from './define-rule';
import { websiteOf } from './website-of';

// 网站名称 (rules-corpus §4.2) and the choices that go with a name: 前置审批 (§4.10) and, for personal sites, 服务内容
// (§1.7). Names are matched as typed; reviewers read them the same way.


/** `counted` is the name's `countedCharacters`, which five rules measure. */
type NameSlot = { path: string; index: number; name: string; site: Website; counted: string[] };

/** Every website with a non-empty name. */
function namesOnce(profile: Profile): NameSlot[] {
  return profile.websites.flatMap((site, index) => {
    const name = site.name.trim();
    return name === '' ? [] : [{ path: `websites[${index}].name`, index, name, site, counted: countedCharacters(name) }];
  });
}

const names = perObject(namesOnce);

const ALLOWED_SYMBOLS: ReadonlySet<string> = new Set(NAME_ALLOWED_SYMBOLS);

/** The characters that count: a 汉字, letter or digit counts one; brackets, hyphens and spaces count none. */
export const countedCharacters = (name: string): string[] => [...name].filter((c) => !ALLOWED_SYMBOLS.has(c) && !/\s/.test(c));

export const wordsIn = (name: string, words: readonly string[]): string[] => words.filter((w) => name.includes(w));

/** Candidate domains inside a name: dot-separated runs of letters, digits and hyphens. */
const DOMAIN_LIKE = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

function looksLikeDomainOrUrlOnce(name: string): boolean {
  if (/:\/\//.test(name) || /^www\./i.test(name)) return true;
  return [...name.matchAll(DOMAIN_LIKE)].some(([token]) => {
    const parsed = parse(token, { allowPrivateDomains: false });
    return parsed.isIcann === true && parsed.domain !== null;
  });
}

export const looksLikeDomainOrUrl = memoise(looksLikeDomainOrUrlOnce);

const quote = (words: readonly string[]): string => words.map((w) => `「${w}」`).join('');

/** A hit naming the words found, with the rule's own wording around them. */
const wordsMessage = (words: readonly string[], zh: string, en: string): Text => ({
  zh: `名称含有${quote(words)}：${zh}`,
  en: `the name contains ${words.join(', ')}: ${en}`,
});
export const wordsHit = (path: string, words: readonly string[], zh: string, en: string): Hit => ({ path, message: wordsMessage(words, zh, en) });

// ---------------------------------------------------------------------------------------------------------------
// Shape of the name.

/** Characters a name may not hold: anything but letters, digits, spaces and the allowed brackets, hyphen and ·. */
export const disallowedSymbols = (name: string): string[] => [...new Set([...name].filter((c) => !/[\p{L}\p{N}\s]/u.test(c) && !ALLOWED_SYMBOLS.has(c)))];

function symbolHit(slot: NameSlot): Hit | undefined {
  const symbols = disallowedSymbols(slot.name);
  if (symbols.length > 0) {
    return {
      path: slot.path,
      message: { zh: `不能含有特殊符号 ${symbols.join(' ')}（只允许括号、- 和 ·）`, en: `no special symbols such as ${symbols.join(' ')} (only brackets, - and ·)` },
    };
  }
  if (/\s/.test(slot.name)) {
    return { path: slot.path, severity: 'warning', message: { zh: '名称中不建议有空格', en: 'avoid spaces in the name' } };
  }
  return undefined;
}

const shapeRules: Rule[] = [
  defineRule({
    id: 'names/name-required',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '请填写网站名称', en: 'The website name is required' },
    source: 'rules-corpus §1.3 (网站名称); Inspur hint (请填写网站名称)',
    *check({ profile }) {
      for (const [i, site] of profile.websites.entries()) if (site.name.trim() === '') yield { path: `websites[${i}].name` };
    },
  }),
  defineRule({
    id: 'names/not-domain',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '网站名称不能是域名或网址', en: 'The website name may not be a domain or URL' },
    source: 'rules-corpus §4.2 [QC site_name.md; TC FAQ §5]; seed 002 §2.3 (不可将域名或网址作为网站名称)',
    *check({ profile }) {
      for (const slot of names(profile)) if (looksLikeDomainOrUrl(slot.name)) yield { path: slot.path };
    },
  }),
  defineRule({
    id: 'names/not-digits-only',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '网站名称不能是纯数字', en: 'The website name may not be digits only' },
    source: 'rules-corpus §4.2 [QC site_name.md; TC FAQ §5]',
    *check({ profile }) {
      for (const slot of names(profile)) if (/^[0-9０-９]+$/.test(slot.counted.join(''))) yield { path: slot.path };
    },
  }),
  defineRule({
    id: 'names/not-latin-only',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '网站名称不能是纯英文字母', en: 'The website name may not be Latin letters only' },
    source: 'rules-corpus §4.2 [QC site_name.md; TC FAQ §5; QC shanghai (no all-English)]',
    *check({ profile }) {
      for (const slot of names(profile)) if (/^[A-Za-zＡ-Ｚａ-ｚ]+$/.test(slot.counted.join(''))) yield { path: slot.path };
    },
  }),
  defineRule({
    id: 'names/special-symbols',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '网站名称不能含有特殊符号（只允许括号、- 和 ·）', en: 'No special symbols in the website name (only brackets, - and ·)' },
    source: 'rules-corpus §4.2 [QC site_name.md; en.3z0.cn: only "() -"]',
    *check({ profile }) {
      for (const slot of names(profile)) {
        // A domain-shaped name is already reported as such; its dots are not a second problem.
        if (looksLikeDomainOrUrl(slot.name)) continue;
        const hit = symbolHit(slot);
        if (hit) yield hit;
      }
    },
  }),
  defineRule({
    id: 'names/min-length',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '网站名称至少 3 个字', en: 'The website name needs at least 3 characters' },
    source: 'rules-corpus §4.2 [TC FAQ §5 三个字以上; VE 68750; xinnet]',
    *check({ profile }) {
      for (const slot of names(profile)) if (slot.counted.length < NAME_MIN_CHARACTERS) yield { path: slot.path };
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Words every name is checked for.

/** The national words a name holds; `个人` is masked so that 个人大… does not read as 人大. */
function nationalWordsIn(name: string): { word: string; inCompound: boolean }[] {
  const masked = name.replaceAll('个人', '□□');
  const compounds = wordsIn(masked, NATIONAL_WORD_COMPOUNDS);
  return wordsIn(masked, NATIONAL_WORDS).map((word) => {
    const outside = compounds.reduce((rest, compound) => rest.replaceAll(compound, '□'), masked);
    return { word, inCompound: !outside.includes(word) };
  });
}

function nationalWordHit(slot: NameSlot, subjectName: string): Hit | undefined {
  const found = nationalWordsIn(slot.name);
  if (found.length === 0) return undefined;
  const words = found.map((f) => f.word);
  // The subject's own legal name (中国银行股份有限公司, XX人民医院) carries the word: its site name may repeat it.
  const excused = found.every((f) => f.inCompound || subjectName.includes(f.word));
  const message = wordsMessage(words, '非国家级单位不得使用中国、中华、中央、全国、国家、人民、人大等字样', 'only national units may use 中国/中华/中央/全国/国家/人民/人大');
  if (!excused) return { path: slot.path, message };
  return {
    path: slot.path,
    severity: 'warning',
    message: {
      zh: `${message.zh}；这些字样来自主办单位名称或常用词，审核可能仍会要求说明`,
      en: `${message.en}; they come from the subject's own name or a common compound, but reviewers may still ask`,
    },
  };
}

const wordRules: Rule[] = [
  defineRule({
    id: 'names/national-words',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '非国家级单位不得以「中国」「中华」「国家」等字样命名', en: 'Only national units may use 中国, 中华, 国家 and similar words' },
    source: 'rules-corpus §4.2 [QC site_name.md; TC]; seed 002 §2.3 (非国家级单位…不得以"中国"等字头命名); Inspur hint',
    *check({ profile }) {
      const subjectName = isPersonalSubject(profile) ? '' : profile.subject.name.trim();
      for (const slot of names(profile)) {
        const hit = nationalWordHit(slot, subjectName);
        if (hit) yield hit;
      }
    },
  }),
  defineRule({
    id: 'names/sensitive-words',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '网站名称不能含有敏感词（反腐、赌博、廉政、色情等）', en: 'No sensitive words (反腐, 赌博, 廉政, 色情 …) in the website name' },
    source: 'rules-corpus §4.2 [QC site_name.md]; Inspur hint',
    *check({ profile }) {
      for (const slot of names(profile)) {
        const words = wordsIn(slot.name, SENSITIVE_WORDS);
        if (words.length > 0) yield wordsHit(slot.path, words, '属于敏感词', 'these are sensitive words');
      }
    },
  }),
  defineRule({
    id: 'names/province-banned-words',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '网站名称含有本省管局禁用的字样', en: 'The website name holds words this province bans' },
    source: 'rules-corpus §4.2, §4.8 (上海, 湖南) [QC shanghai, QC hunan]',
    *check({ profile, province }) {
      const extra = province.bannedNameWords.filter((w) => !SENSITIVE_WORDS.includes(w));
      for (const slot of names(profile)) {
        const words = wordsIn(slot.name, extra);
        if (words.length > 0) yield wordsHit(slot.path, words, `${province.province}管局不接受`, `not accepted in ${province.province}`);
      }
    },
  }),
  defineRule({
    id: 'names/approval-keywords',
    severity: 'warning',
    field: 'websites[].name',
    title: { zh: '网站名称涉及需前置审批的内容，但未填写相应的前置审批', en: 'The name implies a service that needs a pre-approval, but none is given' },
    source: 'rules-corpus §4.2 (前置审批 words [QC, QC shanghai, xinnet]), §4.10; Inspur hint',
    *check({ profile }) {
      const personal = isPersonalSubject(profile);
      for (const slot of names(profile)) {
        const approved = new Set(slot.site.approvals.map((a) => a.type.trim()));
        const missing = APPROVAL_KEYWORDS.filter((k) => slot.name.includes(k.word) && !k.approvals.some((a) => approved.has(a)));
        if (missing.length === 0) continue;
        const words = missing.map((k) => k.word);
        const types = [...new Set(missing.flatMap((k) => k.approvals))];
        yield personal
          ? wordsHit(slot.path, words, '个人无法取得前置审批，请换用不涉及这些内容的名称', 'individuals cannot obtain pre-approvals; choose another name')
          : wordsHit(slot.path, words, `需要前置审批（${types.join('、')}），请添加审批或修改名称`, `needs a pre-approval (${types.join(', ')}); add it or rename`);
      }
    },
  }),
  defineRule({
    id: 'names/distinct-names',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '本省管局要求同一主体的网站名称各不相同', en: 'This province requires the websites of one subject to have different names' },
    source: 'rules-corpus §4.2, §4.8 陕西 (site names must differ) [QC shaanxi]',
    *check({ profile, province }) {
      if (!province.distinctWebsiteNames) return;
      const first = new Map<string, string>();
      for (const slot of names(profile)) {
        const earlier = first.get(slot.name);
        if (earlier === undefined) first.set(slot.name, slot.path);
        else yield { path: slot.path, message: { zh: `与${websiteOf(earlier).zh}同名`, en: `same name as ${websiteOf(earlier).en}` } };
      }
    },
  }),
];

/**
 * What of the subject's own name a related website name would repeat: its 汉字 and its Latin words, once the region
 * and legal-form words are taken out (杭州云栖示例科技有限公司 → 云 栖 示 例).
 */
function subjectCore(profile: Profile): { han: Set<string>; latin: string[] } {
  const { name, region } = profile.subject;
  const regionNames = [region.province, region.city, region.county].flatMap((n) => [n.trim(), n.trim().replace(/(省|市|区|县|自治区|自治州|地区|盟|旗)$/, '')]);
  const words = [...ORGANISATION_FORM_WORDS, ...regionNames.filter((n) => n.length >= 2)];
  // Most of these words are not in a given name, and looking for one costs half of replacing nothing.
  const core = words.reduce((rest, word) => (rest.includes(word) ? rest.replaceAll(word, ' ') : rest), name.trim());
  return { han: new Set(core.match(/\p{Script=Han}/gu) ?? []), latin: (core.match(/[A-Za-z]{2,}/g) ?? []).map((w) => w.toLowerCase()) };
}

/** A name another names rule already rejects for its shape: one typo, one finding. */
const misshapen = (slot: NameSlot): boolean => {
  const counted = slot.counted.join('');
  return looksLikeDomainOrUrl(slot.name) || /^[0-9０-９]+$/.test(counted) || /^[A-Za-zＡ-Ｚａ-ｚ]+$/.test(counted) || counted.length < NAME_MIN_CHARACTERS;
};

const relatedRules: Rule[] = [
  defineRule({
    id: 'names/related-to-subject',
    severity: 'warning',
    field: 'websites[].name',
    title: {
      zh: '单位网站名称应与主办单位名称（或简称）相关；为项目或产品名称时请在网站备注中说明',
      en: 'An organisation’s website name should relate to its own name; for a project or product name, say so in the remark',
    },
    source:
      'HW 备案驳回咨询 doc_0019 (企业网站名称一般需要与备案主体单位名称保持一致或简称；无关联需提供商标注册证明); TC 常见驳回原因及其处理 (网站名称为公司的项目或产品，建议在网站备注中备注“XXXX为本公司的项目/产品”)',
    *check({ profile }) {
      if (isPersonalSubject(profile) || profile.subject.name.trim() === '') return;
      const core = subjectCore(profile);
      if (core.han.size === 0 && core.latin.length === 0) return;
      for (const slot of names(profile)) {
        if (misshapen(slot) || slot.site.remark.includes(slot.name)) continue;
        const lower = slot.name.toLowerCase();
        if ([...slot.name].some((c) => core.han.has(c)) || core.latin.some((w) => lower.includes(w))) continue;
        yield {
          path: slot.path,
          message: {
            zh: `「${slot.name}」与主办单位名称没有共同的字号；如为本单位的项目或产品，请在网站备注中写明「${slot.name}为本公司的项目/产品」，部分管局还要求商标注册证明`,
            en: `"${slot.name}" shares nothing with the subject's name; if it is the subject's project or product, add "${slot.name}为本公司的项目/产品" to the remark (some provinces also want the trademark certificate)`,
          },
        };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Personal sites.

/** Names of the people behind a personal filing: the 主办者 and every 负责人 (of websites, APPs and mini programs). */
function personNames(profile: Profile): string[] {
  const all = [profile.subject.name, ...people(profile).map((slot) => slot.person.name)].map((n) => n.trim());
  return [...new Set(all.filter((n) => n !== ''))];
}

function ownNameHit(slot: NameSlot, people: readonly string[]): Hit | undefined {
  const equal = people.find((p) => p === slot.name);
  if (equal) return { path: slot.path, message: { zh: `个人网站名称不能是姓名「${equal}」`, en: `a personal site may not be named after the person (${equal})` } };
  const inside = people.find((p) => slot.name.includes(p));
  if (!inside) return undefined;
  return {
    path: slot.path,
    severity: 'warning',
    message: {
      zh: `名称含有姓名「${inside}」，部分管局不接受，建议以网站内容命名`,
      en: `the name holds the person's name (${inside}); some 管局 refuse it, name the content instead`,
    },
  };
}

/** Personal sites in 陕西/江西 that run a blog need a 专项审批, so an approval there is expected, not an error. */
const blogApprovalExpected = (site: Website, blogNeedsApproval: boolean): boolean => blogNeedsApproval && site.services.includes(BLOG_SERVICE);

const personalRules: Rule[] = [
  defineRule({
    id: 'names/personal-banned-words',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '个人网站名称含有禁用字样（如网站、论坛、平台、工作室、博客）', en: 'The personal site name holds a banned word (网站, 论坛, 平台, 工作室, 博客 …)' },
    source: 'rules-corpus §4.2 personal [QC site_name.md, xinnet]',
    *check({ profile }) {
      if (!isPersonalSubject(profile)) return;
      for (const slot of names(profile)) {
        const words = wordsIn(slot.name, PERSONAL_BANNED_WORDS);
        if (words.length > 0) yield wordsHit(slot.path, words, '个人网站名称不能使用', 'not allowed in a personal site name');
      }
    },
  }),
  defineRule({
    id: 'names/personal-discouraged-words',
    severity: 'warning',
    field: 'websites[].name',
    title: { zh: '个人网站名称含有带企业或经营性质的字样，审核常被驳回', en: 'The personal site name holds a business-like word reviewers often reject' },
    source: 'rules-corpus §4.2 personal (longer list, ADVICE) [bkzhishi.com/sh/1644.html]',
    *check({ profile }) {
      if (!isPersonalSubject(profile)) return;
      for (const slot of names(profile)) {
        const words = wordsIn(slot.name, PERSONAL_DISCOURAGED_WORDS);
        if (words.length > 0) yield wordsHit(slot.path, words, '带有企业或经营性质，建议修改', 'sounds commercial; consider another name');
      }
    },
  }),
  defineRule({
    id: 'names/personal-own-name',
    severity: 'error',
    field: 'websites[].name',
    title: { zh: '个人网站名称不能是本人姓名', en: 'A personal site may not be named after the person' },
    source: 'rules-corpus §4.2 personal [TC FAQ §5, QC, Tencent intl]; Inspur hint (不能使用姓名)',
    *check({ profile }) {
      if (!isPersonalSubject(profile)) return;
      const people = personNames(profile);
      for (const slot of names(profile)) {
        const hit = ownNameHit(slot, people);
        if (hit) yield hit;
      }
    },
  }),
  defineRule({
    id: 'names/personal-max-length',
    severity: 'warning',
    field: 'websites[].name',
    title: { zh: '个人网站名称建议 3–10 个字', en: 'Personal site names should have 3–10 characters' },
    source: 'rules-corpus §4.2 personal [HW 驳回 建议3-10个字符]',
    *check({ profile }) {
      if (!isPersonalSubject(profile)) return;
      for (const slot of names(profile)) {
        const count = slot.counted.length;
        if (count > PERSONAL_NAME_MAX_ADVISED) {
          yield { path: slot.path, message: { zh: `名称有 ${count} 个字，建议不超过 ${PERSONAL_NAME_MAX_ADVISED} 个`, en: `${count} characters; at most ${PERSONAL_NAME_MAX_ADVISED} advised` } };
        }
      }
    },
  }),
  defineRule({
    id: 'names/personal-no-approvals',
    severity: 'error',
    field: 'websites[].approvals[]',
    title: { zh: '个人无法取得前置审批，个人网站不能勾选前置审批', en: 'Individuals cannot obtain pre-approvals; a personal site may not list any' },
    source: 'rules-corpus §4.10 [TC 前置审批和其他] (个人 forums = 电子公告服务, not allowed [TC FAQ §9])',
    *check({ profile, province }) {
      if (!isPersonalSubject(profile)) return;
      for (const [i, site] of profile.websites.entries()) {
        if (blogApprovalExpected(site, province.personalBlogNeedsApproval)) continue;
        for (const j of site.approvals.keys()) yield { path: `websites[${i}].approvals[${j}]` };
      }
    },
  }),
  defineRule({
    id: 'names/personal-service-content',
    severity: 'warning',
    field: 'websites[].services[]',
    title: { zh: '个人网站的服务内容建议只选「博客/个人空间」或「其他」', en: 'A personal site should choose only 博客/个人空间 or 其他 as service' },
    source: 'rules-corpus §1.7 (practical advice: personal → 博客/个人空间 or 其他), §4.1 (no commercial content); Inspur hint',
    *check({ profile }) {
      if (!isPersonalSubject(profile)) return;
      for (const [i, site] of profile.websites.entries()) {
        for (const [j, service] of site.services.entries()) {
          if (!PERSONAL_SERVICES.includes(service.trim())) {
            yield { path: `websites[${i}].services[${j}]`, message: { zh: `个人网站不宜选择「${service}」`, en: `"${service}" does not suit a personal site` } };
          }
        }
      }
    },
  }),
  defineRule({
    id: 'names/personal-blog-approval',
    severity: 'error',
    field: 'websites[].services[]',
    title: { zh: '本省个人网站选择「博客/个人空间」需先取得专项审批', en: 'In this province a personal 博客/个人空间 site needs a special approval first' },
    source: 'rules-corpus §1.7, §4.8 (陕西 网信办专项审批, 江西 省外宣办前置审批) [QC]',
    *check({ profile, province }) {
      if (!isPersonalSubject(profile) || !province.personalBlogNeedsApproval) return;
      for (const [i, site] of profile.websites.entries()) {
        const j = site.services.indexOf(BLOG_SERVICE);
        if (j >= 0 && site.approvals.length === 0) {
          yield {
            path: `websites[${i}].services[${j}]`,
            message: { zh: '本省个人「博客/个人空间」需专项审批；没有审批时请改选「其他」', en: 'the province needs a special approval for a personal blog; without one choose 其他' },
          };
        }
      }
    },
  }),
];

export const namesRules: Rule[] = [...shapeRules, ...wordRules, ...relatedRules, ...personalRules];
