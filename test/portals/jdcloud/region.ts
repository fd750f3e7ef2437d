import { ref } from 'vue';
import { divisionsOf } from './options';

// 所在地: an a-cascader whose levels load when opened (`loadData`, docs "Load Options Lazily"), from the replica
// server's /api/divisions; values are the GB/T 2260 codes, labels the full names (广东省 / 广州市 / 天河区).

export type RegionOption = { value: string; label: string; isLeaf?: boolean; loading?: boolean; children?: RegionOption[] };

export const regionOptions = ref<RegionOption[]>([]);

const DELAYS = [250, 300, 300];

export function loadProvinces(): void {
  void divisionsOf('86', DELAYS[0]!).then((list) => (regionOptions.value = list.map((o) => ({ ...o, isLeaf: false }))));
}

/** `loadData` of a-cascader: fills the children of the last chosen option. */
export function loadRegion(selected: RegionOption[]): void {
  const target = selected[selected.length - 1];
  if (!target) return;
  const level = selected.length; // 1: cities, 2: counties
  target.loading = true;
  void divisionsOf(target.value, DELAYS[level] ?? 300).then((list) => {
    target.loading = false;
    if (list.length === 0) target.isLeaf = true;
    else target.children = list.map((o) => ({ ...o, isLeaf: level >= 2 }));
    regionOptions.value = [...regionOptions.value];
  });
}

/** The names of the chosen codes, as the read-only 省市区 before the address shows them. */
export function regionText(codes: readonly string[]): string {
  let level: RegionOption[] | undefined = regionOptions.value;
  const names: string[] = [];
  for (const code of codes) {
    const option: RegionOption | undefined = level?.find((o) => o.value === code);
    if (!option) break;
    names.push(option.label);
    level = option.children;
  }
  return names.join('');
}
