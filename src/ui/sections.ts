// The editor's collapsible sections, laid out like the filing: 主办单位, 主办单位负责人, and each 网站 with its 负责人
// and 接入. A finding names a profile path; these ids say which sections must be open for its field to be seen.

export const SUBJECT_SECTION = 'subject';
export const SUBJECT_HEAD_SECTION = 'subject-head';
export const websiteSection = (i: number) => `website-${i}`;
export const websiteHeadSection = (i: number) => `website-${i}-head`;
export const websiteAccessSection = (i: number) => `website-${i}-access`;
export const websiteSecuritySection = (i: number) => `website-${i}-security`;
export const appSection = (i: number) => `app-${i}`;
export const appPlatformsSection = (i: number) => `app-${i}-platforms`;
export const appHeadSection = (i: number) => `app-${i}-head`;
export const appAccessSection = (i: number) => `app-${i}-access`;
export const appSecuritySection = (i: number) => `app-${i}-security`;
export const miniProgramSection = (i: number) => `mini-${i}`;
export const miniProgramHeadSection = (i: number) => `mini-${i}-head`;

/** Each service list's section ids, by the prefix its ids carry. */
const SERVICE_SECTIONS: Readonly<Record<string, string>> = { websites: 'website', apps: 'app', miniPrograms: 'mini' };
const INNER: Readonly<Record<string, string>> = { head: 'head', access: 'access', platforms: 'platforms', security: 'security' };

/** The sections holding `path`, outermost first; none for fields outside every section (the profile label). */
export function sectionsOf(path: string): string[] {
  if (path === 'subject.head' || path.startsWith('subject.head.')) return [SUBJECT_HEAD_SECTION];
  if (path === 'subject' || path.startsWith('subject.')) return [SUBJECT_SECTION];
  const service = /^(websites|apps|miniPrograms)\[(\d+)\](?:\.([^.[]+))?/.exec(path);
  if (!service) return [];
  const own = `${SERVICE_SECTIONS[service[1] ?? '']}-${service[2]}`;
  const inner = INNER[service[3] ?? ''];
  return inner ? [own, `${own}-${inner}`] : [own];
}

/** The control to focus for a finding: the exact named control, else the first control of the nearest field row. */
export function controlFor(root: ParentNode, path: string): HTMLElement | undefined {
  const exact = root.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`);
  if (exact) return exact;
  for (let p = path; ; ) {
    const control = root.querySelector(`.field[data-path="${CSS.escape(p)}"]`)?.querySelector<HTMLElement>('input, select, textarea, button');
    if (control) return control;
    const parent = p.replace(/(\[\d+\]|\.[^.[]+)$/, '');
    if (parent === p) break;
    p = parent;
  }
  return undefined;
}
