import { CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, type Nature } from '../../../src/profile/options';
import { loadedAfter } from './twin';

// Option lists as Aliyun's form offers them. Its values are the MIIT codes (portals.md §2.1: `entity_fzrIdType` '2' =
// 居民身份证); labels are what a person reads. Lists load late, as the console's do: provinces when the page opens,
// cities and counties after their parent is chosen, certificate types after the 性质 (and reset with it).

export type Option = { value: string; label: string };

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([label, code]) => ({ value: String(code), label }));

export const NATURE_OPTIONS = toOptions(NATURES);
export const PERSON_CERTIFICATE_OPTIONS = toOptions(CERTIFICATES_BY_NATURE.个人);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);

const isNature = (label: string | undefined): label is Nature => label !== undefined && Object.hasOwn(NATURES, label);

/** The 主办者 certificate types a 性质 allows, after the console's lookup. */
export function certificateTypesOf(natureCode: string): Promise<Option[]> {
  const nature = NATURE_OPTIONS.find((o) => o.value === natureCode)?.label;
  return loadedAfter(250, () => (isNature(nature) ? toOptions(CERTIFICATES_BY_NATURE[nature]) : []));
}

/** GB/T 2260 children of a division (`86`: provinces), from the replica server, after the console's delay. */
export function divisionsOf(parent: string, delayMs: number): Promise<Option[]> {
  return loadedAfter(delayMs, async () => {
    const list: { code: string; name: string }[] = await (await fetch(`/api/divisions?parent=${encodeURIComponent(parent)}`)).json();
    return list.map((d) => ({ value: d.code, label: d.name }));
  });
}
