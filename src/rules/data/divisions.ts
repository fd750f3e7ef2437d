import { areaList } from '@vant/area-data';

// 省/市/县 from @vant/area-data (GB/T 2260 six-digit codes, 2023 data): full names as the profile stores them.

export type Division = { code: string; name: string };

export const provinces: Division[] = Object.entries(areaList.province_list).map(([code, name]) => ({ code, name }));

/** Children by parent code prefix, built once: rules look divisions up for every profile they check. */
function groupByPrefix(list: Record<string, string>, prefixLength: number): Map<string, Division[]> {
  const groups = new Map<string, Division[]>();
  for (const [code, name] of Object.entries(list)) {
    const key = code.slice(0, prefixLength);
    groups.set(key, [...(groups.get(key) ?? []), { code, name }]);
  }
  return groups;
}
let citiesByProvince: Map<string, Division[]> | undefined;
let countiesByCity: Map<string, Division[]> | undefined;

export function findProvince(name: string): Division | undefined {
  const wanted = name.trim();
  return provinces.find((p) => p.name === wanted);
}

export function citiesOf(provinceCode: string): Division[] {
  citiesByProvince ??= groupByPrefix(areaList.city_list, 2);
  return citiesByProvince.get(provinceCode.slice(0, 2)) ?? [];
}

export function countiesOf(cityCode: string): Division[] {
  countiesByCity ??= groupByPrefix(areaList.county_list, 4);
  return countiesByCity.get(cityCode.slice(0, 4)) ?? [];
}

/** `内蒙古自治区` → `内蒙古`, `上海市` → `上海`: the short names portals list for 服务器放置地点. */
export function shortProvinceName(fullName: string): string {
  return fullName.replace(/(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$/, '');
}

/** The province whose full or short name a text starts with (for addresses). */
export function provinceAtStart(text: string): Division | undefined {
  const trimmed = text.trim();
  return (
    provinces.find((p) => trimmed.startsWith(p.name)) ??
    provinces.find((p) => trimmed.startsWith(shortProvinceName(p.name)))
  );
}

/** The province of a GB 11643 ID number's first two digits (81/82/83 = HK/MO/TW 居住证). */
export function provinceOfIdPrefix(idNumber: string): Division | undefined {
  return provinces.find((p) => p.code.startsWith(idNumber.slice(0, 2)));
}
