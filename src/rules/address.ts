import { defineRule, isPersonalSubject, type Rule, type RuleContext } from './define-rule';
import { perObject } from './memoise';
import { citiesOf, countiesOf, findProvince, provinceAtStart, shortProvinceName, type Division } from './data/divisions';

// 所在省/市/县 and the two addresses (rules-corpus §1.1, §4.1, §4.5): the region must be a real division, the
// 通讯地址 must lie inside it (stored in full, starting with the province) and reach a house number, and the
// 证件住所 must be in the same province (same city in 河北/河南/贵州).

// A numbered 号/室/栋… (ASCII, full-width or Chinese numerals); a 村 is as far as rural addresses go (seed 002).
const HOUSE_NUMBER = /[0-9０-９一二三四五六七八九十百千零〇]+\s*(号|室|号楼|栋|幢|单元|层|楼|组|信箱)|村|信箱\s*[0-9０-９]|已为最详细的地址/;
const SPECIAL = /[!@#$%^&*_=+<>{}[\]|\\~`"'?？！@#￥%…&*]/;

const trimSuffix = (name: string) => name.replace(/(市|地区|自治州|盟|区|县|旗)$/, '');

/** The region's divisions, resolved as far as they exist. */
function resolveRegion(region: { province: string; city: string; county: string }) {
  const province = findProvince(region.province);
  const city: Division | undefined = province ? citiesOf(province.code).find((c) => c.name === region.city.trim()) : undefined;
  const county: Division | undefined = city ? countiesOf(city.code).find((c) => c.name === region.county.trim()) : undefined;
  return { province, city, county };
}

/** The subject's region, resolved once per check for the five rules that place an address in it. */
const subjectRegion = perObject((ctx: RuleContext) => resolveRegion(ctx.profile.subject.region));

/** Text after the province name (full or short) the address starts with. */
function afterProvince(address: string, province: Division): string | undefined {
  const text = address.trim();
  for (const name of [province.name, shortProvinceName(province.name)]) if (text.startsWith(name)) return text.slice(name.length);
  return undefined;
}

const mentions = (text: string, name: string) => text.includes(name) || (trimSuffix(name).length >= 2 && text.includes(trimSuffix(name)));

export const addressRules: Rule[] = [
  defineRule({
    id: 'address/region-valid',
    severity: 'error',
    field: 'subject.region.{province,city,county}',
    title: { zh: '所在省/市/县应为有效的行政区划，且逐级对应', en: 'Province, city and county must be real divisions, each inside the one above' },
    source: 'rules-corpus §1.1 (GB/T 2260 codes; WX province/city/district); division data @vant/area-data',
    *check(ctx) {
      const region = ctx.profile.subject.region;
      const { province, city, county } = subjectRegion(ctx);
      if (!province) {
        yield { path: 'subject.region.province', message: region.province.trim() ? { zh: `「${region.province}」不是省级行政区全称（如「浙江省」「上海市」）`, en: `"${region.province}" is not a province's full name (e.g. 浙江省, 上海市)` } : { zh: '请选择所在省', en: 'choose the province' } };
        return;
      }
      if (!city) {
        yield { path: 'subject.region.city', message: region.city.trim() ? { zh: `「${region.city}」不属于${province.name}`, en: `"${region.city}" is not in ${province.name}` } : { zh: '请选择所在市', en: 'choose the city' } };
        return;
      }
      if (!county) {
        yield { path: 'subject.region.county', message: region.county.trim() ? { zh: `「${region.county}」不属于${city.name}`, en: `"${region.county}" is not in ${city.name}` } : { zh: '请选择所在县（区）', en: 'choose the county or district' } };
      }
    },
  }),
  defineRule({
    id: 'address/required',
    severity: 'error',
    field: 'subject.{mailingAddress,certificate.address}',
    title: { zh: '请填写通讯地址和证件住所', en: 'Mailing address and certificate address are required' },
    source: 'seeds 000/001 (主办单位证件住所 *, 主办单位通讯地址 *)',
    *check({ profile }) {
      if (!profile.subject.mailingAddress.trim()) yield { path: 'subject.mailingAddress' };
      if (!profile.subject.certificate.address.trim()) yield { path: 'subject.certificate.address' };
    },
  }),
  defineRule({
    id: 'address/mailing-in-region',
    severity: 'error',
    field: 'subject.mailingAddress',
    title: { zh: '通讯地址必须位于所选省份内，并从省份写起', en: 'The mailing address must lie in the chosen province, written from the province down' },
    source: 'rules-corpus §1.1, §4.5 (HARD-SYS, WX); profile-format.md (stored in full, starting with the province)',
    *check(ctx) {
      const { profile } = ctx;
      const address = profile.subject.mailingAddress.trim();
      const { province } = subjectRegion(ctx);
      if (!address || !province) return;
      if (afterProvince(address, province) !== undefined) return;
      const other = provinceAtStart(address);
      yield {
        path: 'subject.mailingAddress',
        message: other
          ? { zh: `通讯地址在${other.name}，而所在省选的是${province.name}`, en: `the address is in ${other.name}, the chosen province is ${province.name}` }
          : { zh: `请从省份写起，如「${province.name}…」`, en: `write the address in full from the province, e.g. "${province.name}…"` },
      };
    },
  }),
  defineRule({
    id: 'address/mailing-city-county',
    severity: 'warning',
    field: 'subject.mailingAddress',
    title: { zh: '通讯地址应包含所选的市和县（区）', en: 'The mailing address should name the chosen city and county' },
    source: 'rules-corpus §4.5 (inside the selected 省/市/县 [WX])',
    *check(ctx) {
      const { profile } = ctx;
      const { province, city, county } = subjectRegion(ctx);
      if (!province || !city) return;
      const rest = afterProvince(profile.subject.mailingAddress, province);
      if (rest === undefined) return;
      // Municipalities repeat the province as the city (上海市上海市…) or skip it; 市辖区-style cities are never written.
      const cityNeeded = city.name !== province.name && !/市辖区|县$/.test(city.name);
      const missing = [cityNeeded && !mentions(rest, city.name) ? city.name : '', county && !mentions(rest, county.name) ? county.name : ''].filter(Boolean);
      if (missing.length) yield { path: 'subject.mailingAddress', message: { zh: `通讯地址中没有「${missing.join('」「')}」`, en: `the address does not name ${missing.join(', ')}` } };
    },
  }),
  defineRule({
    id: 'address/house-number',
    severity: 'warning',
    field: 'subject.mailingAddress',
    title: { zh: '通讯地址应详细到门牌号（无门牌号请在备注中说明）', en: 'The mailing address should reach the house number (or say in the remark that it cannot)' },
    source: 'rules-corpus §4.5 (AL, VE, WX; 天津/上海/山东/广西 personal: required [TC17]); seed 002',
    *check(ctx) {
      const address = ctx.profile.subject.mailingAddress.trim();
      if (!address || HOUSE_NUMBER.test(address) || ctx.profile.subject.remark.includes('已为最详细的地址')) return;
      const required = ctx.province.personalHouseNumberRequired && isPersonalSubject(ctx.profile);
      yield {
        path: 'subject.mailingAddress',
        ...(required && {
          severity: 'error' as const,
          message: { zh: `${ctx.province.province}管局要求个人通讯地址详细到门牌号`, en: `${ctx.province.province} requires a personal address down to the house number` },
        }),
      };
    },
  }),
  defineRule({
    id: 'address/special-characters',
    severity: 'warning',
    field: 'subject.{mailingAddress,certificate.address}',
    title: { zh: '地址中不要使用特殊符号', en: 'Addresses should not contain special symbols' },
    source: 'rules-corpus §4.5 (VE: no special characters)',
    *check({ profile }) {
      if (SPECIAL.test(profile.subject.mailingAddress)) yield { path: 'subject.mailingAddress' };
      if (SPECIAL.test(profile.subject.certificate.address)) yield { path: 'subject.certificate.address' };
    },
  }),
  defineRule({
    id: 'address/certificate-same-province',
    severity: 'error',
    field: 'subject.certificate.address',
    title: { zh: '证件住所与通讯地址须在同一省份', en: 'The certificate address and the mailing address must be in the same province' },
    source: 'rules-corpus §4.1 (Aliyun, all subject types: developer.aliyun.com/ask/22898)',
    *check(ctx) {
      const { profile } = ctx;
      // The chosen region decides the 管局; without a valid one, the mailing address's province stands in.
      const expected = subjectRegion(ctx).province ?? provinceAtStart(profile.subject.mailingAddress);
      const onCertificate = provinceAtStart(profile.subject.certificate.address);
      if (expected && onCertificate && onCertificate.code !== expected.code) {
        yield { path: 'subject.certificate.address', message: { zh: `证件住所在${onCertificate.name}，通讯地址和所在省为${expected.name}`, en: `the certificate address is in ${onCertificate.name}, the mailing address and region in ${expected.name}` } };
      }
    },
  }),
  defineRule({
    id: 'address/certificate-from-province',
    severity: 'warning',
    field: 'subject.certificate.address',
    title: { zh: '证件住所请从省份写起（门户单独显示省市时由填表自动去掉）', en: 'Store the certificate address in full, starting with the province (filling strips it where a portal shows it apart)' },
    source: 'profile-format.md (mailingAddress and certificate.address stored in full, starting with the province); rules-corpus §4.1 (same province, AL)',
    *check({ profile }) {
      const address = profile.subject.certificate.address.trim();
      // Without the province the same-province check cannot run; many licences omit it, so this only advises.
      if (address && !provinceAtStart(address)) yield { path: 'subject.certificate.address' };
    },
  }),
  defineRule({
    id: 'address/certificate-same-city',
    severity: 'error',
    field: 'subject.certificate.address',
    title: { zh: '本省管局要求证件住所与通讯地址在同一城市', en: 'This province requires the certificate address in the same city' },
    source: 'rules-corpus §4.1, §4.8 (河北/河南/贵州 [HW])',
    *check(ctx) {
      if (!ctx.province.sameCityAddresses) return;
      const { province, city } = subjectRegion(ctx);
      const rest = province && afterProvince(ctx.profile.subject.certificate.address, province);
      if (city && rest !== undefined && rest !== '' && !mentions(rest, city.name)) {
        yield { path: 'subject.certificate.address', message: { zh: `${ctx.province.province}管局要求证件住所也在${city.name}`, en: `${ctx.province.province} requires the certificate address in ${city.name} too` } };
      }
    },
  }),
];
