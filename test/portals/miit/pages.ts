import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES } from '../../../src/profile/options';
import { esc, options, page } from '../common/html';

// MIIT-supplied 企业侧 system replica (portals.md §2.6; seeds 003/004): field ids as MIITX records them, native
// selects, bitmask checkbox groups, IP rows, and the website/access steps in thickbox iframes nested three deep.
//
// Issue 14 additions, each after the evidence named:
//   - 主办单位证件类型 is disabled until 主办单位性质 is chosen, emptied when it changes and refilled after a short lookup
//     (§2.6: "证件类型 (the code depends on 性质)"; the 性质 → 证件类型 matrix of rules-corpus §2.2) — miit/subject.js;
//   - 主办单位所在省 lists provinces by short name (北京, 广东, 内蒙古), codes as values: this system's own province
//     dictionary is in short names (§2.6 服务器放置地 "1 安徽, 2 北京, 4 重庆 …") — miit/subject.js;
//   - 长期 disables and empties the end date (§2.6 `#isLongTermUl` radios beside `#beginDateFind` / `#endDateFind`);
//   - the 网站负责人 gets the same 证件有效期 (长期 radios + start + end) as the 主办单位负责人: §2.6 says
//     `#websiteprincipal*` is "the same set as the subject principal" (ids `websiteprincipal…`, not documented one by one);
//   - 前置审批 as a checkbox list of the §2.6 bitmask types (`#approvalContent ul li div input`), each checked type
//     showing its own sub-panel `wsManageContentDiv<code>` with a 文号 input and an upload (§2.6). No 以上都不涉及:
//     §2.6 shows none on this system. Nothing is checked when the website needs no approval.

const PERSON_TYPES = CERTIFICATES_BY_NATURE.个人;
const LANGUAGE_BITS = Object.fromEntries(Object.entries(LANGUAGES).map(([l, c]) => [l, 2 ** (c - 1)]));

const field = (label: string, control: string) => `<tr><th>${esc(label)}：</th><td>${control}</td></tr>`;
const text = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}" ${extra}/>`;
const bitmask = (id: string, name: string, map: Readonly<Record<string, number>>) =>
  `<div id="${id}"><ul>${Object.entries(map)
    .map(([label, code]) => `<li><input type="checkbox" name="${name}" id="${name}${code}" value="${code}"/><label for="${name}${code}">${esc(label)}</label></li>`)
    .join('')}</ul></div>`;

function principal(id: 'unitprincipal' | 'websiteprincipal'): string {
  // The 主办单位负责人's validity has the documented ids (§2.6); the 网站负责人's the same set under its own prefix.
  const validity =
    id === 'unitprincipal'
      ? `<span id="isLongTermUl"><input type="radio" name="isLongTerm" value="0" checked/>有期限 <input type="radio" name="isLongTerm" value="1"/>长期</span> ${text('beginDateFind')} 至 ${text('endDateFind')}`
      : `<span id="${id}IsLongTermUl"><input type="radio" name="${id}IsLongTerm" value="0" checked/>有期限 <input type="radio" name="${id}IsLongTerm" value="1"/>长期</span> ${text(`${id}beginDateFind`)} 至 ${text(`${id}endDateFind`)}`;
  return [
    field('负责人姓名', text(`${id}name`)),
    field('负责人证件类型', `<select id="${id}certificatetypeId" name="${id}certificatetypeId">${options(PERSON_TYPES)}</select>`),
    field('负责人证件号码', text(`${id}certificatenum`)),
    field('证件有效期', validity),
    field('办公室电话', text(`${id}tel`)),
    field('手机号码', text(`${id}mobilephone`)),
    field('应急联系电话', text(`${id}emergencytel`)),
    field('电子邮件', text(`${id}email`)),
    field('即时通信账号', text(id === 'unitprincipal' ? 'instantmessageaccount' : 'webinstantmessageaccount')),
  ].join('');
}

/** 主体信息 with the thickbox host; `?step=website|access` opens the matching thickbox at load. */
export function subjectPage(): string {
  return page(
    'ICP备案信息录入 - 企业侧备案系统',
    `<div id="FirstStep"><div id="formDiv"><h3>主办单位信息</h3><table id="main_unit">
${field('主办单位性质', `<select id="unitProperty" name="unitProperty">${options(NATURES)}</select>`)}
${field('主办单位所在省', '<select id="mainProvince" name="mainProvince"></select>')}
${field('主办单位所在市', '<select id="mainCity" name="mainCity"></select>')}
${field('主办单位所在县', '<select id="mainCountry" name="mainCountry"></select>')}
${field('主办单位名称', '<textarea id="unitname" name="unitname" rows="2"></textarea>')}
${field('主办单位证件类型', '<select id="unitcertificatetypeId" name="unitcertificatetypeId" disabled><option value="">请先选择单位性质</option></select>')}
${field('主办单位证件号码', text('unitcertificatenum'))}
${field('主办单位证件住所', text('certificateaddress'))}
${field('主办单位通讯地址', text('unitaddress'))}
${field('投资人或主管单位', text('unitsuperior'))}
</table><h3>主办单位负责人</h3><table id="main_unitAdmin">${principal('unitprincipal')}
${field('备注', '<textarea id="remark" name="remark"></textarea>')}</table>
<button type="button" id="addWebsite">添加网站</button> <button type="button" id="addAccess">添加接入</button> <button type="button" id="nextStep">下一步</button>
</div></div>
<div id="TB_window" style="display:none"><iframe id="TB_iframeContent" style="width:900px;height:1400px;border:1px solid #999"></iframe></div>`,
    ['/common/replica.js', '/common/divisions.js', '/miit/cert-types.js', '/miit/subject.js'],
  );
}

