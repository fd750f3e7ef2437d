import { CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES, type Nature } from '../../../src/profile/options';

// Option lists as the Huawei Cloud filing console offers them. No source gives Huawei's own codes (portals.md §2.3 has
// the documented form only), so the values are the MIIT codes the filing ends up with; labels are what a person reads.
// Lists load late, as a console's do: the 主办单位 certificate types after the 性质 (and reset with it), each level of
// 备案省市 after its parent is chosen, the 负责人 certificate types and the service dictionary the first time their
// select opens. Every wait is added to `window.replicaOptionLoadMs`.

export type Option = { value: string; label: string };

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([label, code]) => ({ value: String(code), label }));

export const NATURE_OPTIONS = toOptions(NATURES);
export const PERSON_CERTIFICATE_OPTIONS = toOptions(CERTIFICATES_BY_NATURE.个人);
export const SERVICE_OPTIONS = toOptions(SERVICES);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);

/** 证件是否长期有效: 是 hides the end date. */
export const LONG_TERM_OPTIONS: Option[] = [
  { value: 'Y', label: '是' },
  { value: 'N', label: '否' },
];

/** Resolves `load()` no sooner than `delayMs`, and counts the whole wait as the page's own option loading. */
export async function loadedAfter<T>(delayMs: number, load: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const [value] = await Promise.all([load(), new Promise((resolve) => setTimeout(resolve, delayMs))]);
  Reflect.set(window, 'replicaOptionLoadMs', Number(Reflect.get(window, 'replicaOptionLoadMs') ?? 0) + (performance.now() - started));
  return value;
}

const isNature = (label: string | undefined): label is Nature => label !== undefined && Object.hasOwn(NATURES, label);

/** The 主办单位 certificate types a 性质 allows, after the console's lookup. */
export function certificateTypesOf(natureCode: string): Promise<Option[]> {
  const nature = NATURE_OPTIONS.find((o) => o.value === natureCode)?.label;
  return loadedAfter(300, () => (isNature(nature) ? toOptions(CERTIFICATES_BY_NATURE[nature]) : []));
}

const isDivision = (d: unknown): d is { code: string; name: string } =>
  typeof d === 'object' && d !== null && 'code' in d && 'name' in d && typeof d.code === 'string' && typeof d.name === 'string';

/** GB/T 2260 children of a division (`86`: provinces), from the replica server, after the console's delay. */
export function divisionsOf(parent: string, delayMs: number): Promise<Option[]> {
  return loadedAfter(delayMs, async () => {
    const response = await fetch(`/api/divisions?parent=${encodeURIComponent(parent)}`);
    const list: unknown = await response.json();
    return Array.isArray(list) ? list.filter(isDivision).map((d) => ({ value: d.code, label: d.name })) : [];
  });
}
