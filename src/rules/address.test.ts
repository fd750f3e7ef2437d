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

describe('address: house numbers, certificate address', () => {
  it.each([
    ['浙江省杭州市西湖区文三路90号', []],
    ['浙江省杭州市西湖区文三路９０号', []],
    ['浙江省杭州市西湖区文三路九十号', []],
    ['浙江省杭州市西湖区三墩镇绕城村', []],
    ['浙江省杭州市西湖区三墩镇五组', []],
    ['浙江省杭州市西湖区邮政信箱 12', []],
    ['浙江省杭州市西湖区文三路', ['address/house-number:warning@subject.mailingAddress']],
    ['浙江省杭州市西湖区文三路组织部大院', ['address/house-number:warning@subject.mailingAddress']],
  ])('mailing address %s', (address, expected) => {
    const p = enterprise();
    p.subject.mailingAddress = address;
    expect(rules(p)).toEqual(expected);
  });

  it.each([
    ['天津市', '天津市', '和平区', '天津市和平区南京路', 'error'],
    ['山东省', '济南市', '历下区', '山东省济南市历下区泉城路', 'error'],
    ['浙江省', '杭州市', '西湖区', '浙江省杭州市西湖区文三路', 'warning'],
  ])('personal address without a house number in %s → %s', (province, city, county, address, severity) => {
    const p = personal();
    p.subject.region = { province, city, county };
    p.subject.mailingAddress = address;
    p.subject.certificate.address = address;
    expect(rules(p)).toContain(`address/house-number:${severity}@subject.mailingAddress`);
  });

  it('a certificate address without the province is a warning, not an error', () => {
    const p = enterprise();
    p.subject.certificate.address = '杭州市西湖区文三路90号1幢501室';
    expect(rules(p)).toEqual(['address/certificate-from-province:warning@subject.certificate.address']);
  });

  it('with no valid region, the certificate is compared with the mailing address province', () => {
    const p = enterprise();
    p.subject.region = { province: '', city: '', county: '' };
    p.subject.certificate.address = '江苏省南京市玄武区中山路1号';
    expect(rules(p)).toContain('address/certificate-same-province:error@subject.certificate.address');
  });

  it.each([
    ['河南省', '郑州市', '金水区', '河南省洛阳市西工区中州路1号', 'address/certificate-same-city:error@subject.certificate.address'],
    ['贵州省', '贵阳市', '南明区', '贵州省遵义市红花岗区中华路1号', 'address/certificate-same-city:error@subject.certificate.address'],
  ])('same city required in %s', (province, city, county, certificate, rule) => {
    const p = enterprise();
    p.subject.region = { province, city, county };
    p.subject.mailingAddress = `${province}${city}${county}人民路1号`;
    p.subject.certificate.address = certificate;
    expect(rules(p)).toEqual([rule]);
  });

  it('an empty certificate address is an error', () => {
    const p = enterprise();
    p.subject.certificate.address = '  ';
    expect(rules(p)).toEqual(['address/required:error@subject.certificate.address']);
  });
});
