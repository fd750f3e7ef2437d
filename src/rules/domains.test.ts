import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/schema';
import { enterprise, findingsOf, personal, twoWebsites } from '../../test/support/sample';
import { enterpriseWithApp } from './samples-v2.test-support';

/** [rule, path, severity] of the domains findings, for compact assertions. */
const hits = (profile: Profile) => findingsOf(profile, 'domains').map((f) => [f.rule, f.path, f.severity]);

/** [rule, severity] of the findings at one path. */
const hitsAt = (profile: Profile, path: string) =>
  findingsOf(profile, 'domains')
    .filter((f) => f.path === path)
    .map((f) => [f.rule, f.severity]);

const withDomains = (domains: string[], edit: (p: Profile) => void = () => {}): Profile => {
  const profile = enterprise();
  profile.websites[0]!.domains = domains;
  edit(profile);
  return profile;
};

describe('domains', () => {
  it.each([
    ['valid-enterprise', enterprise],
    ['valid-personal', personal],
    ['valid-enterprise-two-websites', twoWebsites],
  ])('%s has no domains findings', (_name, load) => {
    expect(findingsOf(load(), 'domains')).toEqual([]);
  });

  describe('one domain', () => {
    it.each([
      ['yunqi-example.com', []],
      ['zhaolei-notes.cn', []],
      ['example.com.cn', []],
      ['example.gov.cn', []],
      ['例子.中国', []],
      ['xn--fsqu00a.xn--fiqs8s', []],
      ['例子.公益.cn', []],
      ['例子.公司', []],
      ['www.yunqi-example.com', [['domains/bare-domain', 'error']]],
      ['http://a.com', [['domains/bare-domain', 'error']]],
      ['https://yunqi-example.com/', [['domains/bare-domain', 'error']]],
      ['a.com:8080', [['domains/bare-domain', 'error']]],
      ['yunqi-example.com/cn', [['domains/bare-domain', 'error']]],
      ['Yunqi-Example.com', [['domains/bare-domain', 'error']]],
      ['yunqi- example.com', [['domains/bare-domain', 'error']]],
      ['yunqi-example.com.', [['domains/bare-domain', 'error']]],
      ['yunqi_example.com', [['domains/domain-syntax', 'error']]],
      ['-yunqi.com', [['domains/domain-syntax', 'error']]],
      ['yunqi..com', [['domains/domain-syntax', 'error']]],
      ['yunqi-example。com', [['domains/domain-syntax', 'error']]],
      ['blog.yunqi-example.com', [['domains/registrable-domain', 'error']]],
      ['www.blog.yunqi-example.com', [['domains/bare-domain', 'error'], ['domains/registrable-domain', 'error']]],
      ['42.159.10.21', [['domains/registrable-domain', 'error']]],
      ['yunqi-example.zzzz', [['domains/registrable-domain', 'error']]],
      ['com.cn', [['domains/registrable-domain', 'error']]],
      ['localhost', [['domains/registrable-domain', 'error']]],
      ['example.io', [['domains/tld-never-approvable', 'error']]],
      ['example.ai', [['domains/tld-never-approvable', 'error']]],
      ['example.com.hk', [['domains/tld-never-approvable', 'error']]],
      ['example.asia', [['domains/tld-never-approvable', 'error']]],
      ['example.rocks', [['domains/tld-not-in-snapshot', 'warning']]],
      ['example.dev', [['domains/tld-not-in-snapshot', 'warning']]],
    ])('%s → %j', (domain, expected) => {
      expect(hitsAt(withDomains([domain]), 'websites[0].domains[0]')).toEqual(expected);
    });

    it('suggests the bare domain', () => {
      const [finding] = findingsOf(withDomains(['https://WWW.Yunqi-Example.com:443/index.html']), 'domains');
      expect(finding?.message.zh).toContain('请填写「yunqi-example.com」');
    });

    it('names the registrable domain of a subdomain, in the filer’s script', () => {
      const [finding] = findingsOf(withDomains(['博客.例子.中国']), 'domains');
      expect(finding?.message.zh).toContain('「例子.中国」');
    });

    it.each([[[]], [['']], [['  ']]])('requires a domain: %j', (domains) => {
      expect(hitsAt(withDomains(domains), 'websites[0].domains')).toEqual([['domains/domain-required', 'error']]);
    });
  });

  describe('duplicates', () => {
    it.each([
      ['yunqi-example.com', [['domains/duplicate', 'error']]],
      ['www.yunqi-example.com', [['domains/bare-domain', 'error'], ['domains/duplicate', 'error']]],
      ['yunqi-docs.cn', []],
    ])('second website files %s → %j', (domain, expected) => {
      const profile = twoWebsites();
      profile.websites[1]!.domains = [domain];
      profile.websites[1]!.homepage = `www.${domain.replace(/^www\./, '')}`;
      expect(hitsAt(profile, 'websites[1].domains[0]')).toEqual(expected);
    });

    it('finds a repeat inside one website and across IDN spellings', () => {
      const profile = withDomains(['例子.中国', 'xn--fsqu00a.xn--fiqs8s'], (p) => {
        p.websites[0]!.homepage = 'www.例子.中国';
      });
      expect(hits(profile)).toEqual([['domains/duplicate', 'websites[0].domains[1]', 'error']]);
    });
  });

  describe('nature of the subject', () => {
    it.each([
      ['事业单位', 'example.edu.cn', []],
      ['事业单位', 'example.cn', []],
      ['事业单位', '例子.公益', []],
      ['事业单位', 'example.org', [['domains/public-body-suffix', 'error']]],
      ['事业单位', 'yunqi-example.com', [['domains/public-body-suffix', 'error']]],
      ['政府机关', 'example.gov.cn', []],
      ['政府机关', '例子.政务', []],
      ['政府机关', '例子.政务.cn', []],
      ['政府机关', 'example.cn', [['domains/public-body-suffix', 'error']]],
      ['政府机关', 'example.com', [['domains/public-body-suffix', 'error']]],
      ['企业', 'example.com', []],
    ])('%s with %s → %j', (nature, domain, expected) => {
      const profile = withDomains([domain], (p) => {
        p.subject.nature = nature;
      });
      expect(hitsAt(profile, 'websites[0].domains[0]')).toEqual(expected);
    });
  });

  describe('province and provider limits', () => {
    const twoDomains = (edit: (p: Profile) => void) => withDomains(['yunqi-example.com', 'yunqi-example.cn'], edit);

    it.each([
      ['湖北省', [['domains/one-domain-per-website', 'websites[0].domains[1]', 'error']]],
      ['重庆市', [['domains/one-domain-per-website', 'websites[0].domains[1]', 'error']]],
      ['浙江省', []],
    ])('two domains in one website, %s → %j', (province, expected) => {
      expect(hits(twoDomains((p) => (p.subject.region.province = province)))).toEqual(expected);
    });

    it.each([
      ['阿里云', [['domains/provider-domain-limit', 'websites[0].domains[1]', 'error']]],
      ['腾讯云', []],
      ['世纪互联', []],
    ])('two domains at %s → %j', (provider, expected) => {
      expect(hits(twoDomains((p) => (p.websites[0]!.access.provider = provider)))).toEqual(expected);
    });

    it('applies Tencent’s limit of ten', () => {
      const domains = Array.from({ length: 11 }, (_, i) => `yunqi-example${i}.com`);
      const profile = withDomains(domains, (p) => {
        p.websites[0]!.access.provider = '腾讯云';
        p.websites[0]!.homepage = 'www.yunqi-example0.com';
      });
      expect(hits(profile)).toEqual([['domains/provider-domain-limit', 'websites[0].domains[10]', 'error']]);
    });

    it.each([
      ['山东省', '', [['domains/multi-domain-remark', 'websites[0].remark', 'warning']]],
      ['山东省', '所有域名均指向同一个网站', []],
      ['浙江省', '', []],
    ])('two domains in %s with remark "%s" → %j', (province, remark, expected) => {
      const profile = twoDomains((p) => {
        p.subject.region.province = province;
        p.websites[0]!.remark = remark;
      });
      expect(hits(profile)).toEqual(expected);
    });

    it.each([
      ['福建省', 5, []],
      ['福建省', 6, [['domains/construction-proposal', 'websites[0].domains[5]', 'warning']]],
      ['江苏省', 11, [['domains/construction-proposal', 'websites[0].domains[10]', 'warning']]],
      ['浙江省', 40, []],
    ])('%s with %i domains → %j', (province, count, expected) => {
      const domains = Array.from({ length: count }, (_, i) => `yunqi-example${i}.com`);
      const profile = withDomains(domains, (p) => {
        p.subject.region.province = province;
        p.websites[0]!.homepage = 'www.yunqi-example0.com';
      });
      expect(hits(profile)).toEqual(expected);
    });

    it.each([
      ['重庆市', 'zhaolei-notes.org', [['domains/personal-banned-tld', 'websites[0].domains[0]', 'error']]],
      ['上海市', 'zhaolei-notes.org', []],
      ['重庆市', 'zhaolei-notes.cn', []],
    ])('personal site in %s on %s → %j', (province, domain, expected) => {
      const profile = personal();
      profile.subject.region.province = province;
      profile.websites[0]!.domains = [domain];
      profile.websites[0]!.homepage = `www.${domain}`;
      expect(hits(profile)).toEqual(expected);
    });

    it('lets an enterprise in Chongqing use .org', () => {
      const profile = withDomains(['yunqi-example.org'], (p) => {
        p.subject.region.province = '重庆市';
        p.websites[0]!.homepage = 'www.yunqi-example.org';
      });
      expect(hits(profile)).toEqual([]);
    });
  });

  describe('homepage', () => {
    it.each([
      ['www.yunqi-example.com', []],
      ['yunqi-example.com', []],
      ['www.yunqi-example.com/cn', []],
      ['docs.yunqi-example.com/index.html', []],
      ['WWW.YUNQI-EXAMPLE.COM', []],
      ['', [['domains/homepage-required', 'error']]],
      ['http://www.yunqi-example.com', [['domains/homepage-format', 'error']]],
      ['https://www.yunqi-example.com/', [['domains/homepage-format', 'error']]],
      ['www.yunqi-example.com:8080', [['domains/homepage-format', 'error']]],
      ['www.yunqi-example.com /cn', [['domains/homepage-format', 'error']]],
      ['42.159.10.21', [['domains/homepage-ip', 'error']]],
      ['http://42.159.10.21:8080/', [['domains/homepage-format', 'error'], ['domains/homepage-ip', 'error']]],
      ['www.other-example.com', [['domains/homepage-under-domain', 'error']]],
      ['notyunqi-example.com', [['domains/homepage-under-domain', 'error']]],
      ['www.yunqi-example.com.evil.cn', [['domains/homepage-under-domain', 'error']]],
      ['www.yunqi_example.com', [['domains/homepage-under-domain', 'error']]],
    ])('%s → %j', (homepage, expected) => {
      const profile = enterprise();
      profile.websites[0]!.homepage = homepage;
      expect(hitsAt(profile, 'websites[0].homepage')).toEqual(expected);
    });

    it('suggests the homepage without scheme and port', () => {
      const profile = enterprise();
      profile.websites[0]!.homepage = 'https://www.yunqi-example.com:8443/cn';
      expect(findingsOf(profile, 'domains')[0]?.message.zh).toContain('「www.yunqi-example.com/cn」');
    });

    it('matches IDN homepages against IDN domains', () => {
      const profile = withDomains(['例子.中国'], (p) => {
        p.websites[0]!.homepage = 'www.例子.中国';
      });
      expect(hits(profile)).toEqual([]);
      profile.websites[0]!.homepage = 'www.xn--fsqu00a.xn--fiqs8s';
      expect(hits(profile)).toEqual([]);
    });

    it('checks the homepage against its own website, not another', () => {
      const profile = twoWebsites();
      profile.websites[1]!.homepage = 'www.yunqi-example.com';
      expect(hits(profile)).toEqual([['domains/homepage-under-domain', 'websites[1].homepage', 'error']]);
    });

    it('accepts a homepage under a domain typed with www.', () => {
      const profile = withDomains(['www.yunqi-example.com']);
      expect(hitsAt(profile, 'websites[0].homepage')).toEqual([]);
    });
  });
});

