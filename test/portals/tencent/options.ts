import { APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES, type Nature } from '../../../src/profile/options';
import { loadedAfter } from './twin';

// Option lists as the Tencent Cloud console offers them, in tea-component's option shape ({ value, text }). Values
// are the MIIT codes (the console's own codes are not public); labels are what a person reads. Lists load late, as
// the console's do: person certificate types and service contents when the page opens, the 主办单位 certificate types
// after the 性质 (and they reset with it), regions level by level as the cascader opens them.

export type Option = { value: string; text: string };

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([text, code]) => ({ value: String(code), text }));

export const NATURE_OPTIONS = toOptions(NATURES);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);
/** 前置审批 types, then the choice that says none applies (code 0: no bit set). */
export const APPROVAL_OPTIONS: Option[] = [...toOptions(APPROVALS), { value: '0', text: '以上都不涉及' }];
export const NO_APPROVAL = '0';

const isNature = (label: string | undefined): label is Nature => label !== undefined && Object.hasOwn(NATURES, label);

/** The 主办单位 certificate types a 性质 allows, after the console's lookup. */
export function certificateTypesOf(natureCode: string): Promise<Option[]> {
  const nature = NATURE_OPTIONS.find((o) => o.value === natureCode)?.text;
  return loadedAfter(300, () => (isNature(nature) ? toOptions(CERTIFICATES_BY_NATURE[nature]) : []));
}

export const personCertificateTypes = (): Promise<Option[]> => loadedAfter(200, () => toOptions(CERTIFICATES_BY_NATURE.个人));

/** 网站服务内容: thirty of them, so the list is virtual (only the rows in view exist). */
export const serviceOptions = (): Promise<Option[]> => loadedAfter(200, () => toOptions(SERVICES));

/** GB/T 2260 children of a division (`86`: provinces), from the replica server, after the console's delay. */
export function divisionsOf(parent: string, delayMs: number): Promise<Option[]> {
  return loadedAfter(delayMs, async () => {
    const list: { code: string; name: string }[] = await (await fetch(`/api/divisions?parent=${encodeURIComponent(parent)}`)).json();
    return list.map((d) => ({ value: d.code, text: d.name }));
  });
}
