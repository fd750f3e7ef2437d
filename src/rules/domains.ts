import { memoise, perObject } from './memoise';
import { parse } from 'tldts';
import type { Profile, Security, Website } from '../profile/schema';
import { monthsAfter, parseIsoDate } from './dates';
import {
  APPROVED_TLDS_SNAPSHOT,
  EXTRA_PUBLIC_SUFFIXES,
  GOVERNMENT_SUFFIXES,
  NEVER_APPROVABLE_TLDS,
  PUBLIC_INSTITUTION_SUFFIXES,
} from './data/tlds';
import { defineRule, type Hit, type Rule, type RuleContext, type Text } from './define-rule';
import { websiteOf } from './website-of';

// 网站域名 and 网站首页URL (rules-corpus §4.3, §4.4; seed 002 §2.3). A domain is read in three steps: what the filer
// typed (scheme, www., port … are format errors), the bare host left after removing them, and that host's registrable
// domain under the Public Suffix List. Each later rule works on the bare host, so one typo gives one finding.

/** A host in IDNA ASCII form (例子.中国 → xn--fsqu00a.xn--fiqs8s); undefined when it is no valid host. */
export function toAscii(host: string): string | undefined {
  // Plain lower-case ASCII names are already what the URL parser would give; it is only needed for IDNs (例子.中国).
  if (/^[a-z0-9.-]+$/.test(host) && !/^[0-9.]+$/.test(host)) return host;
  try {
    const { hostname } = new URL(`http://${host}`);
    return hostname === '' ? undefined : hostname;
  } catch {
    return undefined;
  }
}

const asciiList = (labels: readonly string[]): ReadonlySet<string> => new Set(labels.map((l) => toAscii(l) ?? l));
const APPROVED = asciiList(APPROVED_TLDS_SNAPSHOT);
const NEVER_APPROVABLE = asciiList(NEVER_APPROVABLE_TLDS);
const EXTRA_SUFFIXES = [...asciiList(EXTRA_PUBLIC_SUFFIXES)];

const endsWithSuffix = (ascii: string, suffix: string): boolean => ascii === suffix || ascii.endsWith(`.${suffix}`);
const suffixMatcher = (suffixes: readonly string[]) => {
  const ascii = [...asciiList(suffixes)];
  return (host: string): boolean => ascii.some((s) => endsWithSuffix(host, s));
};
const isPublicInstitutionDomain = suffixMatcher(PUBLIC_INSTITUTION_SUFFIXES);
const isGovernmentDomain = suffixMatcher(GOVERNMENT_SUFFIXES);

// ---------------------------------------------------------------------------------------------------------------
// Reading a domain.

type FormatProblem = 'scheme' | 'www' | 'port' | 'path' | 'space' | 'upper-case' | 'trailing-dot';

const FORMAT_MESSAGES: Readonly<Record<FormatProblem, Text>> = {
  scheme: { zh: '不要填写 http:// 或 https://', en: 'no http:// or https://' },
  www: { zh: '不要加 www.', en: 'no www.' },
  port: { zh: '不要填写端口号', en: 'no port' },
  path: { zh: '不要填写路径', en: 'no path' },
  space: { zh: '不能有空格', en: 'no spaces' },
  'upper-case': { zh: '请使用小写字母', en: 'use lower case' },
  'trailing-dot': { zh: '末尾不要加点', en: 'no trailing dot' },
};

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

type Registrable =
  | { ok: true; domain: string; suffix: string; tld: string; isSubdomain: boolean }
  | { ok: false; problem: 'ip' | 'unknown-suffix' | 'suffix-only' };

export type DomainReading = {
  /** As typed, trimmed. */
  typed: string;
  formatProblems: FormatProblem[];
  /** The host left after removing scheme, www., port, path, spaces; lower case, in the filer's script. */
  bare: string;
  /** `bare` in ASCII; undefined when `bare` holds characters no domain may hold. */
  ascii?: string;
  registrable?: Registrable;
};

