import { FORMAT_NAMES, type ByteInspection } from '../materials/inspect';
import { isPortalId, PORTAL_IDS, type PortalId } from '../materials/limits';
import { MATERIAL_KINDS, type Material, type MaterialKind, type Profile } from '../profile/schema';
import { findProvider } from '../rules/data/providers';
import type { Finding, Text } from '../rules/define-rule';

// What the materials section decides without a browser: which owners a profile has and how people call them, a
// new file's likely kind and owner, the Material record for inspected bytes, and the texts it shows.

const t = (zh: string, en: string): Text => ({ zh, en });

export type OwnerChoice = { path: string; label: Text };

/** How each service list is called, numbered from 1 as the forms number them. */
const SERVICE_WORDS = {
  websites: t('网站', 'Website'),
  apps: t('APP', 'APP'),
  miniPrograms: t('小程序', 'Mini program'),
} as const;
const HEAD = t('负责人', ' head');

const named = (base: Text, name: string): Text => (name ? { zh: `${base.zh}（${name}）`, en: `${base.en} (${name})` } : base);

/** Every profile path a material may belong to: the subject, its head, each service and each service's head. */
export function ownerChoices(profile: Profile): OwnerChoice[] {
  const choices: OwnerChoice[] = [
    { path: 'subject', label: t('主体', 'Subject') },
    { path: 'subject.head', label: t('主体负责人', 'Subject head') },
  ];
  for (const list of ['websites', 'apps', 'miniPrograms'] as const) {
    const word = SERVICE_WORDS[list];
    profile[list].forEach((service, i) => {
      const base = { zh: `${word.zh} ${i + 1}`, en: `${word.en} ${i + 1}` };
      choices.push({ path: `${list}[${i}]`, label: named(base, service.name) });
      choices.push({ path: `${list}[${i}].head`, label: { zh: `${base.zh} ${HEAD.zh}`, en: `${base.en}${HEAD.en}` } });
    });
  }
  return choices;
}

/** The owner as people read it; a path the profile no longer has (a removed website) is shown as it is. */
export function ownerLabel(profile: Profile, path: string): Text {
  return ownerChoices(profile).find((c) => c.path === path)?.label ?? { zh: path, en: path };
}

/** The kinds by what they are; the Chinese is the portals' own word. */
export const KIND_NAMES: Readonly<Record<MaterialKind, Text>> = {
  主办单位证件: t('主办单位证件', 'Host entity certificate'),
  负责人证件人像面: t('负责人证件人像面', 'Head’s ID, photo side'),
  负责人证件国徽面: t('负责人证件国徽面', 'Head’s ID, emblem side'),
  手持证件照: t('手持证件照', 'Photo holding the ID'),
  域名证书: t('域名证书', 'Domain certificate'),
  前置审批文件: t('前置审批文件', 'Pre-approval document'),
  授权书: t('授权书', 'Letter of authorisation'),
  承诺书: t('承诺书', 'Letter of undertaking'),
  核验单: t('核验单', 'Verification sheet'),
  APP图标: t('APP图标', 'APP icon'),
  其他: t('其他', 'Other'),
};

const isKind = (kind: string): kind is MaterialKind => (MATERIAL_KINDS as readonly string[]).includes(kind);

/** A kind's name; a kind outside the list (an older export) is shown as it is. */
export const kindName = (kind: string): Text => (isKind(kind) ? KIND_NAMES[kind] : { zh: kind, en: kind });

/** Words in file names, most specific first: 手持 before 身份证, 国徽面 before the generic ID words. */
const KIND_WORDS: readonly [RegExp, MaterialKind][] = [
  [/手持|holding|hand-?held|selfie/i, '手持证件照'],
  [/国徽|反面|背面|back|reverse|emblem/i, '负责人证件国徽面'],
  [/人像|正面|头像|front|portrait|身份证|id-?card|(^|[^a-z])id([^a-z]|$)/i, '负责人证件人像面'],
  [/营业执照|执照|licen[cs]e|主办|证件|certificate-?of-?(incorporation|registration)/i, '主办单位证件'],
  [/域名|domain/i, '域名证书'],
  [/核验单|核验|verification|checklist/i, '核验单'],
  [/授权|authori[sz]/i, '授权书'],
  [/承诺|undertaking|commitment|pledge/i, '承诺书'],
  [/审批|许可|approval|permit/i, '前置审批文件'],
  [/图标|icon|logo/i, 'APP图标'],
];