export const certificateTypesScript = `window.CERT_TYPES = ${JSON.stringify(CERTIFICATES_BY_NATURE)}; window.NATURE_CODES = ${JSON.stringify(NATURES)};`;

/** Thickbox level 2: #SecondStep holding #websideIframe, which holds the form frame (level 3). */
export type ThickboxForm = 'website' | 'access' | 'website-access';

export function thickboxPage(form: ThickboxForm): string {
  return page(
    '企业侧备案系统',
    `<div id="SecondStep"><iframe id="websideIframe" src="/frame/${form}/inner${'' /* keep query */}" style="width:880px;height:1350px;border:0"></iframe></div>
<script>document.getElementById('websideIframe').src = '/frame/${form}/inner' + location.search;</script>`,
  );
}

export function innerPage(form: ThickboxForm): string {
  return page(
    '企业侧备案系统',
    `<iframe id="websideIframe" style="width:860px;height:1300px;border:0"></iframe>
<script>document.getElementById('websideIframe').src = '/frame/${form}/form' + location.search;</script>`,
  );
}

/** 前置审批 (§2.6 `#approvalContent ul li div input`): a checkbox per type; a checked type opens its 文号 + upload panel. */
const approvalList = () =>
  `<div id="approvalContent"><ul>${Object.entries(APPROVALS)
    .map(
      ([label, code]) =>
        `<li><div><input type="checkbox" name="approval" id="approval${code}" value="${code}"/><label for="approval${code}">${esc(label)}</label></div>` +
        `<div id="wsManageContentDiv${code}" class="approvalPanel" style="display:none">审批文号 <input type="text" name="approvalNo${code}" placeholder="请输入前置审批文号"/> 审批文件 <input type="file" accept="image/jpeg"/></div></li>`,
    )
    .join('')}</ul></div>`;

// The website step's pieces, shared by 添加网站, 添加接入 and the one-form website + access step.
const websiteRows = () => `<input type="hidden" id="serverType" name="serverType" value="1"/>
${field('网站名称', text('websitename'))}
${field('网站名称（英文）', text('websitenameen'))}
${field('网站域名', `<div id="domainDivVisit"><div class="domainRow"><input type="text" name="domainName"/></div></div><button type="button" id="addDomainButton">添加域名</button>`)}
${field('网站首页URL', text('websitefirstpageurl'))}
${field('网站服务内容', bitmask('websiteservicecontentDiv', 'websiteservicecontent', SERVICES))}
${field('网站语言', bitmask('languageDiv', 'language', LANGUAGE_BITS))}
${field('前置或专项审批内容', approvalList())}
${field('网站备注', '<textarea id="webremark" name="webremark"></textarea>')}`;

const websitePrincipalSection = () => `<h3>网站负责人</h3><table>${principal('websiteprincipal')}</table>`;

export function websiteForm(): string {
  return page(
    '添加网站',
    `<form id="websiteForm"><h3>网站信息</h3><table>
${websiteRows()}
</table>${websitePrincipalSection()}
<button type="button" id="submitWebsite">提交</button></form>`,
    ['/common/replica.js', '/miit/rows.js'],
  );
}

export const PROVIDERS = ['北京世纪互联宽带数据中心有限公司', '上海蓝云网络科技有限公司', '阿里云计算有限公司', '腾讯云计算（北京）有限责任公司', '世纪互联数据中心有限公司天津分公司'];

const accessRows = () => `${field('网站接入服务提供者名称', `${text('aspname', 'readonly')} <input type="text" id="aspKeyword" placeholder="关键词"/> <button type="button" id="aspQuery">查询</button>`)}
${field('网站IP地址', `<div id="ipScopeDiv"><div class="ipRow"><input type="text" name="webIpBegin"/> - <input type="text" name="webIpEnd"/></div></div><button type="button" id="addIpButton">添加IP</button>`)}
${field('网站接入方式', bitmask('websiteconnenctmodeVODiv', 'connectmode', ACCESS_METHODS))}
${field('服务器放置地点', bitmask('serveraddressDiv', 'serveraddress', SERVER_LOCATIONS))}`;

/** The provider search's result popup (miit/provider-search.js) and the list it searches. */
const providerPopup = () => `<div id="aspPopup" style="display:none;border:1px solid #666;padding:8px"><table id="aspResult"></table><button type="button" id="aspConfirm">确定</button></div>
<script>window.PROVIDERS = ${JSON.stringify(PROVIDERS)};</script>`;

export function accessForm(): string {
  return page(
    '添加接入',
    `<form id="accessForm"><h3>接入信息</h3><table>
${accessRows()}
</table><button type="button" id="submitAccess">提交</button> <button type="button" id="continueAccess">继续</button></form>
${providerPopup()}`,
    ['/common/replica.js', '/miit/rows.js', '/miit/provider-search.js'],
  );
}

/**
 * The website step as portals.md §2.6 lists it: the website, its 负责人 and the access fields (接入方式, `#ipScopeDiv`
 * IP rows with `#addIpButton`, 服务器放置地点, and the provider with its search popup) on one form, so the domain
 * rows and the IP rows share a page.
 */
export function websiteAccessForm(): string {
  return page(
    '添加网站',
    `<form id="websiteAccessForm"><h3>网站信息</h3><table>
${websiteRows()}
</table>${websitePrincipalSection()}<h3>接入信息</h3><table>
${accessRows()}
</table><button type="button" id="submitWebsite">提交</button></form>
${providerPopup()}`,
    ['/common/replica.js', '/miit/rows.js', '/miit/provider-search.js'],
  );
}
