import { ACCESS_METHODS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, PERSON_CERTIFICATES, SERVER_LOCATIONS, SERVICES } from '../../../src/profile/options';
import { checkboxes, esc, options, page, row } from '../common/html';

// 上海蓝云备案管理系统 replica (seeds 000/001/002): server-rendered forms, as the seed's screenshots describe them.
//
// Issue 14 addition: 主办单位证件类型 follows 主办单位性质, on 开始备案 and on 主办单位基本信息 alike (seed 000: the
// 开始备案 form asks 主办单位性质 before 主办单位证件类型, and the subject form shows them as a pair, 个人 → 台胞证). The list
// is disabled until a 性质 is chosen, offers only that 性质's documents (rules-corpus §2.2 matrix, this portal's codes
// as before) and is emptied when the 性质 changes (21vianet/cert-types.js). Nothing else is added: the seeds show no
// 证件有效期, no 前置审批 question on these forms (seed 002 meets 前置审批 only at the upload step), and the 省/市/县
// selects with no sign of short names.

export const orgTypes = Object.fromEntries([...new Set(Object.entries(CERTIFICATES_BY_NATURE).flatMap(([nature, m]) => (nature === '个人' ? [] : Object.keys(m))))].map((label, i) => [label, i + 1]));
export const personTypes = Object.fromEntries(PERSON_CERTIFICATES.map((label, i) => [label, 100 + i]));
/** 性质 code → [label, this portal's code] of the documents it allows, for 21vianet/cert-types.js. */
const certificatesByNature = Object.fromEntries(
  Object.entries(CERTIFICATES_BY_NATURE).map(([nature, m]) => [String(NATURES[nature as keyof typeof NATURES]), Object.keys(m).map((label) => [label, nature === '个人' ? personTypes[label] : orgTypes[label]])]),
);
/** The dependent 证件类型 select: disabled, with a hint only, until cert-types.js fills it for the chosen 性质. */
const certTypeSelect = (id: string) => `<select id="${id}" name="${id}" disabled><option value="">请先选择主办单位性质</option></select>`;
const certTypeTable = () => `<script>window.CERTS_BY_NATURE = ${JSON.stringify(certificatesByNature)};</script>`;
const text = (id: string, placeholder: string, extra = '') => `<input type="text" id="${id}" name="${id}" placeholder="${esc(placeholder)}" ${extra}/>`;

function principal(id: string, title: string): string {
  return `<h3>${title}</h3><table class="form">
${row('负责人姓名', text(`${id}Name`, '负责人姓名,个人主办单位,单位主办单位 必填'))}
${row('负责人证件类型', `<select id="${id}CertType" name="${id}CertType">${options(personTypes)}</select>`)}
${row('负责人证件号码', text(`${id}CertNum`, '负责人证件号码'))}
${row('办公室电话', text(`${id}Tel`, '填写标准格式: 国家代码-区号-号码, 如: 086-010-8456212'))}
${row('手机号码', text(`${id}Mobile`, '手机号码, 可填多个, 用“/”分隔'))}
${row('电子邮件地址', text(`${id}Email`, '电子邮件地址, 若有多个用“/”分割, 每个邮件地址必须含有“@”'))}
</table>`;
}

export function startPage(): string {
  return page(
    '开始备案 - 上海蓝云备案管理系统',
    `<h2>开始备案</h2><p>请填写域名信息,自动验证您的备案类型</p><form id="checkForm"><table class="form">
${row('主办单位性质', `<select id="checkUnitProperty" name="checkUnitProperty">${options(NATURES)}</select>`)}
${row('主办单位证件类型', certTypeSelect('checkCertType'))}
${row('主办单位证件号码', text('checkCertNum', '证件号码'))}
${row('域名', text('checkDomain', '域名不要加 www.'))}
</table><button type="button" id="verifyType">验证备案类型</button> <a href="#">返回</a></form>${certTypeTable()}`,
    ['/common/replica.js', '/21vianet/cert-types.js'],
  );
}

export function subjectPage(): string {
  return page(
    '新增备案 - 上海蓝云备案管理系统',
    `<form id="unitForm"><h3>主办单位基本信息</h3><table class="form">
${row('主办单位名称', text('unitName', '主办单位或主办人名称'))}
${row('主办单位名称（英文）', text('unitNameEn', '选填'), false)}
${row('主办单位性质', `<select id="unitProperty" name="unitProperty">${options(NATURES)}</select>`)}
${row('主办单位证件类型', certTypeSelect('unitCertType'))}
${row('主办单位证件号码', text('unitCertNum', '证件号码'))}
${row('主办单位所在省', '<select id="unitProvince" name="unitProvince"></select>')}
${row('主办单位所在市', '<select id="unitCity" name="unitCity"></select>')}
${row('主办单位所在县(地区)', '<select id="unitCounty" name="unitCounty"></select>')}
${row('主办单位证件住所', text('unitCertAddress', '证件住所'))}
${row('主办单位通讯地址', text('unitAddress', '主办单位详细通信地址'))}
${row('投资人或主管单位', text('unitInvestor', '投资人或主管单位'))}
</table>${principal('principal', '主办单位负责人信息')}<table class="form">${row('备注信息', text('principalRemark', '备注信息'), false)}</table>
<a href="#" id="next">下一步,填写网站信息</a> <a href="#">返回</a></form>${certTypeTable()}`,
    ['/common/replica.js', '/common/divisions.js', '/21vianet/subject.js', '/21vianet/cert-types.js'],
  );
}

export function websitePage(): string {
  return page(
    '网站信息 - 上海蓝云备案管理系统',
    `<form id="websiteForm"><h3>网站基本信息</h3><table class="form">
${row('网站名称', text('websiteName', '网站名称, 可填多个, 用“/”分隔'))}
${row('域名', text('websiteDomain', '域名不要加“www.”域名信息可以添加多个用“/”分隔'))}
${row('网站首页URL', text('websiteUrl', '网站首页网址不要加 http://'))}
${row('网站服务内容', `<div id="websiteServices">${checkboxes('services', SERVICES)}</div>`)}
${row('网站语言类别', `<div id="websiteLanguages">${checkboxes('languages', LANGUAGES)}</div>`)}
</table><h3>网站接入信息</h3><table class="form">
${row('网站IP地址', '<textarea id="websiteIps" name="websiteIps" rows="3" placeholder="每行填写一个IP信息。如果IP信息为IP地址段, 则起始IP和终止IP间用“-”连接(例如: 211.68.0.100-211.68.0.102)"></textarea>')}
${row('网站接入方式', `<div id="websiteAccessModes">${checkboxes('accessModes', ACCESS_METHODS, (l) => (l === '其他方式' ? '其它方式' : l))}</div>`)}
${row('服务器放置地点', `<div id="websiteServerLocations">${checkboxes('serverLocations', SERVER_LOCATIONS)}</div>`)}
${row('备注信息', text('websiteRemark', '备注信息'), false)}
</table>${principal('webPrincipal', '网站负责人信息')}
<a href="#" id="next">下一步,上传备案资料</a> <a href="#">返回</a></form>`,
    ['/common/replica.js'],
  );
}
