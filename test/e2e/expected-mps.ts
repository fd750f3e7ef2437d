import type { Person, Profile } from '../../src/profile/schema';
import { regionCodes, type Expected } from './expected-state';
import { ACCESS_METHODS, APP_APPROVALS, INTERACTIVE_LEAVES, OTHER_REGISTRAR, PERSON_CERTIFICATES, REGISTRARS, UNIT_CERTIFICATES, UNIT_NATURES, WEBSITE_APPROVALS } from '../portals/mps/options';

// What the 公安 replica (test/portals/mps, beian.mps.gov.cn) must hold after a fill from a profile, step by step.
// Keys are the portal's field names (dataAided's, portals.md §2.5) where the evidence has them, ours otherwise.
//
// How the 公安 fields map to the profile (profile-format.md "Version 2"; `w` = websites[i] or apps[i]):
//   开办主体 unitpty            subject.nature: '个人' for 个人, '单位' for every other 性质
//   开办主体性质 unitpty_sub     subject.nature as the portal's code (dataAided ProMap: 企业 11 … 国防机构 2); '' for 个人
//   开办主体名称 unitnm          subject.name
//   证件类型 uitcfttype          subject.certificate.type: CertMap (统一社会信用代码证书 1, 营业执照 2, 组织机构代码证 3)
//                                or, for 个人, UserMap (居民身份证 1, 护照 10, 台胞证 12, 港澳通行证 13, 永居证 14)
//   证件号码 uitcftnum           subject.certificate.number
//   证件住所 uitregadrstr        subject.certificate.address (whole)
//   通讯地址 uitadrpvs + uitadrstr  subject.region as [province, city, county] GB/T 2260 codes + subject.mailingAddress
//                                without its 省市区 prefix
//   主体负责人 rpb*, offtel, idecardvalid + isLongValid   subject.head (validity [from, until], 长期 → [from, ''] + true)
//   网站名称 webnm, ICP备案号 moinum, 主域名 maindmn (domains[0]), 所有域名 dmnlist (domains), 服务器IP ip (rows, ips)
//   网站开通日期 webopentime      w.security.openedOn
//   网站语种 language            w.languages (labels, in the order chosen)
//   域名证书有效期 ymzsvalid     ['', w.security.domainCertificateValidUntil] (the profile keeps no start)
//   接入服务商名称 aspname        w.access.provider (as the profile words it); 接入方式 acctype w.access.methods[0]
//   域名注册服务商 dspname        w.security.registrar when the directory lists it, else '其他' + dspnameother
//   是否提供互联网交互服务 interactive  w.security.interactive ('是' / '否'); the tree interactivetype the
//                                ticked items w.security.interactiveServices, in the tree's order
//   前置审批 proaud              w.approvals as MIIT bitmask codes; proaudnone when none; proaudnum_<code> each 文号
//   网站安全负责人 aqfzr*         w.security.securityHead, or w.head when it is absent (the profile's default)
//   网站应急联络人 yjllr*         w.security.emergencyContact, or w.head when it is absent
//   uploads                      the profile's materials by kind and owner (below), as `materials[k]`
// The "同主体负责人" boxes (webSecurity, wzyjllr) are not asserted: ticking one copies the 主体负责人 the portal holds and
// locks the six fields, typing them leaves it unticked; either way the fields must hold the person above.
//
// Not profile fields, to stay as they were (MPS_UNTOUCHED): 短信验证码 smscode; 接入商所属区域 asppvs and 注册商所属区域
// dsppvs (no profile field holds the provider's or the registrar's location); 危险物品 wxwp and its uploads; APP截图
// files; the 文号 (proaudnum_<code>) and uploads of types the profile does not list.

export const MPS_ORIGIN = 'https://beian.mps.gov.cn';

/** Present once a step's form has rendered, on the replica and on the twin. */
const READY = '.bcyr-page-wrapper-content .ant-form .ant-form-item';

export const MPS_ROUTES = {
  unit: { name: '公安 开办主体', path: '/portal/unit', twinPath: '/twin/portal/unit', ready: READY, perService: false },
  website: { name: '公安 网站', path: '/portal/website', twinPath: '/twin/portal/website', ready: READY, perService: true },
  app: { name: '公安 APP', path: '/portal/app', twinPath: '/twin/portal/app', ready: READY, perService: true },
} as const;

type Table = Readonly<Record<string, readonly [string, string]>>;

const code = (table: Table, label: string): string => (label ? (table[label]?.[0] ?? `missing:${label}`) : '');
const codes = (table: Table, labels: readonly string[]): string[] => [...new Set(labels.map((l) => code(table, l)))].sort();
/** The labels in the order of `list` (the page's), then those it lacks as `missing:<label>`. */
const inOrder = (list: readonly string[], labels: readonly string[]): string[] => [...list.filter((l) => labels.includes(l)), ...labels.filter((l) => !list.includes(l)).map((l) => `missing:${l}`)];