/** A first guess at a file's kind from its name, which the agent corrects on the card. */
export function guessKind(fileName: string): MaterialKind {
  const base = fileName.replace(/\.[^.]*$/, '');
  return KIND_WORDS.find(([words]) => words.test(base))?.[1] ?? '其他';
}

const PERSON_KINDS: ReadonlySet<string> = new Set(['负责人证件人像面', '负责人证件国徽面', '手持证件照', '授权书']);
const SERVICE_KINDS: ReadonlySet<string> = new Set(['域名证书', '核验单', '前置审批文件']);

/** A first guess at a kind's owner: people's documents to the subject head, a site's to the first service. */
export function guessOwner(kind: string, profile: Profile): string {
  if (PERSON_KINDS.has(kind)) return 'subject.head';
  if (kind === 'APP图标') return profile.apps.length > 0 ? 'apps[0]' : 'subject';
  if (SERVICE_KINDS.has(kind)) {
    if (profile.websites.length > 0) return 'websites[0]';
    if (profile.apps.length > 0) return 'apps[0]';
    if (profile.miniPrograms.length > 0) return 'miniPrograms[0]';
  }
  return 'subject';
}

/** What the section takes: what the portals take (rules-corpus §1.5: JPG/PNG, PDF where a portal says so). */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const ACCEPT_ATTRIBUTE = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';


/** Why a file is refused (its bytes are not JPG, PNG or PDF, whatever its name says), or undefined when it is taken. */
export function refusal(name: string, inspection: ByteInspection): Text | undefined {
  if (inspection.type !== 'other') return undefined;
  const format = FORMAT_NAMES[inspection.format];
  return format
    ? { zh: `未添加「${name}」：它是 ${format} 文件；只接受 JPG、PNG 图片或 PDF`, en: `“${name}” was not added: it is a ${format} file; only JPG or PNG images and PDFs are accepted` }
    : { zh: `未添加「${name}」：不是可识别的图片；只接受 JPG、PNG 图片或 PDF`, en: `“${name}” was not added: it is not an image we recognise; only JPG or PNG images and PDFs are accepted` };
}

/** The extension a type's files carry, to rename a file whose type changed (a PNG re-encoded as JPEG). */
const EXTENSIONS: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

export function renamedFor(name: string, type: string): string {
  const extension = EXTENSIONS[type];
  if (!extension) return name;
  const stem = name.replace(/\.[^.]*$/, '') || 'material';
  const current = /\.([^.]*)$/.exec(name)?.[1]?.toLowerCase();
  const same = current === extension || (extension === 'jpg' && current === 'jpeg');
  return same ? name : `${stem}.${extension}`;
}

/** A pasted image has no name of its own: named by its type and the time it was pasted. */
export function pastedName(type: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `pasted-${stamp}.${EXTENSIONS[type] ?? 'bin'}`;
}

export type NewMaterial = {
  id: string;
  name: string;
  inspection: ByteInspection;
  sha256: string;
  /** The bytes in base64: the store moves them to its files at the next save. */
  data: string;
  kind: string;
  owner: string;
};

/** The record of an added file: its sniffed type and upright pixel size, never what its name claims. */
export function materialFrom({ id, name, inspection, sha256, data, kind, owner }: NewMaterial): Material {
  const width = inspection.displayWidth ?? inspection.width;
  const height = inspection.displayHeight ?? inspection.height;
  return {
    id,
    kind,
    owner,
    name,
    type: inspection.type === 'other' ? inspection.declaredType : inspection.type,
    size: inspection.bytes,
    ...(width !== undefined && height !== undefined ? { width, height } : {}),
    sha256,
    data,
  };
}

