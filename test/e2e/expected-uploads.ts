import type { Material, MATERIAL_KINDS, Profile } from '../../src/profile/schema';

// The upload steps of three replicas (issue 17 item 4) and, per upload field, the material it takes: the profile's
// Material `kind` and `owner` (profile-format.md), the label and block a person reads, the `accept` the widget's own
// `<input type="file">` carries and the limits the page enforces. After a fill, `replicaState()[key]` is the widget's
// own list `{ name, size, type, sha256 }[]` and must hold the attached material (for a `composed` field: one image
// made of the owner's 人像面 and 国徽面, so only its presence and type can be compared, not the stored bytes);
// `replicaState().rejected[key]` lists `{ name, reason }` of files the page refused (empty after a fill that met the
// limits). Every page is also served as its drifted twin at `twinPath`, with the same keys.
//
// Left untouched by a fill (no profile material goes there): each page's `untouched` keys (其他材料).

export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export type UploadField = {
  /** `replicaState()` key (21Vianet: the input's `name`). */
  key: string;
  kind: MaterialKind;
  owner: string;
  label: string;
  /** The heading of the block the field sits under (the only thing telling apart fields with one label). */
  block: string;
  /** The `accept` of the widget's input; '' when it has none. */
  accept: string;
  maxBytes?: number;
  minBytes?: number;
  /** 身份证正反面 as one image: the owner's 人像面 and 国徽面 composed. */
  composed?: true;
  /** Takes several files (the input is `multiple`). */
  multiple?: true;
  /** What a second file does to a single-file field: the widget replaces the first, or refuses it. */
  second?: 'replaces' | 'refuses';
};

export type UploadPage = {
  name: string;
  library: string;
  origin: string;
  path: string;
  twinPath: string;
  /** A selector present once the step has rendered (on replica and twin; the inputs are hidden in the SPAs). */
  ready: string;
  fields: readonly UploadField[];
  untouched: readonly string[];
};

const KB = 1024;
const MB = 1024 * KB;

export const VIANET_UPLOAD: UploadPage = {
  name: '21Vianet 上传备案资料',
  library: 'plain <input type="file">',
  origin: 'https://icp.cloud.21vianet.com',
  path: '/upload',
  twinPath: '/twin/upload',
  ready: 'input[type="file"][name="unitCertPic"]',
  fields: [
    { key: 'unitCertPic', kind: '主办单位证件', owner: 'subject', label: '主办单位证件', block: '主办单位资料', accept: '.jpg,.jpeg', maxBytes: 2 * MB, second: 'replaces' },
    { key: 'principalIdPic', kind: '负责人证件人像面', owner: 'subject.head', label: '负责人身份证正反面', block: '主办单位资料', accept: '.jpg,.jpeg', maxBytes: 2 * MB, composed: true, second: 'replaces' },
    { key: 'webPrincipalIdPic', kind: '负责人证件人像面', owner: 'websites[0].head', label: '负责人身份证正反面', block: '网站资料', accept: '.jpg,.jpeg', maxBytes: 2 * MB, composed: true, second: 'replaces' },
    { key: 'verificationPic', kind: '核验单', owner: 'websites[0]', label: '网站备案信息真实性核验单', block: '网站资料', accept: 'image/jpeg', maxBytes: 2 * MB, second: 'replaces' },
    { key: 'domainCertPic', kind: '域名证书', owner: 'websites[0]', label: '域名证书', block: '网站资料', accept: '.jpg,.jpeg', maxBytes: 2 * MB, second: 'replaces' },
    { key: 'approvalPic', kind: '前置审批文件', owner: 'websites[0]', label: '前置审批文件', block: '网站资料', accept: '.jpg,.jpeg', maxBytes: 2 * MB, multiple: true },
    { key: 'authorizationPic', kind: '授权书', owner: 'websites[0].head', label: '授权书', block: '网站资料', accept: 'image/jpeg', maxBytes: 2 * MB, second: 'replaces' },
  ],
  untouched: ['otherPic'],
};