/** The address as the input behind the 通讯地址 cascader holds it: without the 省市区 prefix. */
function afterRegion(p: Profile): string {
  const { province, city, county } = p.subject.region;
  return [province, city, county].reduce((rest, part) => (part && rest.startsWith(part) ? rest.slice(part.length) : rest), p.subject.mailingAddress);
}

/** An upload field's expectation: the first material of that kind and owner (all of them, up to 5, for `multiple`). */
function uploadOf(p: Profile, key: string, kind: string, owner: string, multiple = false): Expected[] {
  const found = p.materials.flatMap((m, k) => (m.kind === kind && m.owner === owner ? [{ m, k }] : []));
  const taken = multiple ? found.slice(0, 5) : found.slice(0, 1);
  // None of that kind and owner: the field is skipped (path `materials`, automation-api.md) and its list stays empty.
  if (!taken.length) return [{ path: 'materials', key, value: [] }];
  return taken.map(({ k }) => ({ path: `materials[${k}]`, key, value: taken.map(({ m }) => ({ name: m.name, size: m.size, type: m.type, sha256: m.sha256 })) }));
}

function validity(person: Person): { range: string[]; longTerm: boolean } {
  const from = person.certificate.validFrom ?? '';
  const until = person.certificate.validUntil ?? '';
  if (until === '长期') return { range: from ? [from, ''] : [], longTerm: true };
  return { range: from || until ? [from, until] : [], longTerm: false };
}