export type NewBytes = { type: string; size: number; width: number; height: number; sha256: string; data: string };

/** A material with its bytes replaced (a prepared copy): the same id, kind, owner and validity, new facts. */
export function withBytes(material: Material, next: NewBytes): Material {
  return { ...material, name: renamedFor(material.name, next.type), type: next.type, size: next.size, width: next.width, height: next.height, sha256: next.sha256, data: next.data };
}

/** Binary units, as the portals' upload widgets count them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export const pixelsText = (width?: number, height?: number): string => (width !== undefined && height !== undefined ? `${width}×${height}` : '');

/** navigator.storage.estimate() in words; undefined when the browser says nothing. */
export function quotaText(estimate: { usage?: number; quota?: number }): Text | undefined {
  const { usage, quota } = estimate;
  if (usage === undefined) return undefined;
  if (quota === undefined || quota <= 0) return { zh: `本扩展已用存储 ${sizeText(usage)}`, en: `Storage used by the extension: ${sizeText(usage)}` };
  const share = (usage / quota) * 100;
  const percent = share > 0 && share < 1 ? '< 1' : String(Math.round(share));
  return {
    zh: `本扩展已用存储 ${sizeText(usage)}，可用上限 ${sizeText(quota)}（${percent}%）`,
    en: `Storage used by the extension: ${sizeText(usage)} of ${sizeText(quota)} (${percent}%)`,
  };
}

/** The material a finding is about: `materials[3].size` → 3. */
export function materialIndexOf(path: string): number | undefined {
  const match = /^materials\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : undefined;
}

/** The findings about one material (its record and every field of it). */
export const findingsAt = (findings: readonly Finding[], index: number): Finding[] => findings.filter((f) => materialIndexOf(f.path) === index);

/** Findings about materials in general (`materials`: a kind the filing needs and the profile lacks). */
export const generalFindings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.path === 'materials');

export type IdPair = { owner: string; front: number; back: number };

/** Owners with both sides of an ID on file, the first of each side: what "compose both sides" works on. */
export function idPairs(materials: readonly Material[]): IdPair[] {
  const sides = new Map<string, { front?: number; back?: number }>();
  materials.forEach((m, i) => {
    const kind = m.kind.trim();
    if (kind !== '负责人证件人像面' && kind !== '负责人证件国徽面') return;
    const found = sides.get(m.owner) ?? {};
    if (kind === '负责人证件人像面') found.front ??= i;
    else found.back ??= i;
    sides.set(m.owner, found);
  });
  return [...sides].flatMap(([owner, { front, back }]) => (front !== undefined && back !== undefined ? [{ owner, front, back }] : []));
}

/**
 * The composed copy of an ID's two sides, added beside them as kind 其他. Not as 负责人证件人像面: the fill composes
 * the two sides itself where a portal wants one image (seed 002) and uploads them apart where it wants two (公安), and
 * both it and the side rules take the owner's *first* 人像面 — a composed image of that kind would be taken for a side.
 * As 其他 it is there for a portal or a provider's form we do not drive, and nothing mistakes it for one side.
 */
export function composedMaterial(pair: IdPair, materials: readonly Material[], profile: Profile, id: string, next: NewBytes): Material {
  const front = materials[pair.front];
  const who = ownerLabel(profile, pair.owner).zh;
  return {
    id,
    kind: '其他',
    owner: pair.owner,
    name: `${who}-身份证正反面.jpg`,
    type: next.type,
    size: next.size,
    width: next.width,
    height: next.height,
    sha256: next.sha256,
    ...(front?.validUntil ? { validUntil: front.validUntil } : {}),
    data: next.data,
  };
}

