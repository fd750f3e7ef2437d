import type { Text } from '../rules/define-rule';
import { provinceOfIdPrefix } from '../rules/data/divisions';
import { need, type Need } from './need';
import { RESIDENCE_SOURCE } from './province-materials';
import type { Scope } from './scope';
import { subjectHeadNeeds } from './head-needs';

// What the filing's subject needs whatever the service: its document, its head's, and the province's extra papers.

/** File names that tell a 临时居住证明 filed as 其他 (as export/wechat.ts tells them). */
const RESIDENCE_NAMES = ['居住', '暂住', '社保', '房产'];
const PROPOSAL_NAMES = ['方案'];

function subjectDocument(scope: Scope): Need[] {
  if (scope.personal) return [];
  const { type } = scope.profile.subject.certificate;
  const shanghai = scope.province.province === '上海市';
  const reason: Text = {
    zh: `主办单位的${type.trim() || '证件'}：原件彩色扫描件或照片，边框完整，不用复印件${shanghai ? '；上海不收电子营业执照' : ''}`,
    en: `the subject's ${type.trim() || 'document'}: a colour scan or photo of the original, borders complete, no photocopy${shanghai ? '; Shanghai refuses an electronic business licence' : ''}`,
  };
  return [need('主办单位证件', 'subject', true, reason, 'rules-corpus §1.5 (all; HW: 上海 no 电子营业执照; TC17: stamped copies refused in 天津/河北/上海/浙江), §4.7; seed 004')];
}

/** The 网站建设方案书 (filed as 其他) above the province's domain count, with Chongqing's 承诺书 beside it. */
function proposalNeeds(scope: Scope): Need[] {
  const most = scope.province.maxDomainsWithoutProposal;
  const domains = scope.profile.websites.reduce((sum, site) => sum + site.domains.filter((d) => d.trim()).length, 0);
  if (most === undefined || domains <= most) return [];
  const where = scope.province.province;
  const counted: Text = { zh: `本次备案有 ${domains} 个域名，超过${where}的 ${most} 个（只计本资料中的域名）`, en: `this filing holds ${domains} domains, more than ${where}'s ${most} (counting this profile's domains only)` };
  const proposal = {
    ...need('其他', 'subject', true, { zh: `网站建设方案书：${counted.zh}`, en: `a 网站建设方案书 (site construction proposal): ${counted.en}` }, `rules-corpus §1.5, §4.8 (${scope.province.source})`),
    accepts: [{ owner: 'subject', names: PROPOSAL_NAMES }],
  };
  if (!scope.provinceMaterials.commitmentWithProposal) return [proposal];
  return [proposal, need('承诺书', 'subject', true, { zh: `与建设方案书一同提交的承诺书：${counted.zh}`, en: `a 承诺书 with the proposal: ${counted.en}` }, scope.provinceMaterials.source)];
}

function commitmentNeeds(scope: Scope): Need[] {
  const needs: Need[] = [];
  const asked = scope.provinceMaterials.commitment;
  if (asked && (asked.natures === 'all' || !scope.personal)) {
    needs.push(need('承诺书', 'subject', true, { zh: `${scope.province.province}要求《${asked.name.zh}》`, en: `${scope.province.province} asks for the ${asked.name.en}` }, scope.provinceMaterials.source));
  }
  if (scope.services.some((s) => s.flow.id === 'huawei')) {
    needs.push(
      need('承诺书', 'subject', true, { zh: '华为云要求《ICP备案信息真实性承诺书》和《责任告知书》', en: 'Huawei Cloud asks for the ICP备案信息真实性承诺书 and the 责任告知书' }, 'apps-security-materials.md §4 (Huawei [F]); rules-corpus §1.5 (HWA 2023/2025)'),
    );
  }
  if (scope.services.some((s) => s.host === '抖音')) {
    needs.push(need('承诺书', 'subject', false, { zh: '抖音小程序备案接口有主体承诺书一栏（是否必填以平台要求为准）', en: "Douyin's filing API has a field for the subject's commitment (whether it is required: as the platform says)" }, 'apps-security-materials.md §2 (DY corp_commitment)'));
  }
  return needs;
}

/** A person filing outside the province of their ID adds a 居住证 / 暂住证 (filed as 其他). */
function residenceNeeds(scope: Scope): Need[] {
  if (!scope.personal) return [];
  const { subject } = scope.profile;
  const certificate = subject.certificate.type.trim() === '居民身份证' ? subject.certificate : subject.head.certificate;
  if (!['', '居民身份证'].includes(certificate.type.trim())) return [];
  const home = provinceOfIdPrefix(certificate.number.trim());
  const here = scope.province.province;
  // Where only local IDs are accepted, a 居住证 does not help: the province rules report that instead.
  if (!home || !here || home.name === here || scope.province.personalLocalIdOnly) return [];
  const required = scope.provinceMaterials.residencePermitWhenNonLocal === true;
  const reason: Text = {
    zh: `身份证签发于${home.name}，在${here}以个人备案：${required ? '' : '多数省份'}要求居住证或暂住证（作为「其他」材料上传）${required ? '' : '，以省管局要求为准'}`,
    en: `the ID is from ${home.name} and the filing is in ${here}: ${required ? 'the province wants' : 'most provinces want'} a residence permit (uploaded as 其他)${required ? '' : '; depends on the province'}`,
  };
  const source = ['rules-corpus §1.5 (WX residence_permit), §4.8', ...(required ? [RESIDENCE_SOURCE] : [])].join('; ');
  return [{ ...need('其他', 'subject', required, reason, source), accepts: [{ owner: 'subject', names: RESIDENCE_NAMES }, { owner: 'subject.head', names: RESIDENCE_NAMES }] }];
}

function handheldNeeds(scope: Scope): Need[] {
  const needs: Need[] = [];
  if (!scope.personal && scope.provinceMaterials.handheldWhenLegalRepNonResident) {
    needs.push(need('手持证件照', 'subject.head', false, { zh: `法定代表人不在${scope.province.province}居住时，要手持身份证的照片（和营业执照照片）`, en: `when the legal representative does not live in ${scope.province.province}, a photo of them holding their ID (and the business licence)` }, scope.provinceMaterials.source));
  }
  if (scope.services.some((s) => s.flow.id === 'miit-enterprise')) {
    needs.push(need('手持证件照', 'subject.head', false, { zh: '接入商的企业侧系统有手持证件照上传位（以接入商要求为准）', en: 'ISP 企业侧 systems have an upload slot for a photo holding the ID (as the provider asks)' }, 'rules-corpus §1.5 (MIITX img_type 23/26)'));
  }
  return needs;
}

export function subjectNeeds(scope: Scope): Need[] {
  return [...subjectDocument(scope), ...subjectHeadNeeds(scope), ...commitmentNeeds(scope), ...proposalNeeds(scope), ...residenceNeeds(scope), ...handheldNeeds(scope)];
}
