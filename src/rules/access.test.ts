import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf, TODAY, twoWebsites } from '../../test/support/sample';
import { runRules } from './run-rules';
import { enterpriseWithApp, personalHarmony } from './samples-v2.test-support';

const withIps = (ips: string[]) => {
  const p = enterprise();
  p.websites[0]!.access.ips = ips;
  return p;
};
const rulesAt = (ips: string[], path = 'websites[0].access.ips[0]') =>
  findingsOf(withIps(ips), 'access').filter((f) => f.path === path).map((f) => `${f.rule}:${f.severity}`);

describe('access: IP entries', () => {
  it.each([['42.159.10.21'], ['42.159.10.30-42.159.10.32'], ['139.217.5.20']])('%s is a public address', (ip) => {
    expect(rulesAt([ip])).toEqual([]);
  });

  it.each([
    ['10.0.0.1', 'access/ip-public:error'],
    ['172.16.5.4', 'access/ip-public:error'],
    ['192.168.1.10', 'access/ip-public:error'],
    ['127.0.0.1', 'access/ip-public:error'],
    ['100.64.0.1', 'access/ip-public:error'],
    ['169.254.1.1', 'access/ip-public:error'],
    ['224.0.0.1', 'access/ip-public:error'],
    ['192.0.2.1', 'access/ip-public:error'],
    ['203.0.113.5', 'access/ip-public:error'],
    ['240.0.0.1', 'access/ip-public:error'],
    ['0.0.0.0', 'access/ip-public:error'],
    ['9.255.255.250-10.0.0.3', 'access/ip-public:error'],
    ['1.2.3.0/24', 'access/ip-format:error'],
    ['2001:db8::1', 'access/ip-format:error'],
    ['42.159.10.256', 'access/ip-format:error'],
    ['42.159.10', 'access/ip-format:error'],
    ['42.159.10.32-42.159.10.30', 'access/ip-range-order:error'],
  ])('%s → %s', (ip, rule) => {
    expect(rulesAt([ip])).toContain(rule);
  });

  it('warns about a huge range and overlapping entries', () => {
    expect(rulesAt(['42.159.0.1-42.159.10.1'])).toContain('access/ip-range-size:warning');
    expect(rulesAt(['42.159.10.1-42.159.10.9', '42.159.10.5'], 'websites[0].access.ips[1]')).toContain('access/ip-duplicate:warning');
  });

  it('requires at least one IP', () => {
    expect(rulesAt([], 'websites[0].access.ips')).toEqual(['access/ip-required:error']);
  });
});

describe('access: methods, locations and provider rules', () => {
  it('21Vianet: 云接入 only, servers in 北京/上海/河北 (seed 002)', () => {
    const p = enterprise();
    p.websites[0]!.access.methods = ['主机托管'];
    p.websites[0]!.access.serverLocations = ['北京', '广东'];
    const found = findingsOf(p, 'access').map((f) => `${f.rule}@${f.path}`);
    expect(found).toContain('access/provider-methods@websites[0].access.methods[0]');
    expect(found).toContain('access/provider-server-locations@websites[0].access.serverLocations[1]');
    expect(found).not.toContain('access/provider-server-locations@websites[0].access.serverLocations[0]');
  });

  it('no provider limits for a provider we do not know', () => {
    const p = enterprise();
    p.websites[0]!.access.provider = '某某云';
    p.websites[0]!.access.serverLocations = ['广东'];
    expect(findingsOf(p, 'access')).toEqual([]);
  });

  it.each([
    ['上海市', '请写作「上海」'],
    ['火星', '不是服务器放置地点选项'],
  ])('server location %s is refused with a hint', (place, text) => {
    const p = enterprise();
    p.websites[0]!.access.serverLocations = [place];
    expect(findingsOf(p, 'access').find((f) => f.rule === 'access/server-location-known')?.message.zh).toContain(text);
  });

  it('checks IPs against configured provider ranges only when configured', () => {
    const p = withIps(['42.159.10.21', '139.217.5.20']);
    const config = { providerIpRanges: { '21vianet': ['42.159.0.0/16'] } };
    const found = runRules(p, { today: TODAY, config }).filter((f) => f.rule === 'access/provider-ip-ranges');
    expect(found.map((f) => f.path)).toEqual(['websites[0].access.ips[1]']);
    expect(findingsOf(p, 'access').filter((f) => f.rule === 'access/provider-ip-ranges')).toEqual([]);
  });

  it('天津: one IP per website; QingCloud too', () => {
    const p = withIps(['42.159.10.21', '42.159.10.22']);
    p.subject.region = { province: '天津市', city: '天津市', county: '和平区' };
    expect(findingsOf(p, 'access').map((f) => f.rule)).toContain('access/ip-count-limit');
    const q = withIps(['42.159.10.21-42.159.10.22']);
    q.websites[0]!.access.provider = '青云';
    expect(findingsOf(q, 'access').map((f) => f.rule)).toContain('access/ip-count-limit');
  });

  it('Tencent takes at most 10 websites per order', () => {
    const p = enterprise();
    p.websites = Array.from({ length: 11 }, (_, i) => ({ ...structuredClone(p.websites[0]!), domains: [`s${i}.com`], access: { ...p.websites[0]!.access, provider: '腾讯云' } }));
    expect(findingsOf(p, 'access').filter((f) => f.rule === 'access/provider-websites-per-order')).toHaveLength(1);
  });

  it('methods and locations must be options and not empty', () => {
    const p = enterprise();
    p.websites[0]!.access.methods = [];
    p.websites[0]!.access.serverLocations = [];
    p.websites[0]!.access.provider = '';
    expect(findingsOf(p, 'access').map((f) => f.path).sort()).toEqual(['websites[0].access.methods', 'websites[0].access.provider', 'websites[0].access.serverLocations']);
  });
});

