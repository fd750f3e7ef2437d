import type { Finding } from '../rules/define-rule';

// The fill gate names the errors of the fields this page asks for; the profile's other errors (another website, a
// step still to come) are counted, not listed, so the gate is read rather than clicked through.

const SERVICE = /^(websites|apps|miniPrograms)\[\d+\]/;

/** The page's paths as they are for the chosen service: the page answers for slot 0 (`websites[0].name`). */
const forService = (path: string, service: string) => path.replace(SERVICE, (whole, list: string) => (service.startsWith(`${list}[`) ? service : whole));

/** Whether a finding's field is one the page shows: the field itself, or a part of one (a list item, a person's field). */
const under = (finding: string, page: string) => finding === page || finding.startsWith(`${page}.`) || finding.startsWith(`${page}[`);

export function splitByPage(findings: readonly Finding[], pagePaths: readonly string[] | undefined, service: string): { here: Finding[]; elsewhere: number } {
  if (!pagePaths) return { here: [...findings], elsewhere: 0 };
  const paths = pagePaths.map((p) => forService(p, service));
  const here = findings.filter((f) => paths.some((p) => under(f.path, p)));
  return { here, elsewhere: findings.length - here.length };
}
