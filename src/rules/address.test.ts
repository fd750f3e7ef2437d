import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf, personal } from '../../test/support/sample';

type P = ReturnType<typeof enterprise>;
const rules = (p: P) => findingsOf(p, 'address').map((f) => `${f.rule}:${f.severity}@${f.path}`);

describe('address', () => {
  it('the valid fixtures are clean', () => {
    expect(rules(enterprise())).toEqual([]);
    expect(rules(personal())).toEqual([]);
  });

  it.each([
    [{ province: '浙江', city: '杭州市', county: '西湖区' }, 'address/region-valid:error@subject.region.province'],
    [{ province: '浙江省', city: '南京市', county: '玄武区' }, 'address/region-valid:error@subject.region.city'],
    [{ province: '浙江省', city: '杭州市', county: '浦东新区' }, 'address/region-valid:error@subject.region.county'],
    [{ province: '', city: '', county: '' }, 'address/region-valid:error@subject.region.province'],
  ])('region %j', (region, rule) => {
    const p = enterprise();
    p.subject.region = region;
    expect(rules(p)).toContain(rule);
  });

  it.each([
    ['上海市浦东新区张杨路500号', 'address/mailing-in-region:error@subject.mailingAddress'],
    ['杭州市西湖区文三路90号', 'address/mailing-in-region:error@subject.mailingAddress'],
    ['浙江省宁波市海曙区中山路1号', 'address/mailing-city-county:warning@subject.mailingAddress'],
    ['浙江省杭州市西湖区文三路', 'address/house-number:warning@subject.mailingAddress'],
    ['浙江省杭州市西湖区文三路90号#501', 'address/special-characters:warning@subject.mailingAddress'],
    ['', 'address/required:error@subject.mailingAddress'],
  ])('mailing address %s', (address, rule) => {
    const p = enterprise();
    p.subject.mailingAddress = address;
    expect(rules(p)).toContain(rule);
  });

  it('accepts the short province name and 已为最详细的地址 in the remark', () => {
    const p = enterprise();
    p.subject.mailingAddress = '浙江杭州市西湖区文三路';
    p.subject.remark = '主办单位通信地址已为最详细的地址';
    expect(rules(p)).toEqual([]);
  });

  it('a personal filing in 上海 must reach the house number (error)', () => {
    const p = personal();
    p.subject.mailingAddress = '上海市浦东新区张杨路';
    expect(rules(p)).toContain('address/house-number:error@subject.mailingAddress');
  });

  it('certificate address in another province is an error; another city only where the province says so', () => {
    const p = enterprise();
    p.subject.certificate.address = '江苏省南京市玄武区中山路1号';
    expect(rules(p)).toContain('address/certificate-same-province:error@subject.certificate.address');
    const h = enterprise();
    h.subject.region = { province: '河北省', city: '石家庄市', county: '长安区' };
    h.subject.mailingAddress = '河北省石家庄市长安区中山东路1号';
    h.subject.certificate.address = '河北省保定市竞秀区朝阳大街1号';
    expect(rules(h)).toContain('address/certificate-same-city:error@subject.certificate.address');
    h.subject.region = { province: '山西省', city: '太原市', county: '小店区' };
    h.subject.mailingAddress = '山西省太原市小店区1号';
    h.subject.certificate.address = '山西省大同市平城区1号';
    expect(rules(h).filter((r) => r.includes('same-city'))).toEqual([]);
  });
});
