import { perObject } from './memoise';
import type { Material, Person, Profile } from '../profile/schema';
import { FORMAT_NAMES, normaliseType, type ByteInspection } from '../materials/inspect';
import { isPortalId, limitsFor, PORTAL_LIMITS, PORTAL_NAMES, type PortalId, type PortalLimit } from '../materials/limits';
import { judgePixels, PIXEL_THRESHOLDS, type PixelMeasures, type PixelThresholds } from '../materials/pixels';
import { monthsAfter, parseIsoDate } from './dates';
import { defineRule, type Finding, type Hit, type Rule, type RuleContext, type Text } from './define-rule';

// The files of a filing (profile v2 `materials`; rules-corpus §1.5, §4.7–§4.9; apps-security-materials.md §3–§4;
// seed 002). Three entry points: the rules below run over the profile's records (type, size, pixels, validity);
// `limitFindings` holds a profile's materials to one portal's limits (PORTAL_LIMITS), for the fill or the checklist
// at the portal at hand — the portal rules here call it for each portal the profile's 接入服务商 names, since a
// material (one 负责人's ID) serves every website and APP at once and has no portal of its own; and
// `inspectionFindings` judges what only the file's bytes and pixels tell (sniffed type, EXIF rotation, greyscale,
// dark, blurred), which the profile does not hold.

/** A rule's description without its check: the inspection rules, listed in the catalogue but run on bytes. */
export type RuleInfo = Omit<Rule, 'check'>;

const JPG_PNG = new Set(['image/jpeg', 'image/png']);
const PDF = 'application/pdf';
const ID_KINDS = new Set(['负责人证件人像面', '负责人证件国徽面', '手持证件照']);
const LONG_TERM = '长期';

const finding = (info: RuleInfo, hit: Hit): Finding => ({
  path: hit.path,
  rule: info.id,
  severity: hit.severity ?? info.severity,
  message: hit.message ?? info.title,
  source: info.source,
});

/** A dated validity (not empty, not 长期, a real date). */
const datedValidity = (material: Material): string | undefined => {
  const value = material.validUntil?.trim() ?? '';
  return value !== LONG_TERM && parseIsoDate(value) ? value : undefined;
};

