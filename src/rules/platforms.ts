import { memoise, perObject } from './memoise';
import type { AppPlatform, Profile } from '../profile/schema';
import { APP_PLATFORMS } from '../profile/options';
import { defineRule, type Rule, type Text } from './define-rule';

// An APP's 平台信息 rows (特征信息, rules-corpus §1.6; apps-security-materials.md §1; profile-format.md "Keys and
// fingerprints"): the platform, the package name in that platform's syntax, the 签名 fingerprint of the signing
// certificate (Android MD5, iOS and HarmonyOS SHA-1) and the 平台公钥 (RSA modulus in decimal; HarmonyOS an EC key).
// Whether a key belongs to the fingerprint's certificate can only be told from the package: the package reader says so.

type Platform = (typeof APP_PLATFORMS)[number];
type SignedPlatform = Exclude<Platform, '其他'>;

type RowSlot = { path: string; row: AppPlatform; platform: string };

const rowSlots = perObject((profile: Profile): RowSlot[] =>
  profile.apps.flatMap((app, i) => app.platforms.map((row, j) => ({ path: `apps[${i}].platforms[${j}]`, row, platform: row.platform.trim() }))),
);

const isSigned = (platform: string): platform is SignedPlatform => platform === 'Android' || platform === 'iOS' || platform === 'HarmonyOS';

// ---------------------------------------------------------------------------------------------------------------
// Package names.

type PackageRule = { valid: RegExp; expected: Text; source: string };

const PACKAGE_NAMES: Readonly<Record<SignedPlatform, PackageRule>> = {
  Android: {
    valid: /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/,
    expected: {
      zh: 'Android 包名至少两段（含一个点），每段以字母开头，只含字母、数字和下划线，如 com.example.app',
      en: 'an Android package name has at least two dot-separated segments, each starting with a letter, of letters, digits and _ (com.example.app)',
    },
    source: 'developer.android.com "Configure the app module" (applicationId: ≥ 2 segments, each starting with a letter, [a-zA-Z0-9_])',
  },
  iOS: {
    valid: /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/,
    expected: {
      zh: 'iOS Bundle ID 只含字母、数字、连字符和点，各段不能为空，如 com.example.app',
      en: 'an iOS Bundle ID holds only letters, digits, hyphens and dots, with no empty segment (com.example.app)',
    },
    source: 'developer.apple.com/help/glossary/bundle-id (A-Z a-z 0-9, hyphen, period; reverse-DNS)',
  },
  HarmonyOS: {
    valid: /^[A-Za-z][A-Za-z0-9_.]{6,127}$/,
    expected: {
      zh: 'HarmonyOS bundleName 以字母开头，只含字母、数字、下划线和点，长度 7–128 个字符，如 com.example.app',
      en: 'a HarmonyOS bundleName starts with a letter, holds letters, digits, _ and dots, 7–128 characters (com.example.app)',
    },
    source: 'HarmonyOS / OpenHarmony app.json5 bundleName (字母、数字、下划线和“.”组成，以字母开头，7–128 字节，推荐反域名; openharmony/docs quick-start/app-configuration-file.md)',
  },
};

