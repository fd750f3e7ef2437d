// A service of a profile, named by its path as the API names it (automation-api.md `service`): `websites[1]`,
// `apps[0]`, `miniPrograms[0]`.

export const SERVICE_LISTS = ['websites', 'apps', 'miniPrograms'] as const;
export type ServiceList = (typeof SERVICE_LISTS)[number];
export type ServiceRef = { list: ServiceList; index: number };

export const SERVICE_PATH = /^(websites|apps|miniPrograms)\[(\d+)\]$/;

const isServiceList = (name: string): name is ServiceList => SERVICE_LISTS.some((list) => list === name);

export function parseService(path: string): ServiceRef | undefined {
  const [, list = '', index] = SERVICE_PATH.exec(path) ?? [];
  return isServiceList(list) ? { list, index: Number(index) } : undefined;
}

/** The service lists a set of profile paths reach into, each with the index it names. */
export function servicesIn(paths: readonly string[]): ServiceRef[] {
  const seen = new Map<string, ServiceRef>();
  for (const path of paths) {
    const [whole = ''] = /^(websites|apps|miniPrograms)\[\d+\]/.exec(path) ?? [];
    const ref = parseService(whole);
    if (ref) seen.set(whole, ref);
  }
  return [...seen.values()];
}

/** How a person says which service is missing: 第 2 个网站 / APP 2. */
export function serviceWords({ list, index }: ServiceRef): { zh: string; en: string } {
  const n = index + 1;
  switch (list) {
    case 'apps':
      return { zh: `第 ${n} 个 APP`, en: `APP ${n}` };
    case 'miniPrograms':
      return { zh: `第 ${n} 个小程序`, en: `mini program ${n}` };
    default:
      return { zh: `第 ${n} 个网站`, en: `website ${n}` };
  }
}
