import type { FieldSpec, ManualSpec } from './define-adapter';
import { LABELS } from './labels';

// The APP step the consoles share (apps-security-materials.md §1): APP基本信息 — Aliyun's 2023 flow (APP名称, 云服务器IP,
// 内容类别, 前置审批, APP语言, 备注, 是否对外提供SDK服务, 第三方SDK, APP使用的域名), Volcengine's notes (APP内容, APP涉及全部域名,
// 云资源/IP, 使用第三方SDK服务) — and 平台信息. Every label names the APP or sits in the APP's own block: a bare 服务内容 or
// 备注 is read only where a heading says it is the APP's.

export const APP_LABELS = {
  name: ['APP名称', 'App名称', '应用名称', 'APP应用名称', '服务名称（APP）'],
  services: ['APP服务内容', 'APP内容', 'APP内容类别', '内容类别', '服务内容'],
  languages: ['APP语言', 'APP语言类别', '服务语言', '语言类别', '语言'],
  domains: ['APP使用的全部域名', 'APP使用的域名', 'APP涉及全部域名', 'APP涉及的全部域名', 'APP涉及的域名', 'APP域名'],
  providesSdk: ['是否对外提供SDK服务', '对外提供SDK服务', '是否提供SDK服务'],
  thirdPartySdks: ['使用的第三方SDK', '使用的第三方SDK服务', '第三方SDK', '使用第三方SDK服务', '第三方SDK服务', '使用第三方SDK'],
  remark: ['APP备注', '备注', '备注信息'],
  ips: ['云服务器IP', '云服务器公网IP', '服务器IP', '服务器公网IP', '服务器IP地址', '云资源/IP', 'IP地址', '公网IP'],
} as const satisfies Record<string, readonly string[]>;

/** How a platform's block may prefix its own labels (iOS平台Bundle ID, 安卓平台软件包名称, 鸿蒙平台应用包名). */
const PLATFORM_PREFIXES = ['Android', 'Android平台', '安卓', '安卓平台', 'iOS', 'iOS平台', 'IOS平台', '苹果', '鸿蒙', '鸿蒙平台', 'HarmonyOS', 'HarmonyOS平台'];
const perPlatform = (labels: readonly string[]) => [...labels, ...PLATFORM_PREFIXES.flatMap((p) => labels.map((l) => p + l))];

/**
 * A platform's own fields (Huawei's PlatformReq: appPackageName, publicKey, signatureKey; the consoles' 包名 / Bundle ID,
 * 公钥, 签名MD5 / SHA-1, 域名): one per platform block, each control taken for the platform its block names.
 */
const PLATFORM: FieldSpec[] = [
  { path: 'apps[].platforms[].domains', section: 'app-platform', labels: perPlatform(['域名', '平台域名', '平台使用的域名', '服务器域名', '使用的域名', '该平台使用的域名']), placeholders: ['请从APP使用的域名中选择', '请选择域名', '请选择平台使用的域名'] },
  { path: 'apps[].platforms[].packageName', section: 'app-platform', labels: perPlatform(['包名', 'APP包名', '应用包名', '软件包名称', '包名/Bundle ID', 'Bundle ID', 'BundleID', 'bundleName', 'Bundle Name']), placeholders: ['请输入包名', '请输入APP包名', '请输入应用包名', '请输入Bundle ID', '请输入bundleName', '请输入软件包名称'] },
  { path: 'apps[].platforms[].publicKey', section: 'app-platform', labels: perPlatform(['公钥', '平台公钥', 'APP公钥', '公钥(模数)', '模数']), placeholders: ['请输入公钥', '请输入平台公钥', '请输入模数'] },
  {
    path: 'apps[].platforms[].fingerprint',
    section: 'app-platform',
    labels: perPlatform(['签名MD5', 'MD5签名值', 'MD5签名', '签名MD5值', 'SHA1签名值', 'SHA-1签名值', '证书MD5指纹', 'MD5指纹', '签名SHA-1', '签名SHA1', 'SHA-1', 'SHA1', '证书SHA-1指纹', '证书SHA1指纹', 'SHA1指纹', 'SHA-1指纹', '证书指纹', '签名指纹', '签名MD5/SHA-1']),
    placeholders: ['请输入签名', '请输入MD5', '请输入SHA', '请输入证书MD5', '请输入证书SHA', '请输入证书指纹', '请输入指纹'],
  },
];

/**
 * APP基本信息 and 平台信息: the fields every console's APP step asks, found by the words above; `quirks` adds a console's
 * own handling to a field by its path (Tencent joins the IPs with ;). The APP负责人 is each adapter's own person block.
 */
export function appStepFields(quirks: Readonly<Record<string, Partial<FieldSpec>>> = {}): FieldSpec[] {
  return APP_FIELDS.map((field) => ({ ...field, ...quirks[field.path] }));
}

const APP_FIELDS: readonly FieldSpec[] = [
  { path: 'apps[].name', section: 'app', labels: APP_LABELS.name },
  { path: 'apps[].services', section: 'app', labels: APP_LABELS.services },
  { path: 'apps[].approvals', section: 'app', labels: LABELS.approvals, widget: 'approvals' },
  { path: 'apps[].languages', section: 'app', labels: APP_LABELS.languages },
  { path: 'apps[].domains', section: 'app', labels: APP_LABELS.domains },
  { path: 'apps[].providesSdk', section: 'app', labels: APP_LABELS.providesSdk },
  { path: 'apps[].thirdPartySdks', section: 'app', labels: APP_LABELS.thirdPartySdks },
  { path: 'apps[].access.ips', section: 'app', labels: APP_LABELS.ips },
  { path: 'apps[].remark', section: 'app', labels: APP_LABELS.remark },
  ...PLATFORM,
];

/** What the APP step leaves to the person: the icon is an image the agent chooses, never one we pick. */
export const APP_STEP_MANUAL: readonly ManualSpec[] = [{ section: 'app', labels: ['APP图标', '应用图标'], what: 'APP图标由您上传 · the APP icon is uploaded by you' }];
