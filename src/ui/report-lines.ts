import type { FieldResult } from '../fill/report';

// The popup's fill report shows one line per field. A portal field that holds a whole value (所在地区, a cascader
// holding 省/市/县) answers for its parts: once it is filled, "not found" lines for the parts it holds are noise.

const DONE: ReadonlySet<FieldResult['status']> = new Set(['filled', 'unchanged']);
const isUnder = (path: string, whole: string) => path.startsWith(`${whole}.`) || path.startsWith(`${whole}[`);

export function reportLines(fields: readonly FieldResult[]): FieldResult[] {
  const done = fields.filter((f) => DONE.has(f.status)).map((f) => f.path);
  const seen = new Set<string>();
  return fields.filter((f) => {
    if (seen.has(f.path)) return false;
    seen.add(f.path);
    return DONE.has(f.status) || !done.some((whole) => isUnder(f.path, whole));
  });
}