function formatProblems(typed: string): FormatProblem[] {
  const afterScheme = typed.replace(SCHEME, '');
  const host = afterScheme.split(/[/?#]/)[0] ?? '';
  const checks: [FormatProblem, boolean][] = [
    ['scheme', SCHEME.test(typed)],
    ['www', /^www\./i.test(host.trim())],
    ['port', /:\d*$/.test(host)],
    ['path', host.length < afterScheme.length],
    ['space', /\s/.test(typed)],
    ['upper-case', /[A-Z]/.test(typed)],
    ['trailing-dot', /\.$/.test(host.replace(/:\d*$/, ''))],
  ];
  return checks.filter(([, found]) => found).map(([problem]) => problem);
}

function bareHost(typed: string): string {
  const host = typed.replace(SCHEME, '').split(/[/?#]/)[0] ?? '';
  return host
    .replace(/\s/g, '')
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .toLowerCase()
    .replace(/^www\./, '');
}

/** Letters of any script, digits and inner hyphens; no `_`, no full-width dot, no empty label. */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const ASCII_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// The ASCII test first: Unicode property classes are several times slower and most names are ASCII.
const hasValidLabels = (host: string): boolean => host !== '' && host.split('.').every((label) => ASCII_LABEL.test(label) || LABEL.test(label));

function registrableOf(ascii: string): Registrable {
  const parsed = parse(ascii, { allowPrivateDomains: false, extractHostname: false });
  if (parsed.isIp) return { ok: false, problem: 'ip' };
  if (!parsed.isIcann || !parsed.publicSuffix) return { ok: false, problem: 'unknown-suffix' };
  const listed = parsed.publicSuffix;
  const suffix = EXTRA_SUFFIXES.find((s) => endsWithSuffix(ascii, s) && s.length > listed.length) ?? listed;
  if (ascii === suffix) return { ok: false, problem: 'suffix-only' };
  const labels = ascii.slice(0, -suffix.length - 1).split('.');
  const domain = `${labels[labels.length - 1]}.${suffix}`;
  return { ok: true, domain, suffix, tld: suffix.split('.').pop() ?? suffix, isSubdomain: domain !== ascii };
}

function readDomainOnce(value: string): DomainReading {
  const typed = value.trim();
  const bare = bareHost(typed);
  const problems = formatProblems(typed);
  const ascii = hasValidLabels(bare) ? toAscii(bare) : undefined;
  // Written out, not spread from a shorter reading: in V8 (Node 20) `{ ...object, newKey }` takes a slow path that
  // cost as much as the rest of the reading.
  if (ascii === undefined) return { typed, formatProblems: problems, bare };
  return { typed, formatProblems: problems, bare, ascii, registrable: registrableOf(ascii) };
}

export const readDomain = memoise(readDomainOnce);

/** The last `labelCount` labels of a host: the registrable domain in the filer's own script. */
const lastLabels = (host: string, labelCount: number): string => host.split('.').slice(-labelCount).join('.');

type DomainSlot = { path: string; website: number; index: number; reading: DomainReading };

/** Every non-empty domain of the profile with its path. */
function domainSlotsOnce(profile: Profile): DomainSlot[] {
  return profile.websites.flatMap((site, i) =>
    site.domains.flatMap((value, j) => (value.trim() === '' ? [] : [{ path: `websites[${i}].domains[${j}]`, website: i, index: j, reading: readDomain(value) }])),
  );
}

const domainSlots = perObject(domainSlotsOnce);

const domainsOf = (site: Website): string[] => site.domains.filter((d) => d.trim() !== '');

type RegistrableSlot = DomainSlot & { registrable: Extract<Registrable, { ok: true }> };

/** Each domain that has a registrable reading, listed once per check for the rules over registrable domains. */
const registrableSlots = perObject(({ profile }: RuleContext): RegistrableSlot[] =>
  // Rebuilt field by field rather than `{ ...slot, registrable }`, for the reason readDomainOnce gives.
  domainSlots(profile).flatMap(({ path, website, index, reading }) => (reading.registrable?.ok ? [{ path, website, index, reading, registrable: reading.registrable }] : [])),
);

/** A TLD (ASCII, as `readDomain` gives it) that MIIT never approves (.io, .ai …). */
export const isNeverApprovableTld = (tld: string): boolean => NEVER_APPROVABLE.has(tld);

const tldText = (slot: DomainSlot): string => `.${slot.reading.bare.split('.').pop() ?? ''}`;

// ---------------------------------------------------------------------------------------------------------------
// One domain at a time.

/** What is wrong with the way a domain was typed (scheme, www., port …), with the bare domain to enter instead. */
export function formatMessage(reading: DomainReading): Text {
  const problems = reading.formatProblems.map((p) => FORMAT_MESSAGES[p]);
  const suggestion = reading.bare === '' ? undefined : reading.bare;
  return {
    zh: `${problems.map((p) => p.zh).join('；')}${suggestion ? `，请填写「${suggestion}」` : ''}`,
    en: `${problems.map((p) => p.en).join('; ')}${suggestion ? `; enter "${suggestion}"` : ''}`,
  };
}

export const REGISTRABLE_MESSAGES: Readonly<Record<'ip' | 'unknown-suffix' | 'suffix-only', Text>> = {
  ip: { zh: 'IP 地址不是域名', en: 'an IP address is not a domain' },
  'unknown-suffix': { zh: '不是已知的顶级域名', en: 'not under a known top-level domain' },
  'suffix-only': { zh: '只填写了域名后缀，缺少主体部分', en: 'this is only a suffix; the name part is missing' },
};

function registrableHit(slot: DomainSlot): Hit | undefined {
  const registrable = slot.reading.registrable;
  if (!registrable) return undefined;
  if (!registrable.ok) return { path: slot.path, message: REGISTRABLE_MESSAGES[registrable.problem] };
  if (!registrable.isSubdomain) return undefined;
  const domain = lastLabels(slot.reading.bare, registrable.domain.split('.').length);
  return {
    path: slot.path,
    message: {
      zh: `请填写主域名「${domain}」，不要填写子域名；主域名备案后其子域名可直接使用`,
      en: `enter the registrable domain "${domain}", not a subdomain; its subdomains are covered once it is filed`,
    },
  };
}

const perDomainRules: Rule[] = [
  defineRule({
    id: 'domains/domain-required',
    severity: 'error',
    field: 'websites[].domains',
    title: { zh: '每个网站至少填写一个域名', en: 'Each website needs at least one domain' },
    source: 'rules-corpus §1.3 (网站域名), §4.3',
    *check({ profile }) {
      for (const [i, site] of profile.websites.entries()) if (domainsOf(site).length === 0) yield { path: `websites[${i}].domains` };
    },
  }),
  defineRule({
    id: 'domains/bare-domain',
    severity: 'error',
    field: 'websites[].domains[]',
    title: { zh: '域名只填主域名本身：不加 http://、www.、端口或路径，使用小写', en: 'Enter the bare domain: no scheme, www., port or path, in lower case' },
    source: 'rules-corpus §4.3 [HW 备案域名咨询] (HARD-SYS); seed 002 §3 (网站域名不需加www.)',
    *check({ profile }) {
      for (const slot of domainSlots(profile)) {
        if (slot.reading.formatProblems.length > 0) yield { path: slot.path, message: formatMessage(slot.reading) };
      }
    },
  }),
  defineRule({
    id: 'domains/domain-syntax',
    severity: 'error',
    field: 'websites[].domains[]',
    title: {
      zh: '域名只能由字母、数字、汉字和连字符组成，各段以点分隔，连字符不能在段首段尾',
      en: 'A domain holds letters, digits, Chinese characters and inner hyphens, in dot-separated labels',
    },
    source: 'rules-corpus §4.3, §7 (domain syntax)',
    *check({ profile }) {
      for (const slot of domainSlots(profile)) {
        if (slot.reading.ascii !== undefined) continue;
        const fullWidthDot = /[。．｡]/.test(slot.reading.typed);
        yield {
          path: slot.path,
          ...(fullWidthDot && { message: { zh: '域名中的点请使用半角「.」', en: 'use the ASCII dot "." between labels' } }),
        };
      }
    },
  }),
  defineRule({
    id: 'domains/registrable-domain',
    severity: 'error',
    field: 'websites[].domains[]',
    title: { zh: '请填写可注册的主域名（如 example.com），不要填写子域名或 IP', en: 'Enter the registrable domain (e.g. example.com), not a subdomain or an IP' },
    source: 'rules-corpus §4.3 [HW 备案域名咨询] (备案针对顶级域名); seed 002 §2.3 (首页URL 填写顶级域名对应网址)',
    *check({ profile }) {
      for (const slot of domainSlots(profile)) {
        const hit = registrableHit(slot);
        if (hit) yield hit;
      }
    },
  }),
  defineRule({
    id: 'domains/tld-never-approvable',
    severity: 'error',
    field: 'websites[].domains[]',
    title: { zh: '该顶级域名未获工信部批准，无法备案', en: 'This top-level domain is not approved by MIIT and cannot be filed' },
    source: 'rules-corpus §4.3 [TC FAQ §3] (.io .ai .me .hk .tw .jp .asia); seed 002 §2.3 (必须是通过国家批复的顶级域名)',
    *check(ctx) {
      for (const slot of registrableSlots(ctx)) {
        if (NEVER_APPROVABLE.has(slot.registrable.tld)) {
          yield { path: slot.path, message: { zh: `${tldText(slot)} 域名无法在工信部备案`, en: `${tldText(slot)} domains cannot be filed with MIIT` } };
        }
      }
    },
  }),
  defineRule({
    id: 'domains/tld-not-in-snapshot',
    severity: 'warning',
    field: 'websites[].domains[]',
    title: {
      zh: '该顶级域名不在已知的工信部批复列表中，请在 domain.miit.gov.cn 核实',
      en: 'This top-level domain is not in the known MIIT-approved list; check domain.miit.gov.cn',
    },
    source: 'rules-corpus §4.3 (QC intro/limit.md TLD snapshot; HARD-SYS, list unverified)',
    *check(ctx) {
      for (const slot of registrableSlots(ctx)) {
        const { tld } = slot.registrable;
        if (!APPROVED.has(tld) && !NEVER_APPROVABLE.has(tld)) {
          yield {
            path: slot.path,
            message: { zh: `${tldText(slot)} 不在已知的批复列表中，请核实`, en: `${tldText(slot)} is not in the known approved list; verify it` },
          };
        }
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Domains against the subject, the province and the provider.

const natureOf = (profile: Profile): string => profile.subject.nature.trim();

/** Each domain beyond the first `max` of its website. */
function* beyond(profile: Profile, website: number, max: number): Iterable<DomainSlot> {
  yield* domainSlots(profile)
    .filter((s) => s.website === website)
    .slice(max);
}

const crossRules: Rule[] = [
  defineRule({
    id: 'domains/duplicate',
    severity: 'error',
    field: 'websites[].domains[]',
    title: { zh: '同一域名只能备案在一个网站中', en: 'A domain may be filed under one website only' },
    source: 'rules-corpus §4.3 (one domain ↔ one website); §1.3',
    *check({ profile }) {
      const first = new Map<string, string>();
      for (const slot of domainSlots(profile)) {
        const key = slot.reading.ascii ?? slot.reading.bare;
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, slot.path);
        else yield { path: slot.path, message: { zh: `与${websiteOf(earlier).zh}的域名重复`, en: `same domain as ${websiteOf(earlier).en}` } };
      }
    },
  }),
  defineRule({
    id: 'domains/public-body-suffix',
    severity: 'error',
    field: 'websites[].domains[]',
    title: {
      zh: '事业单位须使用 .cn 或 .公益 域名，党政机关须使用 .gov.cn 或 .政务 域名',
      en: 'Public institutions must use .cn or .公益 domains; government bodies .gov.cn or .政务',
    },
    source: 'rules-corpus §4.3 [HW 内蒙古/上海/浙江] (《互联网政务应用安全管理规定》)',
    *check(ctx) {
      const nature = natureOf(ctx.profile);
      const allowed = nature === '事业单位' ? isPublicInstitutionDomain : nature === '政府机关' ? isGovernmentDomain : undefined;
      if (!allowed) return;
      const suffixes = nature === '事业单位' ? PUBLIC_INSTITUTION_SUFFIXES : GOVERNMENT_SUFFIXES;
      for (const slot of registrableSlots(ctx)) {
        if (allowed(slot.registrable.domain)) continue;
        const list = suffixes.map((s) => `.${s}`).join(' / ');
        yield { path: slot.path, message: { zh: `${nature}的网站域名须为 ${list}`, en: `a ${nature} must use ${list}` } };
      }
    },
  }),
  defineRule({
    id: 'domains/one-domain-per-website',
    severity: 'error',
    field: 'websites[].domains[]',
    title: { zh: '本省管局要求每个网站只填写一个域名，其余域名请另建网站', en: 'This province allows one domain per website; file the others as separate websites' },
    source: 'rules-corpus §4.3, §4.8 (湖北, 重庆, 四川, 广西, 新疆) [Q, T, H]',
    *check({ profile, province }) {
      if (!province.oneDomainPerWebsite) return;
      for (const i of profile.websites.keys()) for (const slot of beyond(profile, i, 1)) yield { path: slot.path };
    },
  }),
  defineRule({
    id: 'domains/provider-domain-limit',
    severity: 'error',
    field: 'websites[].domains[]',
    title: { zh: '超过接入服务商每个网站允许的域名数', en: 'More domains than the provider allows per website' },
    source: 'rules-corpus §4.1, §4.3 [AL dws FAQ: one domain per website; TC: ≤10 domains per website]',
    *check({ profile, providers }) {
      for (const i of profile.websites.keys()) {
        const max = providers[i]?.maxDomainsPerWebsite;
        if (max === undefined) continue;
        const provider = profile.websites[i]?.access.provider.trim() ?? '';
        for (const slot of beyond(profile, i, max)) {
          yield { path: slot.path, message: { zh: `${provider}每个网站最多 ${max} 个域名`, en: `${provider} allows at most ${max} domain(s) per website` } };
        }
      }
    },
  }),
  defineRule({
    id: 'domains/personal-banned-tld',
    severity: 'error',
    field: 'websites[].domains[]',
    title: { zh: '本省个人备案不接受该顶级域名', en: 'This province does not accept this top-level domain for personal filings' },
    source: 'rules-corpus §4.3, §4.8 (重庆 personal no .org) [TC17]',
    *check(ctx) {
      const { profile, province } = ctx;
      if (natureOf(profile) !== '个人' || province.personalBannedTlds.length === 0) return;
      const banned = asciiList(province.personalBannedTlds);
      for (const slot of registrableSlots(ctx)) {
        if (banned.has(slot.registrable.tld)) {
          yield { path: slot.path, message: { zh: `本省个人网站不能使用 ${tldText(slot)} 域名`, en: `personal sites in this province may not use ${tldText(slot)}` } };
        }
      }
    },
  }),
  defineRule({
    id: 'domains/multi-domain-remark',
    severity: 'warning',
    field: 'websites[].remark',
    title: { zh: '多个域名的网站需在备注中说明', en: 'A website with several domains needs the province’s remark' },
    source: 'rules-corpus §4.8 山东 (multi-domain → remark "所有域名均指向同一个网站") [T]',
    *check({ profile, province }) {
      const wanted = province.multiDomainRemark;
      if (!wanted) return;
      for (const [i, site] of profile.websites.entries()) {
        if (domainsOf(site).length > 1 && !site.remark.includes(wanted)) {
          yield { path: `websites[${i}].remark`, message: { zh: `请在网站备注中写明「${wanted}」`, en: `add "${wanted}" to the website remark` } };
        }
      }
    },
  }),
  defineRule({
    id: 'domains/construction-proposal',
    severity: 'warning',
    field: 'websites[].domains[]',
    title: { zh: '域名数量超过本省限额，需提交网站建设方案书', en: 'More domains than the province allows without a 网站建设方案书' },
    source: 'rules-corpus §1.5 (网站建设方案书), §4.8 (上海, 江苏, 福建, 江西, 广东, 重庆, 四川) [Q]',
    *check({ profile, province }) {
      const max = province.maxDomainsWithoutProposal;
      if (max === undefined) return;
      const distinct = new Map<string, DomainSlot>();
      for (const slot of domainSlots(profile)) {
        const key = slot.reading.ascii ?? slot.reading.bare;
        if (!distinct.has(key)) distinct.set(key, slot);
      }
      const excess = [...distinct.values()][max];
      if (excess) {
        yield {
          path: excess.path,
          message: {
            zh: `共 ${distinct.size} 个域名，本省超过 ${max} 个需提交网站建设方案书`,
            en: `${distinct.size} domains; above ${max} the province asks for a website construction proposal`,
          },
        };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// 网站首页URL.

type HomepageReading = { typed: string; hasScheme: boolean; hasPort: boolean; hasSpace: boolean; host: string; ascii?: string; isIp: boolean };

function readHomepage(value: string): HomepageReading {
  const typed = value.trim();
  const hostPort = typed.replace(SCHEME, '').split(/[/?#]/)[0] ?? '';
  const host = hostPort.replace(/:\d*$/, '').replace(/\s/g, '').replace(/\.$/, '');
  const ascii = hasValidLabels(host.toLowerCase()) ? toAscii(host) : undefined;
  return {
    typed,
    hasScheme: SCHEME.test(typed),
    hasPort: /:\d*$/.test(hostPort),
    hasSpace: /\s/.test(typed),
    host,
    ...(ascii !== undefined && { ascii }),
    isIp: /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || hostPort.startsWith('['),
  };
}

/** The ASCII registrable domains of a website; a mistyped domain (www., subdomain) is reported by its own rule. */
function filedDomains(site: Website): string[] {
  return domainsOf(site).flatMap((d) => {
    const registrable = readDomain(d).registrable;
    return registrable?.ok ? [registrable.domain] : [];
  });
}

/** Every non-empty home page of the profile with its path, read once per check for the home page rules. */
const homepages = perObject(({ profile }: RuleContext): { path: string; site: Website; reading: HomepageReading }[] =>
  profile.websites.flatMap((site, i) => (site.homepage.trim() === '' ? [] : [{ path: `websites[${i}].homepage`, site, reading: readHomepage(site.homepage) }])),
);

function homepageFormatMessage(reading: HomepageReading): Text | undefined {
  const parts: Text[] = [];
  if (reading.hasScheme) parts.push(FORMAT_MESSAGES.scheme);
  if (reading.hasPort) parts.push(FORMAT_MESSAGES.port);
  if (reading.hasSpace) parts.push(FORMAT_MESSAGES.space);
  if (parts.length === 0) return undefined;
  const fixed = reading.typed.replace(SCHEME, '').replace(/\s/g, '').replace(/:\d*(?=[/?#]|$)/, '');
  return {
    zh: `${parts.map((p) => p.zh).join('；')}，如「${fixed}」`,
    en: `${parts.map((p) => p.en).join('; ')}, e.g. "${fixed}"`,
  };
}

const homepageRules: Rule[] = [
  defineRule({
    id: 'domains/homepage-required',
    severity: 'error',
    field: 'websites[].homepage',
    title: { zh: '请填写网站首页URL', en: 'The website home page URL is required' },
    source: 'rules-corpus §1.3, §4.4; Inspur hint (请添加网站首页URL)',
    *check({ profile }) {
      for (const [i, site] of profile.websites.entries()) if (site.homepage.trim() === '') yield { path: `websites[${i}].homepage` };
    },
  }),
  defineRule({
    id: 'domains/homepage-format',
    severity: 'error',
    field: 'websites[].homepage',
    title: { zh: '首页URL不加 http://、端口或空格，如 www.example.com', en: 'The home page URL has no scheme, port or spaces, e.g. www.example.com' },
    source: 'rules-corpus §4.4 (MIITX sample www.baidu.com, no scheme); seed 002 §2.3 (如www.abc.com); profile-format.md',
    *check(ctx) {
      for (const { path, reading } of homepages(ctx)) {
        const message = homepageFormatMessage(reading);
        if (message) yield { path, message };
      }
    },
  }),
  defineRule({
    id: 'domains/homepage-ip',
    severity: 'error',
    field: 'websites[].homepage',
    title: { zh: '首页URL不能是 IP 地址，请填写备案域名下的网址', en: 'The home page URL may not be an IP address; use the filed domain' },
    source: 'rules-corpus §4.4 (no IP)',
    *check(ctx) {
      for (const { path, reading } of homepages(ctx)) if (reading.isIp) yield { path };
    },
  }),
  defineRule({
    id: 'domains/homepage-under-domain',
    severity: 'error',
    field: 'websites[].homepage',
    title: { zh: '首页URL须在本网站的备案域名之下', en: 'The home page URL must be under one of the website’s domains' },
    source: 'rules-corpus §4.4 (must be under a filed domain); Inspur hint (请输入包含当前域名的首页URL)',
    *check(ctx) {
      for (const { path, site, reading } of homepages(ctx)) {
        const domains = filedDomains(site);
        if (reading.isIp || domains.length === 0) continue;
        const { ascii } = reading;
        if (ascii !== undefined && domains.some((d) => endsWithSuffix(ascii, d))) continue;
        yield {
          path,
          message: {
            zh: `「${reading.host}」不在本网站的域名（${domainsOf(site).join('、')}）之下`,
            en: `"${reading.host}" is not under the website's domains (${domainsOf(site).join(', ')})`,
          },
        };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// 域名证书有效期 (kept with the 公安 fields, profile-format.md "Security").

function* securityBlocks(profile: Profile): Iterable<{ path: string; security: Security }> {
  for (const [i, site] of profile.websites.entries()) if (site.security) yield { path: `websites[${i}].security`, security: site.security };
  for (const [i, app] of profile.apps.entries()) if (app.security) yield { path: `apps[${i}].security`, security: app.security };
}

const validityRules: Rule[] = [
  defineRule({
    id: 'domains/domain-validity',
    severity: 'error',
    field: '{websites[],apps[]}.security.domainCertificateValidUntil',
    title: { zh: '域名已过期或剩余有效期不足，请先续费', en: 'The domain has expired or has too little time left; renew it first' },
    source: 'HW 错误提示FAQ §2.1–§2.2 (域名已过期 / 域名即将过期); rules-corpus §4.3 (> 90 days left; 上海 > 180 days [QC domain_check.md, HW])',
    *check({ profile, today, province }) {
      const needed = monthsAfter(today, province.domainMinMonthsLeft);
      if (!needed) return;
      for (const { path, security } of securityBlocks(profile)) {
        const until = security.domainCertificateValidUntil?.trim() ?? '';
        if (!parseIsoDate(until)) continue;
        if (until < today) {
          yield { path: `${path}.domainCertificateValidUntil`, message: { zh: `域名已于 ${until} 到期，请续费后再备案`, en: `the domain expired on ${until}; renew it before filing` } };
        } else if (until < needed) {
          yield {
            path: `${path}.domainCertificateValidUntil`,
            message: {
              zh: `域名 ${until} 到期，备案要求至少还剩 ${province.domainMinMonthsLeft} 个月（至 ${needed}），请先续费`,
              en: `the domain expires on ${until}; filing needs at least ${province.domainMinMonthsLeft} months left (until ${needed}); renew it first`,
            },
          };
        }
      }
    },
  }),
];

export const domainsRules: Rule[] = [...perDomainRules, ...crossRules, ...homepageRules, ...validityRules];
