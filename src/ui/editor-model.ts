import { ACCESS_METHODS, APP_PLATFORMS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, MINI_PROGRAM_HOSTS, NATURES, PERSON_CERTIFICATES, SERVER_LOCATIONS, SERVICES, type Nature } from '../profile/options';
import type { Profile } from '../profile/schema';
import type { Text } from '../rules/define-rule';
import { GROUPED_LANGUAGES, GROUPED_SERVICES } from './option-groups';

// The editor laid out like the filing itself; each field names its profile path, so findings land next to it.

export type FieldKind = 'text' | 'textarea' | 'select' | 'list' | 'multi' | 'region' | 'date' | 'flag';
export type EditorField = {
  key: string;
  label: Text;
  kind: FieldKind;
  options?: (profile: Profile) => readonly string[];
  hint?: Text;
  /** A value the portals accept verbatim (长期), shown after the hint in Chinese whatever the UI language. */
  portalValue?: string;
  /** A date that may also be 长期 (no end), as the portals offer it: a date control with a 长期 box beside it. */
  longTerm?: boolean;
  /** Checkbox options in headed groups (kind 'multi'), in the order the portals list them. */
  groups?: readonly OptionGroup[];
};

export type OptionGroup = { label: Text; items: readonly string[] };

const t = (zh: string, en: string): Text => ({ zh, en });

export const SUBJECT_FIELDS: readonly EditorField[] = [
  { key: 'subject.nature', label: t('主办单位性质', 'Nature'), kind: 'select', options: () => Object.keys(NATURES) },
  { key: 'subject.name', label: t('主办单位名称', 'Name'), kind: 'text' },
  {
    key: 'subject.certificate.type',
    label: t('主办单位证件类型', 'Certificate type'),
    kind: 'select',
    options: (p) => Object.keys(CERTIFICATES_BY_NATURE[p.subject.nature as Nature] ?? {}),
  },
  { key: 'subject.certificate.number', label: t('主办单位证件号码', 'Certificate number'), kind: 'text' },
  { key: 'subject.certificate.address', label: t('主办单位证件住所', 'Address on the certificate'), kind: 'text' },
  { key: 'subject.region', label: t('主办单位所在省/市/县', 'Province / city / county'), kind: 'region' },
  { key: 'subject.mailingAddress', label: t('主办单位通讯地址', 'Mailing address'), kind: 'text' },
  { key: 'subject.investor', label: t('投资人或主管单位', 'Investor or supervising unit'), kind: 'text' },
  { key: 'subject.recordNumber', label: t('主体备案号', 'Subject record number'), kind: 'text', hint: t('已备案时填写', 'once filed') },
  { key: 'subject.remark', label: t('备注', 'Remark'), kind: 'textarea' },
];

/** Fields of a 负责人, relative to `subject.head` or `websites[i].head`. */
export const PERSON_FIELDS: readonly EditorField[] = [
  { key: 'name', label: t('负责人姓名', 'Name'), kind: 'text' },
  { key: 'certificate.type', label: t('负责人证件类型', 'Document type'), kind: 'select', options: () => PERSON_CERTIFICATES },
  { key: 'certificate.number', label: t('负责人证件号码', 'Document number'), kind: 'text' },
  { key: 'certificate.validFrom', label: t('证件有效期起', 'Valid from'), kind: 'date' },
  { key: 'certificate.validUntil', label: t('证件有效期止', 'Valid until'), kind: 'date', longTerm: true },
  { key: 'officePhone', label: t('办公室电话', 'Office phone'), kind: 'text', hint: t('区号-号码，如 0571-88886666', 'area code-number, e.g. 0571-88886666') },
  { key: 'mobiles', label: t('手机号码', 'Mobile numbers'), kind: 'list' },
  { key: 'emergencyPhone', label: t('应急联系电话', 'Emergency phone'), kind: 'text' },
  { key: 'emails', label: t('电子邮件地址', 'E-mail addresses'), kind: 'list' },
];

/** Fields of a website, relative to `websites[i]`. */
export const WEBSITE_FIELDS: readonly EditorField[] = [
  { key: 'name', label: t('网站名称', 'Website name'), kind: 'text' },
  { key: 'domains', label: t('网站域名', 'Domains'), kind: 'list', hint: t('不加 www.', 'without www.') },
  { key: 'homepage', label: t('网站首页URL', 'Home page URL'), kind: 'text', hint: t('不加 http://', 'without http://') },
  { key: 'services', label: t('网站服务内容', 'Service types'), kind: 'multi', options: () => Object.keys(SERVICES), groups: GROUPED_SERVICES },
  { key: 'languages', label: t('网站语言类别', 'Languages'), kind: 'multi', options: () => Object.keys(LANGUAGES), groups: GROUPED_LANGUAGES },
  { key: 'recordNumber', label: t('网站备案号', 'Website record number'), kind: 'text' },
  { key: 'remark', label: t('网站备注', 'Remark'), kind: 'textarea' },
];

export const ACCESS_FIELDS: readonly EditorField[] = [
  { key: 'access.provider', label: t('接入服务商', 'Hosting provider'), kind: 'text' },
  { key: 'access.ips', label: t('网站IP地址', 'IP addresses'), kind: 'list', hint: t('单个 IP 或 起-止', 'single IPs or start-end') },
  { key: 'access.methods', label: t('网站接入方式', 'Access methods'), kind: 'multi', options: () => Object.keys(ACCESS_METHODS) },
  { key: 'access.serverLocations', label: t('服务器放置地点', 'Server locations'), kind: 'multi', options: () => Object.keys(SERVER_LOCATIONS) },
];

