import { esc, page, row } from '../common/html';

// 上传备案资料, the last step of 21Vianet's flow (seed 001: "下一步,上传备案资料"; seed 002 §3: "点击“PC上传”后按照系统
// 指示选择文件，逐步上传相应附件", all attachments colour scans or photos of the originals in JPG, 身份证正反面需要合成
// 一张图片上传, the 核验单 signed and stamped, 域名证书, 前置审批 only if the site needs it). Server-rendered like the
// other 21Vianet pages: one plain `<input type="file">` per material in the form table, the page's own script
// (21vianet/upload-page.js) checks type and size on `change`, lists what it accepted (name and size, with 删除) and sends
// it to the replica server's `POST /api/upload`. The twin is drift.ts's, as for every 21Vianet page.

export type VianetUploadField = {
  /** The input's `name`: the key `replicaState()` reports. */
  key: string;
  label: string;
  hint: string;
  /** The input's `accept`; '' when it has none. */
  accept: string;
  maxBytes: number;
  multiple?: boolean;
  required: boolean;
};

const MB = 1024 * 1024;
const ID_HINT = '身份证正反面需要合成一张图片上传，大陆境内身份证需在3个月内有效；原件彩色扫描件或原件拍照，格式为JPG，大小不超过2M';
const idCard = (key: string): VianetUploadField => ({ key, label: '负责人身份证正反面', hint: ID_HINT, accept: '.jpg,.jpeg', maxBytes: 2 * MB, required: true });

export const VIANET_UPLOAD_BLOCKS: readonly { title: string; fields: readonly VianetUploadField[] }[] = [
  {
    title: '主办单位资料',
    fields: [
      { key: 'unitCertPic', label: '主办单位证件', hint: '营业执照等主办单位证件原件彩色扫描件或原件拍照，格式为JPG，大小不超过2M', accept: '.jpg,.jpeg', maxBytes: 2 * MB, required: true },
      idCard('principalIdPic'),
    ],
  },
  {
    title: '网站资料',
    fields: [
      idCard('webPrincipalIdPic'),
      { key: 'verificationPic', label: '网站备案信息真实性核验单', hint: '只需填写“网站主办者名称”和“网站域名”，网站负责人签字并加盖公章（个人按手印）后扫描，格式为JPG，大小不超过2M', accept: 'image/jpeg', maxBytes: 2 * MB, required: true },
      { key: 'domainCertPic', label: '域名证书', hint: '域名证书中的注册者需与备案主体或主体负责人一致，格式为JPG，大小不超过2M', accept: '.jpg,.jpeg', maxBytes: 2 * MB, required: true },
      { key: 'approvalPic', label: '前置审批文件', hint: '涉及前置审批的网站上传，可选择多个文件，每个文件格式为JPG，大小不超过2M', accept: '.jpg,.jpeg', maxBytes: 2 * MB, multiple: true, required: false },
      { key: 'authorizationPic', label: '授权书', hint: '网站负责人非法定代表人时上传加盖公章的授权书，格式为JPG，大小不超过2M', accept: 'image/jpeg', maxBytes: 2 * MB, required: false },
      { key: 'otherPic', label: '其他材料', hint: '管局要求的其他材料，大小不超过5M', accept: '', maxBytes: 5 * MB, required: false },
    ],
  },
];

function control(field: VianetUploadField): string {
  const accept = field.accept ? ` accept="${esc(field.accept)}"` : '';
  return `<input type="file" id="${field.key}" name="${field.key}"${accept}${field.multiple ? ' multiple' : ''}/>
<div class="upload-hint">${esc(field.hint)}</div><div class="upload-error" id="${field.key}Error" role="alert"></div><ul class="upload-list" id="${field.key}List"></ul>`;
}

export function uploadPage(): string {
  const limits = Object.fromEntries(VIANET_UPLOAD_BLOCKS.flatMap((b) => b.fields.map((f) => [f.key, { accept: f.accept, maxBytes: f.maxBytes, multiple: f.multiple === true }])));
  return page(
    '上传备案资料 - 上海蓝云备案管理系统',
    `<h2>上传备案资料</h2><p class="upload-notice">所有附件应为“原件彩色扫描件”或“原件拍照”，格式为jpg格式。点击“PC上传”后按照系统指示选择文件，逐步上传相应附件。</p>
<form id="uploadForm">${VIANET_UPLOAD_BLOCKS.map((b) => `<h3>${esc(b.title)}</h3><table class="form">${b.fields.map((f) => row(f.label, control(f), f.required)).join('')}</table>`).join('\n')}
<a href="#" id="next">提交备案</a> <a href="#">返回首页</a></form><script>window.UPLOAD_LIMITS = ${JSON.stringify(limits)};</script>`,
    ['/common/replica.js', '/21vianet/upload-page.js'],
  );
}
