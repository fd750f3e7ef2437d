import type { MaterialKind } from '../profile/schema';
import type { Text } from '../rules/define-rule';

// What each portal's upload fields accept, as data, only where a source says so (rules-corpus §1.5,
// apps-security-materials.md §3–§4, seed 002). A number the evidence does not give is left out, never guessed.

/** Our adapter ids (src/adapters) plus the 公安 portal; a provider rule's id (rules/data/providers.ts) where both exist. */
export const PORTAL_IDS = ['aliyun', 'tencent', 'huawei', '21vianet', 'miit-enterprise', 'mps'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];

export const isPortalId = (value: string): value is PortalId => (PORTAL_IDS as readonly string[]).includes(value);

export type PortalLimit = {
  /** The kinds the limit is about; absent = every kind. */
  kinds?: readonly MaterialKind[];
  /** MIME types accepted; absent = the source does not say (the general JPG/PNG rule still applies). */
  types?: readonly string[];
  /** Bytes, inclusive (binary units: upload widgets compare `file.size` with n × 1024 × 1024). */
  minBytes?: number;
  maxBytes?: number;
  /**
   * Pixels, either way up: the long side is held to the larger bound and the short side to the smaller, since the
   * sources give one pair (1100×1500) and a scan may be landscape or portrait.
   */
  minWidth?: number;
  minHeight?: number;
  maxWidth?: number;
  maxHeight?: number;
  /** true: an ID's two sides go up as one composed image; false: as two images; absent: either, or unknown. */
  composeIdSides?: boolean;
  /** Read from a weak or neighbouring source (an older portal, another product's API): findings are warnings. */
  inferred?: boolean;
  source: string;
};

const KB = 1024;
const MB = 1024 * 1024;
const JPG_PNG = ['image/jpeg', 'image/png'] as const;
const ID_SIDES: readonly MaterialKind[] = ['负责人证件人像面', '负责人证件国徽面'];

export const PORTAL_LIMITS: Readonly<Record<PortalId, readonly PortalLimit[]>> = {
  aliyun: [
    {
      kinds: ['域名证书'],
      types: JPG_PNG,
      minBytes: 200 * KB,
      maxBytes: 4 * MB,
      source: 'apps-security-materials.md §4 (Aliyun [F]: 域名证书 image 200 KB–4 MB); rules-corpus §1.5 (域名证书)',
    },
  ],
  tencent: [
    {
      types: JPG_PNG,
      maxBytes: 2 * MB - 1,
      source: 'apps-security-materials.md §4 (Tencent [F], older docs: jpg/jpeg/png, < 2 MB each; front and back may be one image)',
    },
  ],
  huawei: [
    { types: JPG_PNG, source: 'apps-security-materials.md §4 (Huawei [F]: colour scans or photos of originals, jpg/png)' },
    {
      kinds: ['主办单位证件'],
      minWidth: 1100,
      minHeight: 1500,
      maxBytes: 10 * MB,
      inferred: true,
      source: 'rules-corpus §1.5 (HWA: 主体证件 images 1100×1500; ≤10 MB — Huawei AppGallery\'s recordal API, read here as a minimum and applied to the Huawei Cloud portal by inference)',
    },
    {
      kinds: ID_SIDES,
      minWidth: 720,
      minHeight: 1280,
      maxBytes: 10 * MB,
      inferred: true,
      source: 'rules-corpus §1.5 (HWA: person [负责人证件] images 1280×720; ≤10 MB — Huawei AppGallery\'s recordal API, read here as a minimum and applied to the Huawei Cloud portal by inference)',
    },
  ],
  '21vianet': [
    {
      types: ['image/jpeg'],
      composeIdSides: true,
      source: 'seed 002 §3 (所有附件应为原件彩色扫描件或原件拍照，格式为jpg 格式；身份证正反面需要合成一张图片上传)',
    },
  ],
  // The ISP 企业侧 systems: no upload limit in the evidence (portals.md §2.6 names the fields only).
  'miit-enterprise': [],
  mps: [
    {
      maxBytes: 512 * KB,
      composeIdSides: false,
      inferred: true,
      source: 'apps-security-materials.md §3 (old 公安 portal ≤ 512 KB per attachment [F, 2016 guide; new portal unknown]; uploads idecardfrontid / idecardbackid apart [F, dataAided PoliceDataTool])',
    },
    {
      kinds: ['域名证书'],
      maxBytes: 400 * KB,
      inferred: true,
      source: 'apps-security-materials.md §3 (old 公安 portal: 域名证书 ≤ 400 KB [F, 2016 guide; new portal unknown])',
    },
  ],
};

export const PORTAL_NAMES: Readonly<Record<PortalId, Text>> = {
  aliyun: { zh: '阿里云', en: 'Aliyun' },
  tencent: { zh: '腾讯云', en: 'Tencent Cloud' },
  huawei: { zh: '华为云', en: 'Huawei Cloud' },
  '21vianet': { zh: '世纪互联（蓝云）', en: '21Vianet' },
  'miit-enterprise': { zh: '企业侧备案系统', en: 'the ISP filing system' },
  mps: { zh: '公安联网备案', en: 'the public-security filing portal' },
};

/** The limits of a portal that apply to a kind. */
export const limitsFor = (portal: PortalId, kind: string): PortalLimit[] =>
  PORTAL_LIMITS[portal].filter((limit) => limit.kinds === undefined || limit.kinds.some((k) => k === kind));

/** One limit merged from every entry of a portal for a kind: the tightest bound of each (what prepare aims at). */
export function mergedLimit(portal: PortalId, kind: string): PortalLimit | undefined {
  const entries = limitsFor(portal, kind);
  if (entries.length === 0) return undefined;
  const pick = (values: (number | undefined)[], f: (...n: number[]) => number) => {
    const given = values.filter((v): v is number => v !== undefined);
    return given.length === 0 ? undefined : f(...given);
  };
  const typeLists = entries.map((e) => e.types).filter((t): t is readonly string[] => t !== undefined);
  const types = typeLists.length === 0 ? undefined : typeLists.reduce((a, b) => a.filter((t) => b.includes(t)));
  const merged: PortalLimit = {
    minBytes: pick(entries.map((e) => e.minBytes), Math.max),
    maxBytes: pick(entries.map((e) => e.maxBytes), Math.min),
    minWidth: pick(entries.map((e) => e.minWidth), Math.max),
    minHeight: pick(entries.map((e) => e.minHeight), Math.max),
    maxWidth: pick(entries.map((e) => e.maxWidth), Math.min),
    maxHeight: pick(entries.map((e) => e.maxHeight), Math.min),
    composeIdSides: entries.find((e) => e.composeIdSides !== undefined)?.composeIdSides,
    inferred: entries.some((e) => e.inferred),
    source: entries.map((e) => e.source).join('; '),
  };
  if (types) merged.types = types;
  if (entries.every((e) => e.kinds)) merged.kinds = entries.flatMap((e) => e.kinds ?? []);
  return merged;
}