function packageNameMessage(platform: SignedPlatform, name: string): Text {
  const { expected } = PACKAGE_NAMES[platform];
  const details: Text[] = [];
  if (/\s/.test(name)) details.push({ zh: '含有空格', en: 'it has spaces' });
  if (platform === 'Android' && name.includes('-')) details.push({ zh: '含有连字符「-」（iOS 的 Bundle ID 可以有，Android 包名不行）', en: 'it has a hyphen (fine in an iOS Bundle ID, not in an Android package)' });
  if (platform === 'Android' && !name.includes('.')) details.push({ zh: '只有一段', en: 'it has one segment only' });
  if (platform === 'Android' && /(^|\.)[^A-Za-z.]/.test(name)) details.push({ zh: '有一段不以字母开头', en: 'a segment does not start with a letter' });
  if (platform === 'HarmonyOS' && /^[^A-Za-z]/.test(name)) details.push({ zh: '不以字母开头', en: 'it does not start with a letter' });
  if (platform !== 'HarmonyOS' && /\.\.|^\.|\.$/.test(name)) details.push({ zh: '有空的段（多余的点）', en: 'it has an empty segment (a stray dot)' });
  if (platform === 'HarmonyOS' && (name.length < 7 || name.length > 128)) details.push({ zh: `长度为 ${name.length}`, en: `it has ${name.length} characters` });
  if (/[^\x00-\x7f]/.test(name)) details.push({ zh: '含有非 ASCII 字符', en: 'it has non-ASCII characters' });
  const why = details.length ? { zh: `（${details.map((d) => d.zh).join('；')}）`, en: ` (${details.map((d) => d.en).join('; ')})` } : { zh: '', en: '' };
  return { zh: `「${name}」不符合规则${why.zh}：${expected.zh}`, en: `"${name}" is not valid${why.en}: ${expected.en}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Fingerprints.

type Digest = 'MD5' | 'SHA-1' | 'SHA-256';

const DIGEST_OF_LENGTH: Readonly<Record<number, Digest>> = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256' };
const DIGITS: Readonly<Record<Digest, number>> = { MD5: 32, 'SHA-1': 40, 'SHA-256': 64 };

/** What each platform files: the MD5 (Android) or SHA-1 (iOS, HarmonyOS) of the signing certificate. */
const WANTED_DIGEST: Readonly<Record<SignedPlatform, Digest>> = { Android: 'MD5', iOS: 'SHA-1', HarmonyOS: 'SHA-1' };

/** The fingerprint without the separators tools print (`AB:CD`, `ab cd`, `AB-CD`). */
const compactFingerprint = (value: string): string => value.trim().replace(/[\s:-]/g, '');
const isHex = (value: string): boolean => /^[0-9a-f]+$/i.test(value);

function algorithmMessage(platform: SignedPlatform, got: Digest): Text {
  const wanted = WANTED_DIGEST[platform];
  const where = platform === 'Android' ? { zh: 'Android 填写签名证书的 MD5', en: 'Android files the MD5 of the signing certificate' } : { zh: `${platform} 填写签名证书的 SHA-1（不是 MD5 或 SHA-256）`, en: `${platform} files the SHA-1 of the signing certificate (not its MD5 or SHA-256)` };
  return {
    zh: `这是 ${DIGITS[got]} 位的 ${got} 值，${where.zh}，应为 ${DIGITS[wanted]} 位十六进制`,
    en: `this is a ${got} (${DIGITS[got]} hex digits); ${where.en}, ${DIGITS[wanted]} hex digits`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Public keys.

/** id-ecPublicKey (1.2.840.10045.2.1) as DER: tag, length, value. */
const EC_PUBLIC_KEY_OID = '06072A8648CE3D0201';

type KeyReading =
  | { kind: 'decimal'; bits: number; odd: boolean }
  | { kind: 'ec-spki' }
  | { kind: 'spki-hex' }
  | { kind: 'pem' }
  | { kind: 'other' };

/** A DER SEQUENCE whose declared length is the whole string, in hex. */
function isDerSequenceHex(hex: string): boolean {
  if (hex.length % 2 !== 0 || !/^30/i.test(hex)) return false;
  const byte = (k: number) => parseInt(hex.slice(2 * k, 2 * k + 2), 16);
  const first = byte(1);
  const [length, header] = first < 0x80 ? [first, 2] : first === 0x81 ? [byte(2), 3] : first === 0x82 ? [(byte(2) << 8) | byte(3), 4] : [-1, 0];
  return length >= 0 && header + length === hex.length / 2;
}

function readKeyOnce(value: string): KeyReading {
  const compact = value.trim().replace(/[\s:]/g, '');
  if (/-----BEGIN/.test(value)) return { kind: 'pem' };
  if (/^\d+$/.test(compact)) {
    const n = BigInt(compact);
    return { kind: 'decimal', bits: n === 0n ? 0 : n.toString(2).length, odd: (n & 1n) === 1n };
  }
  if (isHex(compact) && isDerSequenceHex(compact)) return compact.toUpperCase().includes(EC_PUBLIC_KEY_OID) ? { kind: 'ec-spki' } : { kind: 'spki-hex' };
  return { kind: 'other' };
}

const readKey = memoise(readKeyOnce, 64);

const RSA_MIN_BITS = 1024;
const RSA_ADVISED_BITS = 2048;
const RSA_MAX_BITS = 4096;

// ---------------------------------------------------------------------------------------------------------------

const requiredRule = (id: string, key: 'packageName' | 'publicKey' | 'fingerprint', title: Text, source: string): Rule =>
  defineRule({
    id,
    severity: 'error',
    field: `apps[].platforms[].${key}`,
    title,
    source,
    *check({ profile }) {
      for (const { path, row } of rowSlots(profile)) if (row[key].trim() === '') yield { path: `${path}.${key}` };
    },
  });

const rowRules: Rule[] = [
  defineRule({
    id: 'platforms/platform-known',
    severity: 'error',
    field: 'apps[].platforms[].platform',
    title: { zh: '平台应为 Android、iOS、HarmonyOS 或其他', en: 'The platform is Android, iOS, HarmonyOS or 其他' },
    source: 'profile-format.md v2 (Android | iOS | HarmonyOS | 其他); apps-security-materials.md §1 (Huawei 选择平台)',
    *check({ profile }) {
      for (const { path, platform } of rowSlots(profile)) {
        if ((APP_PLATFORMS as readonly string[]).includes(platform)) continue;
        const fix = APP_PLATFORMS.find((p) => p.toLowerCase() === platform.toLowerCase().replace(/\s/g, ''));
        yield {
          path: `${path}.platform`,
          message: platform === '' ? { zh: '请选择平台', en: 'choose the platform' } : fix ? { zh: `请写作「${fix}」`, en: `write "${fix}"` } : { zh: `「${platform}」不是平台选项`, en: `"${platform}" is not a platform option` },
        };
      }
    },
  }),
  defineRule({
    id: 'platforms/platform-duplicate',
    severity: 'error',
    field: 'apps[].platforms[].platform',
    title: { zh: '同一 APP 的每个平台只填一行', en: 'Each platform appears once per APP' },
    source: 'HW App备案咨询 doc_0113 (同一App在不同平台上架，需在备案中将所有平台信息填写清楚，名称保持一致); profile-format.md v2 (one entry per platform)',
    *check({ profile }) {
      for (const [i, app] of profile.apps.entries()) {
        const seen = new Map<string, number>();
        for (const [j, row] of app.platforms.entries()) {
          const platform = row.platform.trim();
          if (platform === '' || platform === '其他') continue;
          const earlier = seen.get(platform);
          if (earlier === undefined) seen.set(platform, j);
          else yield { path: `apps[${i}].platforms[${j}].platform`, message: { zh: `${platform} 已在第 ${earlier + 1} 行填写；一个平台只能填一次，另一个包请作为另一个 APP 备案`, en: `${platform} is already row ${earlier + 1}; a platform appears once, file another package as another APP` } };
        }
      }
    },
  }),
];

const packageRules: Rule[] = [
  requiredRule('platforms/package-name-required', 'packageName', { zh: '请填写包名（Android）、Bundle ID（iOS）或 bundleName（HarmonyOS）', en: 'The package name, Bundle ID or bundleName is required' }, 'rules-corpus §1.6 (特征信息: 包名/Bundle ID); apps-security-materials.md §1 (HW PlatformReq appPackageName)'),
  defineRule({
    id: 'platforms/package-name-syntax',
    severity: 'error',
    field: 'apps[].platforms[].packageName',
    title: { zh: '包名不符合该平台的命名规则', en: 'The package name breaks its platform’s naming rules' },
    source: `${PACKAGE_NAMES.Android.source}; ${PACKAGE_NAMES.iOS.source}; ${PACKAGE_NAMES.HarmonyOS.source}`,
    *check({ profile }) {
      for (const { path, row, platform } of rowSlots(profile)) {
        const name = row.packageName.trim();
        if (name === '' || !isSigned(platform) || PACKAGE_NAMES[platform].valid.test(name)) continue;
        yield { path: `${path}.packageName`, message: packageNameMessage(platform, name) };
      }
    },
  }),
  defineRule({
    id: 'platforms/package-name-reverse-domain',
    severity: 'warning',
    field: 'apps[].platforms[].packageName',
    title: { zh: 'Bundle ID / bundleName 应采用反向域名形式，如 com.example.app', en: 'A Bundle ID or bundleName should be a reverse domain, e.g. com.example.app' },
    source: 'developer.apple.com/help/glossary/bundle-id (should be reverse-DNS); HarmonyOS app.json5 bundleName (推荐采用反域名形式)',
    *check({ profile }) {
      for (const { path, row, platform } of rowSlots(profile)) {
        const name = row.packageName.trim();
        if ((platform === 'iOS' || platform === 'HarmonyOS') && PACKAGE_NAMES[platform].valid.test(name) && !name.includes('.')) yield { path: `${path}.packageName` };
      }
    },
  }),
];

const fingerprintRules: Rule[] = [
  requiredRule('platforms/fingerprint-required', 'fingerprint', { zh: '请填写签名 MD5（Android）或 SHA-1（iOS、HarmonyOS）', en: 'The signing fingerprint is required: MD5 (Android) or SHA-1 (iOS, HarmonyOS)' }, 'rules-corpus §1.6 (签名 MD5 / SHA-1); apps-security-materials.md §1 (HW PlatformReq signatureKey)'),
  defineRule({
    id: 'platforms/fingerprint-hex',
    severity: 'error',
    field: 'apps[].platforms[].fingerprint',
    title: { zh: '签名指纹只能由十六进制数字 0–9、A–F 组成', en: 'A signing fingerprint holds hex digits 0–9 and A–F only' },
    source: 'rules-corpus §1.6 (hex [HW, UCloud, PingAn Cloud]); HW App备案咨询 doc_0121 (16进制形式); profile-format.md (upper-case hex)',
    *check({ profile }) {
      for (const { path, row } of rowSlots(profile)) {
        const compact = compactFingerprint(row.fingerprint);
        if (compact === '' || isHex(compact)) continue;
        const bad = [...new Set([...compact].filter((c) => !/[0-9a-f]/i.test(c)))].join(' ');
        yield { path: `${path}.fingerprint`, message: { zh: `含有非十六进制字符 ${bad}；若是 Base64 或十进制，请改用十六进制`, en: `it holds non-hex characters ${bad}; give it in hex, not Base64 or decimal` } };
      }
    },
  }),
  defineRule({
    id: 'platforms/fingerprint-algorithm',
    severity: 'error',
    field: 'apps[].platforms[].fingerprint',
    title: { zh: '签名指纹的算法与平台不符：Android 用 MD5，iOS 和 HarmonyOS 用 SHA-1', en: 'The fingerprint’s algorithm does not fit the platform: MD5 for Android, SHA-1 for iOS and HarmonyOS' },
    source: 'HW App备案咨询 doc_0121 (安卓填写证书的MD5值，苹果填写证书的SHA-1值); apps-security-materials.md §1 (iOS SHA-1 not MD5; HarmonyOS SHA-1 not SHA-256 [DCloud])',
    *check({ profile }) {
      for (const { path, row, platform } of rowSlots(profile)) {
        const compact = compactFingerprint(row.fingerprint);
        if (!isSigned(platform) || !isHex(compact)) continue;
        const got = DIGEST_OF_LENGTH[compact.length];
        if (got && got !== WANTED_DIGEST[platform]) yield { path: `${path}.fingerprint`, message: algorithmMessage(platform, got) };
      }
    },
  }),
  defineRule({
    id: 'platforms/fingerprint-length',
    severity: 'error',
    field: 'apps[].platforms[].fingerprint',
    title: { zh: '签名指纹位数不对：MD5 为 32 位、SHA-1 为 40 位十六进制', en: 'Wrong fingerprint length: an MD5 has 32 hex digits, a SHA-1 40' },
    source: 'profile-format.md "Keys and fingerprints" (Android 32 hex digits, iOS and HarmonyOS 40)',
    *check({ profile }) {
      for (const { path, row, platform } of rowSlots(profile)) {
        const compact = compactFingerprint(row.fingerprint);
        if (!isSigned(platform) || !isHex(compact) || DIGEST_OF_LENGTH[compact.length]) continue;
        const wanted = WANTED_DIGEST[platform];
        yield { path: `${path}.fingerprint`, message: { zh: `${platform} 的 ${wanted} 应为 ${DIGITS[wanted]} 位十六进制，此处为 ${compact.length} 位，可能复制不全`, en: `${platform}'s ${wanted} has ${DIGITS[wanted]} hex digits; this has ${compact.length}, perhaps cut short` } };
      }
    },
  }),
];