function securityPerson(prefix: string, keyPrefix: string, person: Person, p: Profile): Expected[] {
  return [
    { path: `${prefix}.name`, key: `${keyPrefix}nm`, value: person.name },
    { path: `${prefix}.certificate.type`, key: `${keyPrefix}cfttype`, value: code(PERSON_CERTIFICATES, person.certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${keyPrefix}cftnum`, value: person.certificate.number },
    { path: `${prefix}.mobiles[0]`, key: `${keyPrefix}mobile`, value: person.mobiles[0] ?? '' },
    { path: `${prefix}.officePhone`, key: `${keyPrefix}offtel`, value: person.officePhone },
    { path: `${prefix}.emails[0]`, key: `${keyPrefix}mail`, value: person.emails[0] ?? '' },
    ...uploadOf(p, `${keyPrefix}frontid`, '负责人证件人像面', prefix),
    ...uploadOf(p, `${keyPrefix}backid`, '负责人证件国徽面', prefix),
    ...uploadOf(p, `${keyPrefix}groupid`, '手持证件照', prefix),
  ];
}

type Service = Profile['websites'][number] | Profile['apps'][number];

function interactive(w: string, service: Service): Expected[] {
  const security = service.security ?? {};
  const yes = security.interactive === true;
  return [
    { path: `${w}.security.interactive`, key: 'interactive', value: security.interactive === undefined ? '' : yes ? '是' : '否' },
    { path: `${w}.security.interactiveServices`, key: 'interactivetype', value: yes ? inOrder(INTERACTIVE_LEAVES, security.interactiveServices ?? []) : [] },
  ];
}

function approvals(w: string, service: Service, table: Table, p: Profile): Expected[] {
  const list = service.approvals;
  // With one approval the group's upload takes the service's 前置审批文件; with several no material says which is whose.
  const single = list.length === 1 ? table[list[0]!.type]?.[1] : undefined;
  return [
    { path: `${w}.approvals`, key: 'proaud', value: codes(table, list.map((a) => a.type)) },
    { path: `${w}.approvals`, key: 'proaudnone', value: list.length === 0 },
    ...list.map((a, k) => ({ path: `${w}.approvals[${k}].number`, key: `proaudnum_${code(table, a.type)}`, value: a.number })),
    ...(single ? uploadOf(p, single, '前置审批文件', w, true) : []),
  ];
}

export const mps = {
  unit: (p: Profile): Expected[] => {
    const s = p.subject;
    const personal = s.nature === '个人';
    const head = s.head;
    const region = regionCodes(p);
    const { range, longTerm } = validity(head);
    return [
      { path: 'subject.nature', key: 'unitpty', value: s.nature ? (personal ? '个人' : '单位') : '' },
      { path: 'subject.nature', key: 'unitpty_sub', value: personal ? '' : code(UNIT_NATURES, s.nature) },
      { path: 'subject.name', key: 'unitnm', value: s.name },
      { path: 'subject.certificate.type', key: 'uitcfttype', value: code(personal ? PERSON_CERTIFICATES : UNIT_CERTIFICATES, s.certificate.type) },
      { path: 'subject.certificate.number', key: 'uitcftnum', value: s.certificate.number },
      { path: 'subject.certificate.address', key: 'uitregadrstr', value: s.certificate.address },
      { path: 'subject.region.province', key: 'uitadrpvs', value: region },
      { path: 'subject.region.city', key: 'uitadrpvs', value: region },
      { path: 'subject.region.county', key: 'uitadrpvs', value: region },
      { path: 'subject.mailingAddress', key: 'uitadrstr', value: afterRegion(p) },
      { path: 'subject.head.name', key: 'rpbnm', value: head.name },
      { path: 'subject.head.certificate.type', key: 'rpbcfttype', value: code(PERSON_CERTIFICATES, head.certificate.type) },
      { path: 'subject.head.certificate.number', key: 'rpbcftnum', value: head.certificate.number },
      { path: 'subject.head.certificate.validFrom', key: 'idecardvalid', value: range },
      { path: 'subject.head.certificate.validUntil', key: 'idecardvalid', value: range },
      { path: 'subject.head.certificate.validUntil', key: 'isLongValid', value: longTerm },
      { path: 'subject.head.mobiles[0]', key: 'rpbmobile', value: head.mobiles[0] ?? '' },
      { path: 'subject.head.officePhone', key: 'offtel', value: head.officePhone },
      { path: 'subject.head.emails[0]', key: 'rpbmail', value: head.emails[0] ?? '' },
      ...uploadOf(p, 'uitcftid', '主办单位证件', 'subject'),
      ...uploadOf(p, 'idecardfrontid', '负责人证件人像面', 'subject.head'),
      ...uploadOf(p, 'idecardbackid', '负责人证件国徽面', 'subject.head'),
      ...uploadOf(p, 'idecardgroupid', '手持证件照', 'subject.head'),
    ];
  },
  website: (p: Profile, i: number): Expected[] => {
    const site = p.websites[i]!;
    const w = `websites[${i}]`;
    const security = site.security ?? {};
    const registrar = security.registrar ?? '';
    const listed = REGISTRARS.includes(registrar);
    const until = security.domainCertificateValidUntil ?? '';
    const securityHead = security.securityHead ? { path: `${w}.security.securityHead`, person: security.securityHead } : { path: `${w}.head`, person: site.head };
    const emergency = security.emergencyContact ? { path: `${w}.security.emergencyContact`, person: security.emergencyContact } : { path: `${w}.head`, person: site.head };
    return [
      { path: `${w}.name`, key: 'webnm', value: site.name },
      { path: `${w}.security.openedOn`, key: 'webopentime', value: security.openedOn ?? '' },
      { path: `${w}.recordNumber`, key: 'moinum', value: site.recordNumber },
      { path: `${w}.domains[0]`, key: 'maindmn', value: site.domains[0] ?? '' },
      { path: `${w}.domains`, key: 'dmnlist', value: site.domains },
      { path: `${w}.access.ips`, key: 'ip', value: site.access.ips },
      { path: `${w}.languages`, key: 'language', value: site.languages },
      ...uploadOf(p, 'ymzsid', '域名证书', w),
      { path: `${w}.security.domainCertificateValidUntil`, key: 'ymzsvalid', value: until ? ['', until] : [] },
      { path: `${w}.access.provider`, key: 'aspname', value: site.access.provider },
      { path: `${w}.access.methods[0]`, key: 'acctype', value: code(ACCESS_METHODS, site.access.methods[0] ?? '') },
      { path: `${w}.security.registrar`, key: 'dspname', value: registrar ? (listed ? registrar : OTHER_REGISTRAR) : '' },
      { path: `${w}.security.registrar`, key: 'dspnameother', value: registrar && !listed ? registrar : '' },
      ...interactive(w, site),
      ...approvals(w, site, WEBSITE_APPROVALS, p),
      ...securityPerson(securityHead.path, 'aqfzr', securityHead.person, p),
      ...securityPerson(emergency.path, 'yjllr', emergency.person, p),
    ];
  },
  app: (p: Profile, i: number): Expected[] => {
    const app = p.apps[i]!;
    const w = `apps[${i}]`;
    return [
      { path: `${w}.name`, key: 'appname', value: app.name },
      { path: `${w}.platforms`, key: 'type', value: [...new Set(app.platforms.map((x) => x.platform))] },
      { path: `${w}.security.openedOn`, key: 'appopentime', value: app.security?.openedOn ?? '' },
      { path: `${w}.recordNumber`, key: 'moinum', value: app.recordNumber },
      { path: `${w}.access.ips`, key: 'serverinfo', value: app.access.ips },
      { path: `${w}.languages`, key: 'language', value: app.languages },
      { path: `${w}.access.provider`, key: 'aspname', value: app.access.provider },
      { path: `${w}.access.methods[0]`, key: 'acctype', value: code(ACCESS_METHODS, app.access.methods[0] ?? '') },
      ...interactive(w, app),
      ...approvals(w, app, APP_APPROVALS, p),
    ];
  },
};

/** Keys no profile field fills, with the value each holds on a fresh page (a fill must leave them so). */
export const MPS_UNTOUCHED = {
  unit: { smscode: '' },
  website: { asppvs: [], dsppvs: [], wxwp: [], mvwpfile: [], fsxwpfile: [], gzqjfile: [], jdhxwfile: [], jyzbfile: [], qzdyfile: [], yzbwxhxpfile: [] },
  app: { files: [] },
} as const;