describe('access: configured ranges, per-provider limits, several websites', () => {
  const atRule = (p: ReturnType<typeof enterprise>, rule: string, config = {}) =>
    runRules(p, { today: TODAY, config }).filter((f) => f.rule === rule).map((f) => `${f.severity}@${f.path}`);

  it.each([
    ['by provider id', { '21vianet': ['42.159.0.0/16'] }],
    ['by the name typed', { 世纪互联: ['42.159.0.0/16'] }],
    ['as a-b range', { 世纪互联: ['42.159.0.0-42.159.255.255'] }],
    ['as CIDR with host bits set', { 世纪互联: ['42.159.10.0/16'] }],
  ])('世纪互联 ranges %s: 139.217.5.20 is outside, 42.159.1.1 and 42.159.10.21 inside', (_, providerIpRanges) => {
    const p = withIps(['42.159.1.1', '42.159.10.21', '139.217.5.20']);
    expect(atRule(p, 'access/provider-ip-ranges', { providerIpRanges })).toEqual(['error@websites[0].access.ips[2]']);
  });

  it('a range only partly inside the configured block is outside', () => {
    const p = withIps(['42.159.255.250-42.160.0.2']);
    expect(atRule(p, 'access/provider-ip-ranges', { providerIpRanges: { '21vianet': ['42.159.0.0/16'] } })).toEqual(['error@websites[0].access.ips[0]']);
  });

  it.each([
    ['unreadable', { '21vianet': ['not-a-range'] }],
    ['empty', { '21vianet': [] }],
    ['for another provider', { aliyun: ['47.96.0.0/11'] }],
  ])('configured ranges %s → not checked', (_, providerIpRanges) => {
    expect(atRule(withIps(['139.217.5.20']), 'access/provider-ip-ranges', { providerIpRanges })).toEqual([]);
  });

  it('a reversed range still overlaps a later entry (reported once as reversed, once as overlap)', () => {
    const found = findingsOf(withIps(['42.159.10.9-42.159.10.1', '42.159.10.5']), 'access').map((f) => `${f.rule}@${f.path}`);
    expect(found).toEqual(['access/ip-range-order@websites[0].access.ips[0]', 'access/ip-duplicate@websites[0].access.ips[1]']);
  });

  it('the website index is in the path', () => {
    const p = twoWebsites();
    p.websites[1]!.access.ips = ['10.1.2.3'];
    p.websites[1]!.access.serverLocations = ['广东'];
    const found = findingsOf(p, 'access').map((f) => `${f.rule}:${f.severity}@${f.path}`);
    expect(found).toEqual(['access/ip-public:error@websites[1].access.ips[0]', 'access/provider-server-locations:error@websites[1].access.serverLocations[0]']);
  });

  it('the per-order limit counts only the websites of that provider', () => {
    const p = enterprise();
    const site = (provider: string, i: number) => ({ ...structuredClone(p.websites[0]!), domains: [`s${i}.com`], access: { ...p.websites[0]!.access, provider } });
    p.websites = [...Array.from({ length: 10 }, (_, i) => site('腾讯云', i)), site('世纪互联', 10)];
    expect(atRule(p, 'access/provider-websites-per-order')).toEqual([]);
    p.websites.push(site('腾讯云', 11));
    expect(atRule(p, 'access/provider-websites-per-order')).toEqual(['warning@websites']);
  });

  it.each([
    ['专线', []],
    ['其他方式', []],
    ['云主机', ['access/method-known:error@websites[0].access.methods[0]']],
  ])('method %s for a provider without method limits', (method, expected) => {
    const p = enterprise();
    p.websites[0]!.access.provider = '阿里云';
    p.websites[0]!.access.methods = [method];
    expect(findingsOf(p, 'access').map((f) => `${f.rule}:${f.severity}@${f.path}`)).toEqual(expected);
  });
});

