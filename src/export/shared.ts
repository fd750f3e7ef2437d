import { canonicalLabel } from '../profile/options';
import { afterRegion } from '../profile/address';
import type { Material, MiniProgram, Person, Profile } from '../profile/schema';
import { citiesOf, countiesOf, findProvince, shortProvinceName, type Division } from '../rules/data/divisions';
import { CODE_QUERIES, type CodeTable, type ExportTarget } from './codes';

// What both exports share: which mini program, the region's codes, dates, materials, and the code look-ups that
// collect every missing label before answering.

/** A file the API wants as a media id: its place in the body (left empty), and the material to upload there, or "". */
export type Upload = { field: string; material: string };
/** Something the API has a field for that this export left out, and why (a value the profile cannot hold, a code the table lacks where the field may be empty). */
export type Missing = { field: string; reason: string };
export type ExportAnswer = { ok: true; body: Record<string, unknown>; uploads: Upload[]; missing?: Missing[] } | { ok: false; error: string };

/** A mini program may be published on several hosts and filed on each; the profile's `platform` names the one its appId belongs to. */
export const HOSTS: Record<ExportTarget, { host: string; name: string }> = {
  wechat: { host: '微信', name: 'WeChat' },
  douyin: { host: '抖音', name: 'Douyin' },
};

/** The mini program `service` names, or a sentence saying what to pass instead. */
export function pickMiniProgram(profile: Profile, service: string, target: ExportTarget): { index: number; mini: MiniProgram } | { error: string } {
  const count = profile.miniPrograms.length;
  const held = count ? `资料中有 ${count} 个小程序（miniPrograms[0]${count > 1 ? `…miniPrograms[${count - 1}]` : ''}）` : '资料中没有小程序';
  const heldEn = count ? `the profile holds ${count} mini program${count > 1 ? 's' : ''} (miniPrograms[0]${count > 1 ? `…miniPrograms[${count - 1}]` : ''})` : 'the profile holds no mini program';
  const match = /^miniPrograms\[(\d+)\]$/.exec(service.trim());
  if (!match) {
    return {
      error: `导出到${HOSTS[target].host}的备案接口只适用于小程序，「${service}」不是小程序：请传 service: "miniPrograms[i]"，${held} · the ${HOSTS[target].name} filing API files mini programs only and "${service}" is not one: pass service: "miniPrograms[i]"; ${heldEn}`,
    };
  }
  const index = Number(match[1]);
  const mini = profile.miniPrograms[index];
  if (!mini) return { error: `资料中没有 miniPrograms[${index}]，${held} · there is no miniPrograms[${index}]: ${heldEn}` };
  return { index, mini };
}

export type ResolvedRegion = { province: Division; city: Division; county: Division };

/** The region's GB/T 2260 divisions, or a sentence naming the part that is not one. */
export function resolveRegion(profile: Profile): ResolvedRegion | { error: string } {
  const region = profile.subject.region;
  const province = findProvince(region.province);
  const bad = (path: string, value: string) => ({
    error: `subject.region.${path}：「${value}」不是有效的行政区划，导出需要它的区划代码 · subject.region.${path}: "${value}" is not a division, and the export needs its code`,
  });
  if (!province) return bad('province', region.province);
  const cities = citiesOf(province.code);
  const city = cities.find((c) => c.name === region.city.trim());
  // A 直辖市's counties sit under two pseudo-cities (重庆: 500100 and 500200 县); the profile names the city once.
  const county = (city ? countiesOf(city.code) : []).find((c) => c.name === region.county.trim()) ?? cities.flatMap((c) => countiesOf(c.code)).find((c) => c.name === region.county.trim());
  if (!city) return bad('city', region.city);
  if (!county) return bad('county', region.county);
  return { province, city: cities.find((c) => c.code === `${county.code.slice(0, 4)}00`) ?? city, county };
}

/** A 直辖市 (its city has the province's own name): the APIs' region lists call its city 市辖区 (both pages' examples: 110100 市辖区). */
export const cityName = (region: ResolvedRegion): string => (region.city.name === region.province.name ? '市辖区' : region.city.name);