/** Fields of an APP, relative to `apps[i]`, in the order the consoles' APP基本信息 asks them. */
export const APP_FIELDS: readonly EditorField[] = [
  { key: 'name', label: t('APP名称', 'APP name'), kind: 'text', hint: t('各平台同一名称', 'the same name on every platform') },
  { key: 'services', label: t('APP服务内容', 'Service types'), kind: 'multi', options: () => Object.keys(SERVICES), groups: GROUPED_SERVICES },
  { key: 'languages', label: t('APP语言', 'Languages'), kind: 'multi', options: () => Object.keys(LANGUAGES), groups: GROUPED_LANGUAGES },
  { key: 'domains', label: t('APP使用的全部域名', 'Every domain the APP uses'), kind: 'list', hint: t('不加 http:// 与 www.', 'without http:// or www.') },
  { key: 'providesSdk', label: t('对外提供SDK服务', 'Offers an SDK to others'), kind: 'flag' },
  { key: 'thirdPartySdks', label: t('使用的第三方SDK', 'Third-party SDKs used'), kind: 'list', hint: t('每行一个；不使用则留空', 'one per line; empty for none') },
  { key: 'recordNumber', label: t('APP备案号', 'APP record number'), kind: 'text', hint: t('以 A 结尾，如 浙ICP备2026001234号-2A', 'ends in A, e.g. 浙ICP备2026001234号-2A') },
  { key: 'remark', label: t('APP备注', 'Remark'), kind: 'textarea' },
];

type PlatformWords = { packageName: Text; fingerprint: Text; hint: Text };
const PLATFORM_WORDS: Readonly<Record<string, PlatformWords>> = {
  Android: { packageName: t('包名', 'Package name'), fingerprint: t('签名MD5', 'Signature MD5'), hint: t('签名证书的 MD5，32 位十六进制', "the signing certificate's MD5, 32 hex digits") },
  iOS: { packageName: t('Bundle ID', 'Bundle ID'), fingerprint: t('证书SHA-1', 'Certificate SHA-1'), hint: t('发布证书的 SHA-1，40 位十六进制（不是 MD5）', "the distribution certificate's SHA-1, 40 hex digits (not MD5)") },
  HarmonyOS: { packageName: t('bundleName', 'bundleName'), fingerprint: t('证书SHA-1', 'Certificate SHA-1'), hint: t('发布证书的 SHA-1，40 位十六进制（不是 SHA-256）', "the release certificate's SHA-1, 40 hex digits (not SHA-256)") },
};
const OTHER_PLATFORM: PlatformWords = { packageName: t('包名', 'Package name'), fingerprint: t('签名指纹', 'Signature fingerprint'), hint: t('十六进制', 'hex digits') };

/** Fields of one platform row, relative to `apps[i].platforms[j]`; the labels follow the platform, as the consoles' do. */
export function platformFields(platform: string): readonly EditorField[] {
  const words = PLATFORM_WORDS[platform] ?? OTHER_PLATFORM;
  return [
    { key: 'platform', label: t('平台', 'Platform'), kind: 'select', options: () => APP_PLATFORMS },
    { key: 'packageName', label: words.packageName, kind: 'text' },
    { key: 'publicKey', label: t('公钥', 'Public key'), kind: 'textarea', hint: t('RSA 模数（十进制）；鸿蒙为 EC 公钥', 'RSA modulus (decimal); HarmonyOS: the EC key') },
    { key: 'fingerprint', label: words.fingerprint, kind: 'text', hint: words.hint },
    { key: 'domains', label: t('该平台使用的域名', 'Domains this platform uses'), kind: 'list' },
  ];
}

/** Fields of a mini program, relative to `miniPrograms[i]`. */
export const MINI_PROGRAM_FIELDS: readonly EditorField[] = [
  { key: 'platform', label: t('所属平台', 'Host platform'), kind: 'select', options: () => MINI_PROGRAM_HOSTS },
  { key: 'appId', label: t('AppID', 'AppID'), kind: 'text', hint: t('微信小程序为 wx 加 16 位十六进制', 'WeChat: wx and 16 hex digits') },
  { key: 'name', label: t('小程序名称', 'Mini program name'), kind: 'text' },
  { key: 'services', label: t('服务内容类型', 'Service content types'), kind: 'list', hint: t('二级类目，最多 5 个（微信）', 'second-level types, at most 5 (WeChat)') },
  { key: 'recordNumber', label: t('小程序备案号', 'Mini program record number'), kind: 'text', hint: t('以 X 结尾', 'ends in X') },
  { key: 'remark', label: t('实际经营内容', 'What it actually does'), kind: 'textarea', hint: t('20–200 字（微信）', '20–200 characters (WeChat)') },
];

export const APPROVAL_TYPES = Object.keys(APPROVALS);

/** Splits what is typed into a list field: one item per line, or separated by , ; / and spaces. */
export function splitList(text: string, path = ''): string[] {
  if (/\.mobiles$/.test(path)) return splitPhones(text);
  return text
    .split(/[\n,;，；/\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const MOBILE = /^1\d{10}$/;
const compact = (s: string) => s.replace(/[\s\-－—]+/g, '');

/**
 * Phone numbers are written in groups ("139 0571 0000", "139-0571-0000"): spaces and dashes inside a number are
 * dropped, not taken as separators. Spaces separate numbers only where each part is a whole mobile number already.
 */
function splitPhones(text: string): string[] {
  return text
    .split(/[\n,;，；/、]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((chunk) => {
      const parts = chunk.split(/\s+/).map(compact);
      return parts.length > 1 && parts.every((p) => MOBILE.test(p)) ? parts : [compact(chunk)];
    })
    .filter(Boolean);
}
