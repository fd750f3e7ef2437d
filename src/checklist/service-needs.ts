import type { Text } from '../rules/define-rule';
import { serviceWords } from '../profile/service';
import { need, type Need } from './need';
import type { Scope, ServiceInScope } from './scope';
import { serviceHeadNeeds } from './head-needs';

// What one service (website, APP, mini program) adds: its head's documents, 前置审批 files, and per website the
// 域名证书 and 核验单.

/** The authority that grants each 前置审批 (rules-corpus §4.10; 电子公告服务: seed 004's 专项许可). */
const AUTHORITIES: Readonly<Record<string, Text>> = {
  新闻: { zh: '省网信办', en: 'the provincial cyberspace office' },
  出版: { zh: '新闻出版局', en: 'the press and publication bureau' },
  教育: { zh: '教育部门', en: 'the education department' },
  '校外培训（高中及以下阶段）': { zh: '教育部门', en: 'the education department' },
  医疗保健: { zh: '卫健委', en: 'the health commission' },
  药品和医疗器械: { zh: '药监局', en: 'the medical products administration' },
  文化: { zh: '文化和旅游部门', en: 'the culture and tourism department' },
  广播电影电视节目: { zh: '广电局', en: 'the radio and television bureau' },
  宗教: { zh: '宗教事务部门', en: 'the religious affairs department' },
  互联网金融: { zh: '金融监管部门', en: 'the financial regulator' },
  电子公告服务: { zh: '专项许可', en: 'the special permit' },
};

function approvalNeeds(service: ServiceInScope): Need[] {
  const what = serviceWords(service.ref);
  return service.approvals.map((approval, j) => {
    const type = approval.type.trim();
    const number = approval.number.trim();
    const by = AUTHORITIES[type];
    const numbered = number ? `（${number}）` : '';
    return need(
      '前置审批文件',
      `${service.path}.approvals[${j}]`,
      true,
      {
        zh: `${what.zh}勾选了前置审批「${type}」${numbered}：上传主管部门审核同意的文件${by ? `（${by.zh}）` : ''}，复印件加盖公章`,
        en: `${what.en} declares the 前置审批 "${type}"${number ? ` (${number})` : ''}: upload the approving document${by ? ` from ${by.en}` : ''}, a stamped copy`,
      },
      'rules-corpus §1.3, §1.5 (HWA type 1001), §4.10; seed 004 (主管部门审核同意的文件)',
      // The exports number a service's approval files in order under the service (export/wechat.ts).
      [{ owner: service.path, nth: j }],
    );
  });
}

/** A personal 博客/个人空间 site without an approval, where the province wants one (江西, 陕西). */
function blogApprovalNeeds(scope: Scope, service: ServiceInScope): Need[] {
  const authority = scope.provinceMaterials.blogApprovalAuthority;
  if (!authority || !scope.personal || service.ref.list !== 'websites' || service.approvals.length) return [];
  const site = scope.profile.websites[service.ref.index];
  if (!site?.services.includes('博客/个人空间')) return [];
  return [
    need(
      '前置审批文件',
      service.path,
      true,
      { zh: `个人网站提供「博客/个人空间」：${scope.province.province}要求${authority.zh}的审批文件`, en: `a personal site offering 博客/个人空间: ${scope.province.province} wants the approval of ${authority.en}` },
      scope.provinceMaterials.source,
    ),
  ];
}

/** A website's domains with their index in `domains` (blank entries skipped, indexes kept). */
type Domain = { domain: string; index: number };

function domainCertificateNeeds(scope: Scope, service: ServiceInScope, domains: readonly Domain[]): Need[] {
  const rule = scope.provinceMaterials.domainCertificate;
  const filingDomains = scope.profile.websites.reduce((sum, site) => sum + site.domains.filter((d) => d.trim()).length, 0);
  const natureFits = rule && (rule.natures === 'all' || (rule.natures === 'personal') === scope.personal);
  const byProvince = Boolean(rule && natureFits && filingDomains >= rule.fromDomains);
  const by21Vianet = service.flow.id === '21vianet';
  const months = scope.province.domainMinMonthsLeft;
  return domains.map(({ domain, index: j }) => {
    const base: Text = { zh: `域名 ${domain} 的域名证书：注册者须与主办单位（或主体负责人）一致，有效期至少还剩 ${months} 个月`, en: `the domain certificate of ${domain}: its holder must match the subject (or the subject head), with at least ${months} months left` };
    const why: Text = by21Vianet
      ? { zh: '世纪互联的上传步骤要求；首次备案时传在「现场核验照片」一栏', en: "21Vianet's upload step asks for it; on a first filing it goes in the 现场核验照片 slot" }
      : byProvince
        ? { zh: `${scope.province.province}管局要求`, en: `the ${scope.province.province} 管局 asks for it` }
        : { zh: '多数省份和接入商要求（以省管局、接入商要求为准）', en: 'many provinces and providers ask for it (depends on the province and the provider)' };
    const source = ['rules-corpus §1.5 (MIITX img_type 30), §4.3, §4.8; seed 004 (域名注冊證書)', ...(by21Vianet ? ['seed 002 §3 (21Vianet)'] : []), ...(byProvince ? [scope.provinceMaterials.source] : [])].join('; ');
    return need('域名证书', `${service.path}.domains[${j}]`, by21Vianet || byProvince, { zh: `${base.zh}；${why.zh}`, en: `${base.en}; ${why.en}` }, source, [{ owner: service.path, nth: j }]);
  });
}

