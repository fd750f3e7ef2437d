import { perObject } from './memoise';
import type { Access } from '../profile/schema';
import { ACCESS_METHODS, SERVER_LOCATIONS } from '../profile/options';
import { defineRule, type Hit, type Rule, type RuleContext, type Text } from './define-rule';
import { shortProvinceName } from './data/divisions';
import type { ProviderRules } from './data/providers';
import { bounds, entrySize, nonPublicBlock, overlaps, parseConfiguredRange, parseIpEntry, type IpEntry } from './ip-ranges';

// 接入信息 of websites and APPs (rules-corpus §1.4, §4.1; seed 000's IP hint; seed 002 for 21Vianet): provider, public
// IPv4 addresses or ranges, access methods and server locations, then the provider's and the province's own limits
// (the per-website ones stay with websites: their sources speak of websites).

const NAMES: Record<string, { zh: string; en: string }> = {
  private: { zh: '内网（私有）地址', en: 'a private address' },
  loopback: { zh: '本机回环地址', en: 'a loopback address' },
  carrierGradeNat: { zh: '运营商级 NAT 地址（100.64.0.0/10）', en: 'a carrier-grade NAT address (100.64.0.0/10)' },
  linkLocal: { zh: '链路本地地址', en: 'a link-local address' },
  multicast: { zh: '组播地址', en: 'a multicast address' },
  reserved: { zh: '保留或文档示例地址', en: 'a reserved or documentation address' },
  broadcast: { zh: '广播地址', en: 'the broadcast address' },
  unspecified: { zh: '未指定地址 0.0.0.0', en: 'the unspecified address' },
  as112: { zh: 'AS112 服务地址', en: 'an AS112 service address' },
  amt: { zh: 'AMT 服务地址', en: 'an AMT service address' },
};

/** A service's 接入信息 at its path: every website's, and every APP's (their access block is the same, profile-format.md v2). */
type AccessSlot = { access: Access; path: string; provider: ProviderRules | undefined; kind: 'website' | 'app'; index: number };

const accessSlots = perObject((ctx: RuleContext): AccessSlot[] => [
  ...ctx.profile.websites.map((site, i): AccessSlot => ({ access: site.access, path: `websites[${i}].access`, provider: ctx.providers[i], kind: 'website', index: i })),
  ...ctx.profile.apps.map((app, i): AccessSlot => ({ access: app.access, path: `apps[${i}].access`, provider: ctx.appProviders[i], kind: 'app', index: i })),
]);

/** Websites only: the per-website limits of a province or provider. */
const sites = (ctx: RuleContext) => ctx.profile.websites.map((site, i) => ({ site, i, provider: ctx.providers[i] }));

/** The provider's ranges from settings, keyed by its id, the name typed, or any of its known names. */
function configuredRanges(ctx: RuleContext, typed: string, provider: ProviderRules | undefined) {
  const table = ctx.config.providerIpRanges ?? {};
  const keys = [provider?.id, typed.trim(), ...(provider?.names ?? [])].filter((k): k is string => Boolean(k));
  const texts = keys.map((k) => table[k]).find((list) => list?.length);
  const ranges = (texts ?? []).flatMap((text) => parseConfiguredRange(text) ?? []);
  return texts && ranges.length ? { texts, ranges } : undefined;
}

/** Each service's readable IP entries, read once per list for all the rules below. */
const parsedIps = perObject((ips: readonly string[]): { j: number; entry: IpEntry }[] =>
  ips.flatMap((text, j) => {
    const entry = parseIpEntry(text);
    return typeof entry === 'string' ? [] : [{ j, entry }];
  }),
);

/** Values of a service's methods or server locations that its provider's list does not have (provider data). */
function* outsideProviderList(ctx: RuleContext, key: 'methods' | 'serverLocations', message: (provider: string, list: readonly string[]) => Text): Generator<Hit> {
  for (const { access, path, provider } of accessSlots(ctx)) {
    const allowed = provider?.[key];
    if (!provider || !allowed) continue;
    for (const [k, value] of access[key].entries()) {
      if (!allowed.includes(value)) yield { path: `${path}.${key}[${k}]`, message: message(provider.names[0] ?? access.provider, allowed) };
    }
  }
}

/** The single IPs (not ranges) each service files with this provider, for the per-server limit. */
function servicesBySingleIp(ctx: RuleContext, provider: ProviderRules): Map<number, AccessSlot[]> {
  const byIp = new Map<number, AccessSlot[]>();
  for (const slot of accessSlots(ctx)) {
    if (slot.provider !== provider) continue;
    const seen = new Set<number>();
    for (const { entry } of parsedIps(slot.access.ips)) {
      if (entry.start !== entry.end || seen.has(entry.start)) continue;
      seen.add(entry.start);
      byIp.set(entry.start, [...(byIp.get(entry.start) ?? []), slot]);
    }
  }
  return byIp;
}