/** The Person a material's owner path names (`subject.head`, `websites[0].head` …), if it names one. */
function ownerPerson(profile: Profile, owner: string): Person | undefined {
  if (owner === 'subject.head') return profile.subject.head;
  const match = /^(websites|apps|miniPrograms)\[(\d+)\]\.head$/.exec(owner.trim());
  const index = Number(match?.[2]);
  switch (match?.[1]) {
    case 'websites':
      return profile.websites[index]?.head;
    case 'apps':
      return profile.apps[index]?.head;
    case 'miniPrograms':
      return profile.miniPrograms[index]?.head;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The records: type and validity.

const typeRules: Rule[] = [
  defineRule({
    id: 'materials/type-allowed',
    severity: 'error',
    field: 'materials[].type',
    title: { zh: '材料须为 JPG 或 PNG 图片（PDF 仅在门户明确接受时可用）', en: 'Materials must be JPG or PNG images (PDF only where a portal takes it)' },
    source: 'rules-corpus §1.5; apps-security-materials.md §4 (Huawei [F]: jpg/png; Tencent [F]: jpg/jpeg/png); seed 002 §3 (jpg)',
    *check({ profile }) {
      for (const [i, material] of profile.materials.entries()) {
        const type = normaliseType(material.type);
        if (type === '' || JPG_PNG.has(type)) continue; // no type recorded: inspectionFindings judges the bytes
        if (type === PDF) {
          yield {
            path: `materials[${i}].type`,
            severity: 'warning',
            message: { zh: 'PDF 仅部分门户接受；已知门户多只收 JPG/PNG，请确认或转为图片', en: 'few portals take PDF; those we know take JPG/PNG only — check, or convert it to an image' },
          };
        } else {
          yield { path: `materials[${i}].type`, message: { zh: `不支持的格式 ${type}，请转为 JPG 或 PNG`, en: `unsupported type ${type}; convert it to JPG or PNG` } };
        }
      }
    },
  }),
];

type MonthsRule = { id: string; kinds: ReadonlySet<string>; months: (ctx: RuleContext, material: Material) => number | undefined; title: Text; source: string };

/** The months of validity a kind must still have, per its own source; undefined = no such rule here. */
function monthsLeftRule({ id, kinds, months, title, source }: MonthsRule): Rule {
  return defineRule({
    id,
    severity: 'error',
    field: 'materials[].validUntil',
    title,
    source,
    *check(ctx) {
      for (const [i, material] of ctx.profile.materials.entries()) {
        if (!kinds.has(material.kind.trim())) continue;
        const until = datedValidity(material);
        const needed = months(ctx, material);
        if (!until || needed === undefined || until < ctx.today) continue; // an expired one is materials/document-expired
        const floor = monthsAfter(ctx.today, needed);
        if (floor && until < floor) {
          yield {
            path: `materials[${i}].validUntil`,
            message: { zh: `有效期至 ${until}，需至少还剩 ${needed} 个月（至 ${floor}）`, en: `valid until ${until}; it must stay valid at least ${needed} months (until ${floor})` },
          };
        }
      }
    },
  });
}

const isResidencePermit = (person: Person | undefined) => person?.certificate.type.includes('居住证') ?? false;

/** 营业执照 months in the provinces that set them (rules-corpus §4.7: Shanghai only). */
const LICENCE_MIN_MONTHS: Readonly<Record<string, number>> = { 上海市: 6 };
/** Provinces where a signed 核验单 is good for 3 months (rules-corpus §4.7, QC shanghai). */
const VERIFICATION_SHEET_PROVINCES = new Set(['上海市']);
const VERIFICATION_SHEET_MONTHS = 3;

const validityRules: Rule[] = [
  defineRule({
    id: 'materials/document-expired',
    severity: 'error',
    field: 'materials[].validUntil',
    title: { zh: '材料所示证件已过期', en: 'The document in this material has expired' },
    source: 'rules-corpus §4.7 (certificates not expired; HW 驳回); apps-security-materials.md §4 (documents within validity, Tencent [F])',
    *check({ profile, today }) {
      for (const [i, material] of profile.materials.entries()) {
        if (material.kind.trim() === '核验单') continue; // its 3-month window is materials/verification-sheet-window
        const until = datedValidity(material);
        if (until && until < today) yield { path: `materials[${i}].validUntil`, message: { zh: `已于 ${until} 过期`, en: `expired on ${until}` } };
      }
    },
  }),
  monthsLeftRule({
    id: 'materials/id-months-left',
    kinds: ID_KINDS,
    months: ({ profile, province }, material) =>
      isResidencePermit(ownerPerson(profile, material.owner)) ? (province.residencePermitMinMonthsLeft ?? province.idMinMonthsLeft) : province.idMinMonthsLeft,
    title: {
      zh: '负责人证件须在整个审核期内有效，且剩余有效期不少于 3 个月（初审 1–2 个工作日，管局最长 20 个工作日）',
      en: 'The ID must stay valid through the review, with at least 3 months left (初审 1–2 working days, 管局 up to 20)',
    },
    source: 'rules-corpus §4.7 (HW 驳回 "有效期需大于三个月"; QC shanghai 居住证 ≥ 1 month), §4.9 (review durations); seed 002 §3 (身份证需在3个月内有效)',
  }),
  monthsLeftRule({
    id: 'materials/domain-certificate-months-left',
    kinds: new Set(['域名证书']),
    months: ({ province }) => province.domainMinMonthsLeft,
    title: { zh: '域名证书剩余有效期不足（一般需多于 3 个月，上海 6 个月）', en: 'Too little left on the domain certificate (over 3 months; Shanghai 6)' },
    source: 'apps-security-materials.md §4 (domain > 3 months left, QingCloud, Huawei [F]); rules-corpus §4.7 (QC shanghai: 域名证书 ≥ 6 months), §4.8',
  }),
  monthsLeftRule({
    id: 'materials/licence-months-left',
    kinds: new Set(['主办单位证件']),
    months: ({ province }) => LICENCE_MIN_MONTHS[province.province],
    title: { zh: '上海：营业执照剩余有效期需不少于 6 个月', en: 'Shanghai: the business licence needs at least 6 months left' },
    source: 'rules-corpus §4.7 (QC shanghai: 营业执照 & 域名证书 ≥ 6 months)',
  }),
  defineRule({
    id: 'materials/verification-sheet-window',
    severity: 'error',
    field: 'materials[].validUntil',
    title: { zh: '核验单自签字之日起 3 个月内有效，过期需重新签字', en: 'A signed 核验单 is good for 3 months from signing; sign it again once it lapses' },
    source: 'rules-corpus §4.7 (QC shanghai: 核验单 dated ≤ 3 months); seed 002 §5.1 (核验单内网站负责人签字日期有效期为3个月)',
    // A material has no date of its own but validUntil: for a 核验单 it is the signing date plus 3 months.
    *check({ profile, today, province, providers }) {
      const applies = VERIFICATION_SHEET_PROVINCES.has(province.province) || providers.some((p) => p?.id === '21vianet');
      if (!applies) return;
      const latest = monthsAfter(today, VERIFICATION_SHEET_MONTHS);
      for (const [i, material] of profile.materials.entries()) {
        if (material.kind.trim() !== '核验单') continue;
        const until = datedValidity(material);
        if (!until) continue;
        const path = `materials[${i}].validUntil`;
        if (until < today) yield { path, message: { zh: `签字已超过 3 个月（有效至 ${until}），请重新签字`, en: `signed over 3 months ago (good until ${until}); sign it again` } };
        else if (latest && until > latest) {
          yield {
            path,
            severity: 'warning',
            message: { zh: `有效期 ${until} 超过签字后 3 个月，请填写签字日期加 3 个月`, en: `${until} is more than 3 months away; enter the signing date plus 3 months` },
          };
        }
      }
    },
  }),
  defineRule({
    id: 'materials/validity-matches-person',
    severity: 'warning',
    field: 'materials[].validUntil',
    title: { zh: '证件照片的有效期与负责人信息中的证件有效期不一致', en: 'The ID image\'s validity differs from the one in the person\'s details' },
    source: 'rules-corpus §1.2 (证件有效期), §4.7; profile-format.md v2 (Material.owner, validUntil)',
    *check({ profile }) {
      for (const [i, material] of profile.materials.entries()) {
        if (!ID_KINDS.has(material.kind.trim())) continue;
        const until = material.validUntil?.trim() ?? '';
        const typed = ownerPerson(profile, material.owner)?.certificate.validUntil?.trim() ?? '';
        if (until === '' || typed === '' || until === typed) continue;
        yield { path: `materials[${i}].validUntil`, message: { zh: `材料写 ${until}，负责人信息写 ${typed}`, en: `the material says ${until}, the person's details ${typed}` } };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// One portal's limits (PORTAL_LIMITS).

const portalRuleInfo = {
  type: {
    id: 'materials/portal-type',
    severity: 'error',
    field: 'materials[].type',
    title: { zh: '该门户不接受此文件格式', en: 'The portal does not take this file type' },
    source: 'PORTAL_LIMITS (src/materials/limits.ts): seed 002 §3; apps-security-materials.md §4',
  },
  size: {
    id: 'materials/portal-size',
    severity: 'error',
    field: 'materials[].size',
    title: { zh: '文件大小不在该门户允许的范围内', en: 'The file size is outside what the portal takes' },
    source: 'PORTAL_LIMITS (src/materials/limits.ts): rules-corpus §1.5 (HWA ≤10 MB); apps-security-materials.md §3 (公安 ≤ 512 KB), §4 (Aliyun 200 KB–4 MB, Tencent < 2 MB)',
  },
  pixels: {
    id: 'materials/portal-pixels',
    severity: 'error',
    field: 'materials[].width',
    title: { zh: '图片像素尺寸不符合该门户的要求', en: 'The image\'s pixel size does not meet the portal\'s limits' },
    source: 'PORTAL_LIMITS (src/materials/limits.ts): rules-corpus §1.5 (HWA: 主体证件 1100×1500, person 1280×720)',
  },
  compose: {
    id: 'materials/id-sides-compose',
    severity: 'warning',
    field: 'materials[]',
    title: { zh: '该门户要求身份证正反面合成一张图片上传', en: 'The portal wants the ID\'s two sides composed into one image' },
    source: 'seed 002 §3 (身份证正反面需要合成一张图片上传)',
  },
  separate: {
    id: 'materials/id-sides-separate',
    severity: 'warning',
    field: 'materials[]',
    title: { zh: '该门户要求证件人像面和国徽面分别上传', en: 'The portal wants the ID\'s two sides as two images' },
    source: 'apps-security-materials.md §3 (公安 uploads idecardfrontid / idecardbackid apart [F, dataAided PoliceDataTool])',
  },
} satisfies Record<string, RuleInfo>;

const sizeText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

function pixelProblem(width: number, height: number, limit: PortalLimit): Text | undefined {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  const bound = (a?: number, b?: number) => (a === undefined && b === undefined ? undefined : [Math.max(a ?? 0, b ?? 0), Math.min(a ?? Infinity, b ?? Infinity)] as const);
  const min = bound(limit.minWidth, limit.minHeight);
  const max = bound(limit.maxWidth, limit.maxHeight);
  if (min && (long < min[0] || short < min[1])) {
    return { zh: `${width}×${height} 像素，至少需 ${min[1]}×${min[0]}（横竖均可）；请重新拍摄或扫描`, en: `${width}×${height} px; at least ${min[1]}×${min[0]} (either way up) — rescan or retake it` };
  }
  if (max && (long > max[0] || short > max[1])) {
    return { zh: `${width}×${height} 像素，最大 ${max[1]}×${max[0]}；可用「准备」缩小`, en: `${width}×${height} px; at most ${max[1]}×${max[0]} — "Prepare" can shrink it` };
  }
  return undefined;
}

/** Every way one portal's limits (PORTAL_LIMITS) turn down a profile's materials; paths are `materials[i]…`. */
export function limitFindings(materials: readonly Material[], portal: PortalId): Finding[] {
  const findings: Finding[] = [];
  const at = PORTAL_NAMES[portal];
  const push = (info: RuleInfo, limit: PortalLimit | undefined, path: string, message: Text) =>
    findings.push(finding({ ...info, source: limit?.source ?? info.source }, { path, severity: limit?.inferred ? 'warning' : info.severity, message: { zh: `${at.zh}：${message.zh}`, en: `${at.en}: ${message.en}` } }));

  for (const [i, material] of materials.entries()) {
    const type = normaliseType(material.type);
    for (const limit of limitsFor(portal, material.kind.trim())) {
      if (limit.types && type !== '' && !limit.types.includes(type)) {
        const allowed = limit.types.map((t) => t.replace(/^.*\//, '').toUpperCase()).join('/');
        push(portalRuleInfo.type, limit, `materials[${i}].type`, { zh: `只接受 ${allowed}，此文件为 ${type}`, en: `takes ${allowed} only; this file is ${type}` });
      }
      if (limit.maxBytes !== undefined && material.size > limit.maxBytes) {
        push(portalRuleInfo.size, limit, `materials[${i}].size`, { zh: `${sizeText(material.size)}，超过上限 ${sizeText(limit.maxBytes + 1)}；可用「准备」压缩`, en: `${sizeText(material.size)}, over the ${sizeText(limit.maxBytes + 1)} limit — "Prepare" can compress it` });
      } else if (limit.minBytes !== undefined && material.size > 0 && material.size < limit.minBytes) {
        push(portalRuleInfo.size, limit, `materials[${i}].size`, { zh: `${sizeText(material.size)}，小于下限 ${sizeText(limit.minBytes)}；请用更清晰的原图`, en: `${sizeText(material.size)}, under the ${sizeText(limit.minBytes)} minimum — use a sharper original` });
      }
      if (material.width !== undefined && material.height !== undefined) {
        const problem = pixelProblem(material.width, material.height, limit);
        if (problem) push(portalRuleInfo.pixels, limit, `materials[${i}].width`, problem);
      }
    }
  }
  sideFindings(materials, portal, push);
  return dedupe(findings);
}

type Push = (info: RuleInfo, limit: PortalLimit | undefined, path: string, message: Text) => void;

/** A portal that wants the ID sides composed (seed 002) or apart (公安), against what each owner has on file. */
function sideFindings(materials: readonly Material[], portal: PortalId, push: Push): void {
  const limit = PORTAL_LIMITS[portal].find((l) => l.composeIdSides !== undefined && (l.kinds === undefined || l.kinds.includes('负责人证件人像面')));
  if (!limit) return;
  const byOwner = new Map<string, { front?: number; back?: number }>();
  for (const [i, material] of materials.entries()) {
    const kind = material.kind.trim();
    if (kind !== '负责人证件人像面' && kind !== '负责人证件国徽面') continue;
    const sides = byOwner.get(material.owner) ?? {};
    if (kind === '负责人证件人像面') sides.front ??= i;
    else sides.back ??= i;
    byOwner.set(material.owner, sides);
  }
  for (const { front, back } of byOwner.values()) {
    if (limit.composeIdSides && front !== undefined && back !== undefined) {
      push(portalRuleInfo.compose, limit, `materials[${back}]`, { zh: `请用「合成」把人像面（材料 ${front + 1}）和国徽面合为一张图片`, en: `use "Compose" to put the front (material ${front + 1}) and this back side into one image` });
    }
    const only = front === undefined ? back : back === undefined ? front : undefined;
    if (!limit.composeIdSides && only !== undefined) {
      push(portalRuleInfo.separate, limit, `materials[${only}]`, { zh: '只有一张证件图片；人像面与国徽面需分别上传（若这是合成图，请分开）', en: 'only one ID image; the front and back go up apart (split it if this is a composed pair)' });
    }
  }
}

const dedupe = (findings: Finding[]): Finding[] => {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.path}\u0000${f.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The portals a profile will be filed on: its websites' and APPs' 接入服务商 we know, and 公安 when it has a 公安 section. */
export function portalsOf(ctx: RuleContext): PortalId[] {
  const portals = new Set<PortalId>();
  for (const provider of [...ctx.providers, ...ctx.appProviders]) if (provider && isPortalId(provider.id)) portals.add(provider.id);
  const filesWithPolice = [...ctx.profile.websites, ...ctx.profile.apps].some((service) => service.security !== undefined);
  if (filesWithPolice) portals.add('mps');
  return [...portals];
}

const portalFindings = perObject((ctx: RuleContext): Finding[] => portalsOf(ctx).flatMap((portal) => limitFindings(ctx.profile.materials, portal)));

const portalRule = (info: RuleInfo): Rule =>
  defineRule({
    ...info,
    *check(ctx) {
      for (const f of portalFindings(ctx)) if (f.rule === info.id) yield { path: f.path, severity: f.severity, message: f.message };
    },
  });

const portalRules: Rule[] = Object.values(portalRuleInfo).map(portalRule);

export const materialsRules: readonly Rule[] = [...typeRules, ...validityRules, ...portalRules];

// ---------------------------------------------------------------------------------------------------------------
// What the bytes and pixels tell (inspectBytes, measurePixels): not in the profile, judged when a file is added.

/** Kinds that must be colour scans or photos of the original (a photocopy is turned down). */
const COLOUR_KINDS = new Set(['主办单位证件', '负责人证件人像面', '负责人证件国徽面', '手持证件照']);

const inspectionInfo = {
  typeSniffed: {
    id: 'materials/type-sniffed',
    severity: 'error',
    field: 'materials[].type',
    title: { zh: '文件内容与其声明的格式不符，或不是 JPG/PNG/PDF', en: 'The file is not what its type says, or not a JPG/PNG/PDF' },
    source: 'rules-corpus §1.5; apps-security-materials.md §4 (jpg/png); ours: the bytes are sniffed, the name is not trusted',
  },
  exifRotated: {
    id: 'materials/exif-rotated',
    severity: 'warning',
    field: 'materials[]',
    title: { zh: '照片带有 EXIF 旋转标记，门户可能显示为横躺或倒置；「准备」会按方向摆正', en: 'The photo carries an EXIF rotation; portals may show it sideways — "Prepare" turns it upright' },
    source: 'ours (EXIF Orientation tag 0x0112); rules-corpus §4.7 (HW: complete, readable originals)',
  },
  greyscale: {
    id: 'materials/greyscale',
    severity: 'warning',
    field: 'materials[]',
    title: { zh: '证件图片像是黑白复印件；须为原件彩色扫描件或原件拍照', en: 'The document looks like a greyscale copy; a colour scan or photo of the original is required' },
    source: 'seed 002 §3 (所有附件应为原件彩色扫描件或原件拍照); rules-corpus §4.7 (HW: original colour scan/photo, no copies), §1.5',
  },
  tooDark: {
    id: 'materials/too-dark',
    severity: 'warning',
    field: 'materials[]',
    title: { zh: '图片太暗，请在光线充足处重新拍摄', en: 'The image is too dark; retake it in good light' },
    source: 'rules-corpus §4.7 (HW: complete, clear originals, no glare); thresholds ours (src/materials/pixels.ts)',
  },
  blurry: {
    id: 'materials/blurry',
    severity: 'warning',
    field: 'materials[]',
    title: { zh: '图片模糊，文字可能无法辨认，请重新拍摄或扫描', en: 'The image is blurred and its text may not be legible; retake or rescan it' },
    source: 'rules-corpus §4.7 (HW: clear originals); thresholds ours (src/materials/pixels.ts)',
  },
} satisfies Record<string, RuleInfo>;

/** The inspection rules, for the catalogue (they run through `inspectionFindings`, not over the profile). */
export const materialsInspectionRules: readonly RuleInfo[] = Object.values(inspectionInfo);

export type MaterialInspection = { bytes: ByteInspection; pixels?: PixelMeasures };

/** What a material's bytes and pixels say against the rules above; `index` is its place in `profile.materials`. */
export function inspectionFindings(material: Material, index: number, inspection: MaterialInspection, thresholds: PixelThresholds = PIXEL_THRESHOLDS): Finding[] {
  const findings: Finding[] = [];
  const path = `materials[${index}]`;
  const { bytes } = inspection;
  const recorded = normaliseType(material.type);
  const real = FORMAT_NAMES[bytes.format] || '未知格式';
  if (bytes.type === 'other') {
    findings.push(finding(inspectionInfo.typeSniffed, { path: `${path}.type`, message: { zh: `文件实际为 ${real}，不是 JPG/PNG/PDF；请转为 JPG 或 PNG`, en: `the file is really ${bytes.format.toUpperCase()}, not JPG/PNG/PDF; convert it to JPG or PNG` } }));
  } else if (bytes.mismatch || (recorded !== '' && recorded !== bytes.type)) {
    const declared = bytes.declaredType || recorded;
    findings.push(finding(inspectionInfo.typeSniffed, { path: `${path}.type`, message: { zh: `文件实际为 ${real}，却标为 ${declared}（${material.name}）`, en: `the file is really ${real}, yet labelled ${declared} (${material.name})` } }));
  }
  if (bytes.orientation !== undefined && bytes.orientation !== 1) {
    findings.push(finding(inspectionInfo.exifRotated, { path, message: { zh: `EXIF 方向 ${bytes.orientation}：门户可能显示为横躺或倒置；「准备」会按方向摆正`, en: `EXIF orientation ${bytes.orientation}: portals may show it turned — "Prepare" makes it upright` } }));
  }
  const kind = material.kind.trim();
  if (inspection.pixels && kind !== 'APP图标') {
    const verdict = judgePixels(inspection.pixels, thresholds);
    if (verdict.greyscale && COLOUR_KINDS.has(kind)) findings.push(finding(inspectionInfo.greyscale, { path }));
    if (verdict.dark) findings.push(finding(inspectionInfo.tooDark, { path }));
    if (verdict.blurry) findings.push(finding(inspectionInfo.blurry, { path }));
  }
  return findings;
}