/** The address after the 省/市/县 it starts with, as WeChat asks (「地址开头的省市区不用填入」). */
export const addressWithoutRegion = (address: string, region: ResolvedRegion): string =>
  afterRegion(address, [[region.province.name, shortProvinceName(region.province.name)], [region.city.name], [region.county.name]]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2020-03-07` → `20200307`; 长期 stays 长期; anything else is left out. */
export function yyyymmdd(date: string | undefined): string | undefined {
  const value = date?.trim();
  if (value === '长期') return value;
  const match = value ? ISO_DATE.exec(value) : null;
  return match ? `${match[1]}${match[2]}${match[3]}` : undefined;
}

/** `2024-01-01` → the Unix second of that day's start in China (UTC+8), as Douyin's example shows (1704038400 = 2024-01-01 00:00 +08:00). */
export function unixSeconds(date: string | undefined): number | undefined {
  const match = date ? ISO_DATE.exec(date.trim()) : null;
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 1000 - 8 * 3600 : undefined;
}

/** The same person (profile-format.md: name and certificate number match). */
export const samePerson = (a: Person, b: Person): boolean =>
  a.name.trim() !== '' && a.name.trim() === b.name.trim() && a.certificate.number.trim().toUpperCase() === b.certificate.number.trim().toUpperCase();

/** A material of this kind owned by this profile path. */
export type MaterialWanted = { kind: string; owner: string; accept?: (m: Material) => boolean };

/** Lists the upload fields of a body, each with the profile's material for it (profile-format.md Material kind/owner). */
export class MaterialPicker {
  readonly uploads: Upload[] = [];
  constructor(private readonly materials: readonly Material[]) {}

  /** Indexes of the materials matching any of `wanted`, in the order of preference `wanted` gives. */
  private find(wanted: readonly MaterialWanted[]): number[] {
    const found: number[] = [];
    for (const w of wanted) {
      this.materials.forEach((m, i) => {
        if (!found.includes(i) && m.kind.trim() === w.kind && m.owner.trim() === w.owner && (w.accept?.(m) ?? true)) found.push(i);
      });
    }
    return found;
  }

  /** Lists `field` with the `nth` matching material, or "" when the profile holds none. */
  slot(field: string, wanted: readonly MaterialWanted[], nth = 0): void {
    const index = this.find(wanted)[nth];
    this.uploads.push({ field, material: index === undefined ? '' : `materials[${index}]` });
  }

  /** Lists one field per matching material (`field(k)` for the k-th, at most `limit`) and answers how many; none when the profile holds none. */
  each(field: (k: number) => string, wanted: readonly MaterialWanted[], limit = Infinity): number {
    const found = this.find(wanted).slice(0, limit);
    found.forEach((index, k) => this.uploads.push({ field: field(k), material: `materials[${index}]` }));
    return found.length;
  }

  /** Whether the profile holds a material matching `wanted`. */
  holds(wanted: readonly MaterialWanted[]): boolean {
    return this.find(wanted).length > 0;
  }
}

/** Looks labels up in a code table, remembering each label it lacks, so the answer names them all at once. */
export class CodeLookup {
  readonly lacking: { field: string; label: string; table: keyof CodeTable }[] = [];
  constructor(
    private readonly codes: CodeTable,
    private readonly target: ExportTarget,
  ) {}

  get(table: Exclude<keyof CodeTable, 'certificateTypes'>, label: string, field: string): number | undefined {
    const key = canonicalLabel(label);
    const code = this.codes[table][key];
    if (code === undefined) this.lacking.push({ field, label: key, table });
    return code;
  }

  certificate(nature: string, label: string, field: string): number | undefined {
    const key = canonicalLabel(label);
    const code = this.codes.certificateTypes[nature.trim()]?.[key];
    if (code === undefined) this.lacking.push({ field, label: `${nature.trim()} / ${key}`, table: 'certificateTypes' });
    return code;
  }

  /** The error naming every field and label the table lacks, or undefined when it held them all. */
  error(): string | undefined {
    if (!this.lacking.length) return undefined;
    const queries = CODE_QUERIES[this.target];
    const zh = this.lacking.map((l) => `${l.field}：代码表中没有「${l.label}」的代码，请用 ${queries[l.table]} 查到后补进代码表（codes.${this.target}.${l.table}）`).join('；');
    const en = this.lacking.map((l) => `${l.field}: the code table has no code for "${l.label}"; look it up with ${queries[l.table]} and add it to the table (codes.${this.target}.${l.table})`).join('; ');
    return `${zh} · ${en}`;
  }
}

/** Drops keys whose value is undefined or an empty string (values the profile does not hold); keeps upload placeholders. */
export function compact<T extends Record<string, unknown>>(object: T, keep: readonly string[] = []): T {
  return Object.fromEntries(Object.entries(object).filter(([k, v]) => keep.includes(k) || (v !== undefined && v !== ''))) as T;
}