describe('domains/domain-validity', () => {
  const validity = (until: string, province = '浙江省', where: 'websites' | 'apps' = 'websites') => {
    const p = enterpriseWithApp();
    if (province !== '浙江省') p.subject.region = { province, city: '上海市', county: '浦东新区' };
    p[where][0]!.security = { domainCertificateValidUntil: until };
    return findingsOf(p, 'domains').filter((f) => f.rule === 'domains/domain-validity').map((f) => `${f.severity}@${f.path}`);
  };

  it.each([
    ['2027-03-01', []],
    ['2027-02-23', []],
    ['2027-02-22', ['error@websites[0].security.domainCertificateValidUntil']],
    ['2026-11-22', ['error@websites[0].security.domainCertificateValidUntil']],
    ['', []],
    ['2027-13-01', []],
  ])('in 浙江 a domain valid until %s', (until, expected) => {
    expect(validity(until)).toEqual(expected);
  });

  it('上海 wants six months', () => {
    expect(validity('2027-04-01', '上海市')).toEqual(['error@websites[0].security.domainCertificateValidUntil']);
    expect(validity('2027-06-01', '上海市')).toEqual([]);
  });

  it('an APP’s 公安 block is checked too', () => {
    expect(validity('2026-12-01', '浙江省', 'apps')).toEqual(['error@apps[0].security.domainCertificateValidUntil']);
  });
});