/** A service as the marks name it: 网站 2, APP 1. */
const serviceName = (slot: AccessSlot): Text =>
  slot.kind === 'website' ? { zh: `网站 ${slot.index + 1}`, en: `website ${slot.index + 1}` } : { zh: `APP ${slot.index + 1}`, en: `APP ${slot.index + 1}` };

const SERVICES_FIELD = '{websites[],apps[]}.access';

export const accessRules: Rule[] = [
  defineRule({
    id: 'access/provider-required',
    severity: 'error',
    field: `${SERVICES_FIELD}.provider`,
    title: { zh: '请填写接入服务商', en: 'The hosting provider is required' },
    source: 'rules-corpus §1.4; seed 003 (网站接入服务提供者名称); apps-security-materials.md §1 (Aliyun APP form: 云服务器IP; HW 接入)',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) if (!access.provider.trim()) yield { path: `${path}.provider` };
    },
  }),
  defineRule({
    id: 'access/ip-required',
    severity: 'error',
    field: `${SERVICES_FIELD}.ips`,
    title: { zh: '请至少填写一个服务器 IP 地址', en: 'At least one server IP address is required' },
    source: 'seeds 000/001 (网站IP地址 *); apps-security-materials.md §1 (Aliyun APP form: 云服务器IP)',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) if (access.ips.every((ip) => !ip.trim())) yield { path: `${path}.ips` };
    },
  }),
  defineRule({
    id: 'access/ip-format',
    severity: 'error',
    field: `${SERVICES_FIELD}.ips[]`,
    title: { zh: 'IP 应为 IPv4 地址或“起始IP-终止IP”', en: 'An IP entry is an IPv4 address or "start-end"' },
    source: 'seed 000 (起始IP和终止IP间用“-”连接); profile-format.md (CIDR and IPv6 are filing errors)',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) {
        for (const [j, text] of access.ips.entries()) {
          const parsed = parseIpEntry(text);
          if (parsed === 'cidr') yield { path: `${path}.ips[${j}]`, message: { zh: `「${text}」是 CIDR 网段，请写成“起始IP-终止IP”`, en: `"${text}" is CIDR; write the range as start-end` } };
          else if (parsed === 'ipv6') yield { path: `${path}.ips[${j}]`, message: { zh: `「${text}」是 IPv6 地址，备案表单只接受 IPv4`, en: `"${text}" is IPv6; filing forms take IPv4 only` } };
          else if (parsed === 'format') yield { path: `${path}.ips[${j}]`, message: { zh: `「${text}」不是有效的 IPv4 地址或地址段`, en: `"${text}" is not an IPv4 address or range` } };
        }
      }
    },
  }),
  defineRule({
    id: 'access/ip-public',
    severity: 'error',
    field: `${SERVICES_FIELD}.ips[]`,
    title: { zh: '只能填写公网 IP 地址', en: 'Only public IP addresses may be filed' },
    source: 'seed 000 (所填IP信息均指公网IP地址, 不允许填写局域网IP地址); ipaddr.js special ranges',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) {
        for (const { j, entry } of parsedIps(access.ips)) {
          const block = nonPublicBlock(entry);
          if (block) {
            const name = NAMES[block] ?? { zh: block, en: block };
            yield { path: `${path}.ips[${j}]`, message: { zh: `「${access.ips[j]}」包含${name.zh}，只能填写公网 IP`, en: `"${access.ips[j]}" includes ${name.en}; only public IPs may be filed` } };
          }
        }
      }
    },
  }),
  defineRule({
    id: 'access/ip-range-order',
    severity: 'error',
    field: `${SERVICES_FIELD}.ips[]`,
    title: { zh: 'IP 地址段的起始地址不能大于终止地址', en: 'A range must start at or below its end' },
    source: 'seed 000 (起始IP-终止IP, e.g. 211.68.0.100-211.68.0.102)',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) {
        for (const { j, entry } of parsedIps(access.ips)) {
          if (entry.start > entry.end) {
            yield { path: `${path}.ips[${j}]`, message: { zh: `起始 ${entry.startText} 大于终止 ${entry.endText}，请对调`, en: `start ${entry.startText} is above end ${entry.endText}; swap them` } };
          }
        }
      }
    },
  }),
  defineRule({
    id: 'access/ip-range-size',
    severity: 'warning',
    field: `${SERVICES_FIELD}.ips[]`,
    title: { zh: 'IP 地址段超过 256 个地址，请确认都用于本服务', en: 'The range holds more than 256 addresses; make sure all serve this service' },
    source: 'rules-corpus §1.4 (IPs must belong to the site and provider); unverified threshold',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) for (const { j, entry } of parsedIps(access.ips)) if (entrySize(entry) > 256) yield { path: `${path}.ips[${j}]` };
    },
  }),
  defineRule({
    id: 'access/ip-duplicate',
    severity: 'warning',
    field: `${SERVICES_FIELD}.ips[]`,
    title: { zh: 'IP 地址重复或地址段重叠', en: 'IP entries repeat or overlap' },
    source: 'rules-corpus §1.4',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) {
        const entries = parsedIps(access.ips);
        for (const [k, { j, entry }] of entries.entries()) {
          if (entries.slice(0, k).some((earlier) => overlaps(earlier.entry, entry))) yield { path: `${path}.ips[${j}]` };
        }
      }
    },
  }),
  defineRule({
    id: 'access/ip-count-limit',
    severity: 'error',
    field: 'websites[].access.ips',
    title: { zh: '每个网站只能备案一个 IP', en: 'Only one IP per website may be filed here' },
    source: 'rules-corpus §4.8 (天津: one IP per site [Q]); §4.1 (QingCloud: 1 IP per website)',
    *check(ctx) {
      for (const { site, i, provider } of sites(ctx)) {
        const limit = Math.min(ctx.province.oneIpPerWebsite ? 1 : Infinity, provider?.maxIpsPerWebsite ?? Infinity);
        const total = parsedIps(site.access.ips).reduce((n, { entry }) => n + entrySize(entry), 0);
        if (total > limit) {
          const who = ctx.province.oneIpPerWebsite ? { zh: '本省管局', en: 'the province' } : { zh: provider?.names[0] ?? '', en: provider?.names[0] ?? '' };
          yield { path: `websites[${i}].access.ips`, message: { zh: `${who.zh}要求每个网站只填写 ${limit} 个 IP，当前共 ${total} 个`, en: `${who.en} allows ${limit} IP per website; this one has ${total}` } };
        }
      }
    },
  }),
  defineRule({
    id: 'access/method-known',
    severity: 'error',
    field: `${SERVICES_FIELD}.methods[]`,
    title: { zh: '请选择有效的接入方式', en: 'Choose a valid access method' },
    source: 'rules-corpus §1.4 (1 专线, 2 主机托管, 4 虚拟主机, 8 其他方式, 16 云接入 [MIITX])',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) {
        if (access.methods.length === 0) yield { path: `${path}.methods`, message: { zh: '请至少选择一种接入方式', en: 'choose at least one access method' } };
        for (const [k, method] of access.methods.entries()) {
          if (!Object.hasOwn(ACCESS_METHODS, method)) yield { path: `${path}.methods[${k}]`, message: { zh: `「${method}」不是接入方式选项`, en: `"${method}" is not an access method` } };
        }
      }
    },
  }),
  defineRule({
    id: 'access/server-location-known',
    severity: 'error',
    field: `${SERVICES_FIELD}.serverLocations[]`,
    title: { zh: '服务器放置地点应为门户列出的省份简称', en: 'Server locations are the province short names portals list' },
    source: 'rules-corpus §1.4 (serveraddressDiv); seed 000',
    *check(ctx) {
      for (const { access, path } of accessSlots(ctx)) {
        if (access.serverLocations.length === 0) yield { path: `${path}.serverLocations`, message: { zh: '请至少选择一个服务器放置地点', en: 'choose at least one server location' } };
        for (const [k, place] of access.serverLocations.entries()) {
          if (Object.hasOwn(SERVER_LOCATIONS, place)) continue;
          const short = shortProvinceName(place);
          const hint = Object.hasOwn(SERVER_LOCATIONS, short) ? { zh: `，请写作「${short}」`, en: `; write "${short}"` } : { zh: '', en: '' };
          yield { path: `${path}.serverLocations[${k}]`, message: { zh: `「${place}」不是服务器放置地点选项${hint.zh}`, en: `"${place}" is not a server location option${hint.en}` } };
        }
      }
    },
  }),
  defineRule({
    id: 'access/provider-methods',
    severity: 'error',
    field: `${SERVICES_FIELD}.methods[]`,
    title: { zh: '该接入服务商不提供这种接入方式', en: 'The provider does not offer this access method' },
    source: 'provider data (src/rules/data/providers.ts); seed 002 (世纪互联: 云接入)',
    check: (ctx) => outsideProviderList(ctx, 'methods', (name, list) => ({ zh: `${name}的接入方式只能选择：${list.join('、')}`, en: `${name} files only: ${list.join(', ')}` })),
  }),
  defineRule({
    id: 'access/provider-server-locations',
    severity: 'error',
    field: `${SERVICES_FIELD}.serverLocations[]`,
    title: { zh: '该接入服务商在此地没有可备案的服务器', en: 'The provider has no filing-eligible servers there' },
    source: 'provider data (src/rules/data/providers.ts); seed 002 (世纪互联: 北京/上海/河北)',
    check: (ctx) =>
      outsideProviderList(ctx, 'serverLocations', (name, list) => ({ zh: `${name}的服务器放置地点只能选择：${list.join('、')}`, en: `${name} servers are only in: ${list.join(', ')}` })),
  }),
  defineRule({
    id: 'access/provider-ip-ranges',
    severity: 'error',
    field: `${SERVICES_FIELD}.ips[]`,
    title: { zh: 'IP 不在该接入服务商的网段内', en: 'The IP is outside the provider’s ranges' },
    source: 'seed 002 (网站IP地址：必须填写属于我公司网段的IP地址); ranges from settings (RuleConfig.providerIpRanges)',
    *check(ctx) {
      for (const { access, path, provider } of accessSlots(ctx)) {
        const configured = configuredRanges(ctx, access.provider, provider);
        // Nothing readable configured: a settings problem, not a filing error, so nothing is checked.
        if (!configured) continue;
        for (const { j, entry } of parsedIps(access.ips)) {
          const { low, high } = bounds(entry);
          if (!configured.ranges.some((r) => r.start <= low && high <= r.end)) {
            yield { path: `${path}.ips[${j}]`, message: { zh: `「${access.ips[j]}」不在${access.provider}的网段（${configured.texts.join('、')}）内`, en: `"${access.ips[j]}" is outside ${access.provider}'s ranges (${configured.texts.join(', ')})` } };
          }
        }
      }
    },
  }),
  defineRule({
    id: 'access/provider-services-per-server',
    severity: 'warning',
    field: `${SERVICES_FIELD}.ips[]`,
    title: { zh: '同一台服务器（IP）备案的网站和 APP 超过接入服务商的上限', en: 'More websites and APPs on one server (IP) than the provider allows' },
    source: 'HW 错误提示FAQ §6.1 (ECS已备案5个网站/APP，备案次数已达上限); provider data (src/rules/data/providers.ts)',
    *check(ctx) {
      for (const provider of new Set([...ctx.providers, ...ctx.appProviders])) {
        const limit = provider?.maxServicesPerServer;
        if (!provider || !limit) continue;
        for (const [ip, slots] of servicesBySingleIp(ctx, provider)) {
          if (slots.length <= limit) continue;
          // The services beyond the limit are marked at the IP that puts them over it; the first `limit` still fit.
          for (const slot of slots.slice(limit)) {
            const j = parsedIps(slot.access.ips).find(({ entry }) => entry.start === ip && entry.end === ip)?.j ?? 0;
            const names = slots.slice(0, limit).map(serviceName);
            yield {
              path: `${slot.path}.ips[${j}]`,
              message: {
                zh: `${provider.names[0]}的一台服务器最多备案 ${limit} 个网站或 APP；此 IP 已用于${names.map((n) => n.zh).join('、')}`,
                en: `${provider.names[0]} files at most ${limit} websites or APPs per server; this IP already serves ${names.map((n) => n.en).join(', ')}`,
              },
            };
          }
        }
      }
    },
  }),
  defineRule({
    id: 'access/provider-websites-per-order',
    severity: 'warning',
    field: 'websites',
    title: { zh: '网站数量超过该接入服务商单个订单的上限', en: 'More websites than the provider takes in one order' },
    source: 'rules-corpus §4.1 (Tencent: ≤10 websites per order)',
    *check(ctx): Generator<Hit> {
      // An order goes to one provider, so only the websites it hosts count towards its limit.
      for (const provider of new Set(ctx.providers)) {
        const limit = provider?.maxWebsitesPerOrder;
        if (!provider || !limit) continue;
        const count = ctx.providers.filter((p) => p === provider).length;
        if (count > limit) {
          yield { path: 'websites', message: { zh: `${provider.names[0]}每个订单最多 ${limit} 个网站（当前 ${count} 个），请分批提交`, en: `${provider.names[0]} takes at most ${limit} websites per order (here ${count}); split the filing` } };
        }
      }
    },
  }),
];