function* rsaRows(profile: Profile): Iterable<RowSlot & { key: KeyReading }> {
  for (const slot of rowSlots(profile)) {
    if ((slot.platform === 'Android' || slot.platform === 'iOS') && slot.row.publicKey.trim() !== '') yield { ...slot, key: readKey(slot.row.publicKey) };
  }
}

const keyRules: Rule[] = [
  requiredRule('platforms/public-key-required', 'publicKey', { zh: '请填写平台公钥', en: 'The platform public key is required' }, 'rules-corpus §1.6 (平台公钥); apps-security-materials.md §1 (HW PlatformReq publicKey)'),
  defineRule({
    id: 'platforms/rsa-modulus-form',
    severity: 'error',
    field: 'apps[].platforms[].publicKey',
    title: { zh: 'Android、iOS 的公钥填写 RSA 模数的十进制数字', en: 'An Android or iOS public key is the RSA modulus in decimal digits' },
    source: 'apps-security-materials.md §1 (Aliyun/UCloud/Ping An guides: JadxGUI 模数, BigInteger.toString(10)); profile-format.md "Keys and fingerprints"',
    *check({ profile }) {
      for (const { path, key } of rsaRows(profile)) {
        if (key.kind === 'decimal') continue;
        if (key.kind === 'ec-spki') {
          yield {
            path: `${path}.publicKey`,
            severity: 'warning',
            message: { zh: '这是 EC 公钥（ECDSA 签名），没有 RSA 模数；服务商指引只说明了 RSA 模数的填法，请向接入商确认', en: 'this is an EC key (ECDSA-signed), which has no RSA modulus; the providers’ guides only describe the modulus, ask the provider' },
          };
        } else if (key.kind === 'pem') {
          yield { path: `${path}.publicKey`, message: { zh: '请只填写模数（十进制数字），不要粘贴 PEM 证书或公钥', en: 'enter only the modulus in decimal, not a PEM certificate or key' } };
        } else {
          yield { path: `${path}.publicKey`, message: { zh: '不是 RSA 模数：应为十进制数字（十六进制模数导入时会自动换算）', en: 'not an RSA modulus: decimal digits expected (a hex modulus is converted on import)' } };
        }
      }
    },
  }),
  defineRule({
    id: 'platforms/rsa-modulus-size',
    severity: 'error',
    field: 'apps[].platforms[].publicKey',
    title: { zh: 'RSA 模数的长度应为 1024–4096 位（建议至少 2048 位），且为奇数', en: 'An RSA modulus has 1024–4096 bits (2048 or more advised) and is odd' },
    source: 'issue 16 item 3 (RSA modulus of a plausible size); apps-security-materials.md §1 (公钥 = 模数)',
    *check({ profile }) {
      for (const { path, key } of rsaRows(profile)) {
        if (key.kind !== 'decimal') continue;
        if (key.bits < RSA_MIN_BITS || key.bits > RSA_MAX_BITS) {
          yield { path: `${path}.publicKey`, message: { zh: `只有 ${key.bits} 位，不像 RSA 模数（1024–4096 位）；是否填成了指数（65537）或其他数字？`, en: `${key.bits} bits is no RSA modulus (1024–4096 bits); is it the exponent (65537) or another number?` } };
        } else if (!key.odd) {
          yield { path: `${path}.publicKey`, message: { zh: 'RSA 模数一定是奇数，此数为偶数，可能复制有误', en: 'an RSA modulus is always odd; this number is even, perhaps mis-copied' } };
        } else if (key.bits < RSA_ADVISED_BITS) {
          yield { path: `${path}.publicKey`, severity: 'warning', message: { zh: `${key.bits} 位 RSA 密钥低于 2048 位，请确认是正式发布用的签名证书`, en: `a ${key.bits}-bit RSA key is under 2048 bits; make sure it is the release signing certificate` } };
        }
      }
    },
  }),
  defineRule({
    id: 'platforms/ec-key-form',
    severity: 'error',
    field: 'apps[].platforms[].publicKey',
    title: { zh: 'HarmonyOS 使用 ECDSA 签名：公钥填写 EC 公钥（SubjectPublicKeyInfo）的十六进制', en: 'HarmonyOS signs with ECDSA: the key is the EC SubjectPublicKeyInfo in hex' },
    source: 'apps-security-materials.md §1 (HarmonyOS SHA256withECDSA: an EC key, no modulus); profile-format.md "Keys and fingerprints"',
    *check({ profile }) {
      for (const { path, row, platform } of rowSlots(profile)) {
        if (platform !== 'HarmonyOS' || row.publicKey.trim() === '') continue;
        const key = readKey(row.publicKey);
        if (key.kind === 'ec-spki') continue;
        const message: Text =
          key.kind === 'decimal'
            ? { zh: '这是一个十进制数（RSA 模数的写法）；HarmonyOS 的签名证书是 EC 密钥，没有模数，请填写证书公钥的十六进制', en: 'this is a decimal number (how an RSA modulus is written); HarmonyOS certificates hold an EC key, give its hex SubjectPublicKeyInfo' }
            : key.kind === 'pem'
              ? { zh: '请填写公钥的十六进制，不要粘贴 PEM', en: 'give the key in hex, not as PEM' }
              : key.kind === 'spki-hex'
                ? { zh: '这是一个公钥结构，但不是 EC 公钥', en: 'this is a public key structure, but not an EC key' }
                : { zh: '不是 EC 公钥的十六进制（应以 30 开头，如 3059301306072A8648CE3D0201…）', en: 'not an EC key in hex (it starts 30…, e.g. 3059301306072A8648CE3D0201…)' };
        yield { path: `${path}.publicKey`, message };
      }
    },
  }),
];

export const platformsRules: Rule[] = [...rowRules, ...packageRules, ...fingerprintRules, ...keyRules];