export const ALIYUN_UPLOAD: UploadPage = {
  name: 'Aliyun 上传资料',
  library: 'antd Upload',
  origin: 'https://beian.aliyun.com',
  path: '/order/upload',
  twinPath: '/twin/order/upload',
  ready: '.icp-page-form .ant-upload input[type="file"]',
  fields: [
    { key: 'comIdPic', kind: '主办单位证件', owner: 'subject', label: '主办者证件', block: '主办者证件', accept: '.jpg,.jpeg,.png', maxBytes: 5 * MB, second: 'replaces' },
    { key: 'fzrIdFront', kind: '负责人证件人像面', owner: 'subject.head', label: '证件人像面', block: '主办者负责人证件', accept: 'image/jpeg,image/png', maxBytes: 2 * MB, second: 'replaces' },
    { key: 'fzrIdBack', kind: '负责人证件国徽面', owner: 'subject.head', label: '证件国徽面', block: '主办者负责人证件', accept: 'image/jpeg,image/png', maxBytes: 2 * MB, second: 'replaces' },
    { key: 'siteFzrIdFront', kind: '负责人证件人像面', owner: 'websites[0].head', label: '证件人像面', block: '网站负责人证件', accept: 'image/jpeg,image/png', maxBytes: 2 * MB, second: 'replaces' },
    { key: 'siteFzrIdBack', kind: '负责人证件国徽面', owner: 'websites[0].head', label: '证件国徽面', block: '网站负责人证件', accept: 'image/jpeg,image/png', maxBytes: 2 * MB, second: 'replaces' },
    { key: 'domainCert', kind: '域名证书', owner: 'websites[0]', label: '域名证书', block: '网站资料', accept: '.jpg,.jpeg,.png', minBytes: 200 * KB, maxBytes: 4 * MB, second: 'replaces' },
    { key: 'preApproval', kind: '前置审批文件', owner: 'websites[0]', label: '前置审批文件', block: '网站资料', accept: '.jpg,.jpeg,.png,.pdf', maxBytes: 10 * MB, multiple: true },
  ],
  untouched: ['otherMaterial'],
};

export const HUAWEI_UPLOAD: UploadPage = {
  name: 'Huawei Cloud 上传资料',
  library: 'OpenTiny FileUpload',
  origin: 'https://console.huaweicloud.com',
  path: '/beian/#/upload',
  twinPath: '/twin/beian/#/upload',
  ready: '.tiny-file-upload input[type="file"]',
  fields: [
    { key: 'orgCertificate', kind: '主办单位证件', owner: 'subject', label: '主办单位证件', block: '主办单位资料', accept: '.jpg,.jpeg,.png', maxBytes: 10 * MB, second: 'refuses' },
    { key: 'headIdFront', kind: '负责人证件人像面', owner: 'subject.head', label: '证件正面', block: '主办单位负责人资料', accept: '.jpg,.jpeg,.png', maxBytes: 10 * MB, second: 'refuses' },
    { key: 'headIdBack', kind: '负责人证件国徽面', owner: 'subject.head', label: '证件反面', block: '主办单位负责人资料', accept: '.jpg,.jpeg,.png', maxBytes: 10 * MB, second: 'refuses' },
    { key: 'siteHeadIdFront', kind: '负责人证件人像面', owner: 'websites[0].head', label: '证件正面', block: '互联网信息服务负责人资料', accept: '.jpg,.jpeg,.png', maxBytes: 10 * MB, second: 'refuses' },
    { key: 'siteHeadIdBack', kind: '负责人证件国徽面', owner: 'websites[0].head', label: '证件反面', block: '互联网信息服务负责人资料', accept: '.jpg,.jpeg,.png', maxBytes: 10 * MB, second: 'refuses' },
    { key: 'domainCertificate', kind: '域名证书', owner: 'websites[0]', label: '域名证书', block: '网站资料', accept: '.jpg,.jpeg,.png', maxBytes: 10 * MB, second: 'refuses' },
    { key: 'preApproval', kind: '前置审批文件', owner: 'websites[0]', label: '前置审批文件', block: '网站资料', accept: '.jpg,.jpeg,.png,.pdf', maxBytes: 10 * MB, multiple: true },
  ],
  untouched: ['otherMaterial'],
};

export const UPLOAD_PAGES: readonly UploadPage[] = [VIANET_UPLOAD, ALIYUN_UPLOAD, HUAWEI_UPLOAD];

/** The profile's materials a field takes: its kind and owner; a composed field the owner's 人像面 and 国徽面. */
export function materialsFor(profile: Profile, field: UploadField): Material[] {
  const kinds: readonly string[] = field.composed ? ['负责人证件人像面', '负责人证件国徽面'] : [field.kind];
  return profile.materials.filter((m) => m.owner === field.owner && kinds.includes(m.kind));
}

/**
 * What the widget's list must hold after a fill from the stored bytes: each material's name, size, type and SHA-256;
 * `undefined` for a composed field (its one image is made by the fill, so only its presence can be compared).
 */
export function expectedList(profile: Profile, field: UploadField): { name: string; size: number; type: string; sha256: string }[] | undefined {
  if (field.composed) return undefined;
  const found = materialsFor(profile, field);
  const taken = field.multiple ? found : found.slice(0, 1);
  return taken.map(({ name, size, type, sha256 }) => ({ name, size, type, sha256 }));
}