/** The portals to fit for, the profile's own (by its services' 接入服务商) first. */
export function portalChoices(profile: Profile): PortalId[] {
  const own = new Set<PortalId>();
  for (const service of [...profile.websites, ...profile.apps]) {
    const id = findProvider(service.access.provider)?.id;
    if (id && isPortalId(id)) own.add(id);
  }
  return [...own, ...PORTAL_IDS.filter((p) => !own.has(p))];
}

/** Hex of a SHA-256 digest. */
export const hex = (digest: ArrayBuffer): string => [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The section's own words. */
export const WORDS = {
  title: t('材料', 'Materials'),
  intro: t('把证件扫描件或照片拖到这里、从剪贴板粘贴（先点一下此区域），或选择文件；接受 JPG、PNG 和 PDF。', 'Drop scans or photos here, paste one from the clipboard (click this area first), or choose files; JPG, PNG and PDF are accepted.'),
  area: t('材料：拖放或粘贴文件的区域', 'Materials: area to drop or paste files on'),
  choose: t('选择文件…', 'Choose files…'),
  reading: t('正在读取：', 'Reading: '),
  none: t('还没有材料。', 'No materials yet.'),
  kind: t('类型', 'Kind'),
  owner: t('所属', 'Belongs to'),
  validUntil: t('有效期至', 'Valid until'),
  validUntilHint: t('证件或文件本身的到期日；长期有效则留空', 'when the document itself expires; leave empty if it does not'),
  file: t('文件', 'File'),
  type: t('格式', 'Type'),
  size: t('大小', 'Size'),
  pixels: t('像素', 'Pixels'),
  remove: t('移除', 'Remove'),
  thumbnail: t('缩略图：', 'Thumbnail: '),
  notStored: t('此材料的文件不在本浏览器中（导入时未带材料）；请重新添加。', 'This material’s file is not stored in this browser (imported without materials); add it again.'),
  loading: t('正在载入文件…', 'Loading the file…'),
  fitFor: t('适配门户', 'Fit for portal'),
  fit: t('适配', 'Fit'),
  compose: t('合成正反面', 'Compose both sides'),
  preparing: t('正在处理…', 'Preparing…'),
  before: t('处理前', 'Before'),
  after: t('处理后', 'After'),
  steps: t('步骤', 'Steps'),
  replace: t('替换', 'Replace'),
  addCopy: t('添加合成图', 'Add the composed image'),
  cancel: t('取消', 'Cancel'),
  fits: t('符合该门户的限制', 'within the portal’s limits'),
  notFits: t('仍不符合该门户的限制', 'still outside the portal’s limits'),
  composedNote: t('合成图作为「其他」类材料添加，人像面和国徽面保留不变：需要合成的门户在填表时会自动合成，公安备案仍需分开上传。', 'The composed image is added as kind “Other” and both sides stay as they are: the fill composes them itself where a portal wants one image, and the public-security portal still takes them apart.'),
  composeFor: t('合成正反面：', 'Compose both sides: '),
  previewOf: t('预览：', 'Preview: '),
  quota: t('存储', 'Storage'),
} as const;

const FIELD_WORDS: Readonly<Record<string, Text>> = { type: WORDS.type, size: WORDS.size, width: WORDS.pixels, height: WORDS.pixels, validUntil: WORDS.validUntil, kind: WORDS.kind, owner: WORDS.owner, name: WORDS.file };

/** A material finding's field as people read it (材料「wang-front.jpg」· 大小), for the findings summary. */
export function materialFieldName(path: string, profile: Profile): Text | undefined {
  if (path === 'materials') return WORDS.title;
  const index = materialIndexOf(path);
  if (index === undefined) return undefined;
  const name = profile.materials[index]?.name;
  const which = name ? { zh: `材料「${name}」`, en: `material “${name}”` } : { zh: `第 ${index + 1} 项材料`, en: `material ${index + 1}` };
  const field = /^materials\[\d+\]\.(\w+)/.exec(path)?.[1];
  const word = field === undefined ? undefined : FIELD_WORDS[field];
  return word ? { zh: `${which.zh} · ${word.zh}`, en: `${which.en} · ${word.en}` } : which;
}