describe('access of APPs', () => {
  const found = (p: ReturnType<typeof enterprise>) => findingsOf(p, 'access').map((f) => `${f.rule}:${f.severity}@${f.path}`);

  it('the v2 fixtures have no access findings', () => {
    expect(found(enterpriseWithApp())).toEqual([]);
    expect(found(personalHarmony())).toEqual([]);
  });

  it('checks an APP’s provider, IPs, methods and locations as a website’s', () => {
    const p = personalHarmony();
    p.apps[0]!.access = { provider: '', ips: ['192.168.1.10', '10.0.0.0/8'], methods: ['云主机'], serverLocations: ['北京市'] };
    expect(found(p)).toEqual([
      'access/provider-required:error@apps[0].access.provider',
      'access/ip-format:error@apps[0].access.ips[1]',
      'access/ip-public:error@apps[0].access.ips[0]',
      'access/method-known:error@apps[0].access.methods[0]',
      'access/server-location-known:error@apps[0].access.serverLocations[0]',
    ]);
  });

  it('applies the APP’s own provider’s lists and configured ranges', () => {
    const p = personalHarmony();
    p.apps[0]!.access.serverLocations = ['广东'];
    expect(found(p)).toEqual(['access/provider-server-locations:error@apps[0].access.serverLocations[0]']);
    const config = { providerIpRanges: { '21vianet': ['42.159.0.0/16'] } };
    expect(runRules(personalHarmony(), { today: TODAY, config }).filter((f) => f.rule === 'access/provider-ip-ranges').map((f) => f.path)).toEqual(['apps[0].access.ips[0]']);
  });

  it('an APP needs an IP; the one-IP-per-website limits stay with websites', () => {
    const p = personalHarmony();
    p.apps[0]!.access.ips = [];
    expect(found(p)).toEqual(['access/ip-required:error@apps[0].access.ips']);
    const tianjin = personalHarmony();
    tianjin.subject.region = { province: '天津市', city: '天津市', county: '和平区' };
    tianjin.apps[0]!.access.ips = ['139.217.5.20', '139.217.5.21'];
    expect(found(tianjin)).toEqual([]);
  });
});

describe('access/provider-services-per-server', () => {
  const huawei = (websites: number, apps: number) => {
    const p = enterpriseWithApp();
    const access = { provider: '华为云', ips: ['121.36.10.10'], methods: ['云接入'], serverLocations: ['北京'] };
    p.websites = Array.from({ length: websites }, (_, i) => ({ ...structuredClone(p.websites[0]!), domains: [`s${i}.com`], homepage: `www.s${i}.com`, access: structuredClone(access) }));
    p.apps = Array.from({ length: apps }, (_, i) => ({ ...structuredClone(p.apps[0]!), name: `云栖记账${i}`, access: structuredClone(access) }));
    return runRules(p, { today: TODAY }).filter((f) => f.rule === 'access/provider-services-per-server').map((f) => `${f.severity}@${f.path}`);
  };

  it('five websites and APPs on one Huawei server are fine; the sixth is marked', () => {
    expect(huawei(3, 2)).toEqual([]);
    expect(huawei(4, 2)).toEqual(['warning@apps[1].access.ips[0]']);
  });

  it('a provider without the limit is not checked', () => {
    const p = enterpriseWithApp();
    p.websites = Array.from({ length: 7 }, () => structuredClone(p.websites[0]!));
    expect(findingsOf(p, 'access').filter((f) => f.rule === 'access/provider-services-per-server')).toEqual([]);
  });
});