function verificationSheetNeeds(scope: Scope, service: ServiceInScope, domains: readonly Domain[]): Need[] {
  const byProvince = scope.provinceMaterials.verificationSheet;
  const required = service.flow.isp || byProvince !== undefined;
  const how: Text = { zh: '填写网站主办者名称和网站域名（不加 www.），在网站负责人处签字并加盖公章（个人按手印），核验人一栏留空', en: 'fill in the 主办者名称 and the domain (no www.), sign as website head and stamp it (a person adds a fingerprint); leave the verifier fields blank' };
  const shanghai = scope.province.province === '上海市';
  const asks: Text[] = [
    ...(service.flow.isp ? [{ zh: `${service.flow.label.zh}的上传步骤要求`, en: `${service.flow.label.en}'s upload step asks for it` }] : []),
    ...(byProvince
      ? [{ zh: `${scope.province.province}管局要求${byProvince === 'domain' ? '，每个域名一份' : ''}${shanghai ? '，签字日期在 3 个月内' : ''}`, en: `the ${scope.province.province} 管局 asks for it${byProvince === 'domain' ? ', one per domain' : ''}${shanghai ? ', signed within the last 3 months' : ''}` }]
      : []),
  ];
  const why: Text = asks.length
    ? { zh: asks.map((a) => a.zh).join('；'), en: asks.map((a) => a.en).join('; ') }
    : { zh: '接入商自营的备案系统多已在线生成或不再要求；接入商的企业侧系统仍要签字盖章的核验单', en: "providers' own consoles mostly generate it online or no longer ask; ISP 企业侧 systems still want it signed and stamped" };
  const source = ['rules-corpus §1.5 (TC, MIITX img_type 5)', 'seed 002 §3, §5.1', 'seed 004 (網站備案信息真實性核驗單)', ...(byProvince ? [scope.provinceMaterials.source] : [])].join('; ');
  const reason: Text = { zh: `网站备案信息真实性核验单：${how.zh}；${why.zh}`, en: `the 网站备案信息真实性核验单: ${how.en}; ${why.en}` };
  if (byProvince !== 'domain' || domains.length < 2) return [need('核验单', service.path, required, reason, source)];
  return domains.map(({ domain, index: j }) => need('核验单', `${service.path}.domains[${j}]`, required, { zh: `${domain}：${reason.zh}`, en: `${domain}: ${reason.en}` }, source, [{ owner: service.path, nth: j }]));
}

function websiteDocumentNeeds(scope: Scope, service: ServiceInScope): Need[] {
  const doc = scope.provinceMaterials.websiteDocument;
  if (!doc) return [];
  const reason: Text = { zh: `${scope.province.province}的每个新网站都要${doc.name.zh}（作为「其他」材料上传）`, en: `every new website in ${scope.province.province} needs the ${doc.name.en} (uploaded as 其他)` };
  return [{ ...need('其他', service.path, true, reason, scope.provinceMaterials.source), accepts: [{ owner: service.path, names: doc.match }] }];
}

function miniProgramNeeds(service: ServiceInScope): Need[] {
  if (service.host !== '微信') return [];
  const also = [{ owner: 'subject' }];
  return [
    need('承诺书', service.path, true, { zh: '微信小程序备案要求《互联网信息服务承诺书》', en: 'WeChat mini-program filing wants the 互联网信息服务承诺书' }, 'rules-corpus §1.5 (WX commitment_letter)', also),
    need('手持证件照', `${service.path}.head`, false, { zh: '微信小程序备案可附小程序负责人手持证件照（选填）', en: "WeChat mini-program filing takes the head's photo holding their ID (optional)" }, 'rules-corpus §1.5 (WX holding_certificate_photo)', [{ owner: 'subject.head' }]),
  ];
}

function appNeeds(service: ServiceInScope): Need[] {
  const asks = service.flow.id === 'aliyun' || service.flow.id === 'huawei';
  const icon = need(
    'APP图标',
    service.path,
    asks,
    asks
      ? { zh: `${service.flow.label.zh}的 APP 备案表单要上传 APP 图标${service.flow.id === 'huawei' ? '（不超过 100 KB）' : ''}`, en: `${service.flow.label.en}'s APP form uploads the APP icon${service.flow.id === 'huawei' ? ' (≤ 100 KB)' : ''}` }
      : { zh: '阿里云、华为云的 APP 备案表单要上传 APP 图标；其他接入商以其要求为准', en: "Aliyun's and Huawei's APP forms upload the APP icon; other providers: as they ask" },
    'rules-corpus §1.6 (HW: APP 图标 ≤ 100 KB); apps-security-materials.md §1 (Aliyun APP form: APP图标)',
  );
  const commitment = need(
    '承诺书',
    service.path,
    false,
    { zh: '2023 年起的备案系统在部分流程要求承诺书（以接入商要求为准）', en: 'the filing system since 2023 asks for a 承诺书 in some flows (depends on the provider)' },
    'rules-corpus §1.5 (WX, HWA 2023/2025)',
    [{ owner: 'subject' }],
  );
  return [icon, commitment];
}

export function serviceNeeds(scope: Scope, service: ServiceInScope): Need[] {
  const needs = [...serviceHeadNeeds(scope, service), ...approvalNeeds(service), ...blogApprovalNeeds(scope, service)];
  if (service.ref.list === 'websites') {
    const domains = (scope.profile.websites[service.ref.index]?.domains ?? []).map((d, index) => ({ domain: d.trim(), index })).filter((d) => d.domain);
    needs.push(...domainCertificateNeeds(scope, service, domains), ...verificationSheetNeeds(scope, service, domains), ...websiteDocumentNeeds(scope, service));
  }
  if (service.ref.list === 'apps') needs.push(...appNeeds(service));
  if (service.ref.list === 'miniPrograms') needs.push(...miniProgramNeeds(service));
  return needs;
}
