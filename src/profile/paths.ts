// A key that would make the dotted form ambiguous is written bracket-quoted: `a["x.y"]`.
const needsQuoting = (key: string) => key === '' || /[.[\]"\\]/.test(key);

/** Writes a path as the interchange format does: `websites[0].head.mobiles[1]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (needsQuoting(String(segment))) out += `[${JSON.stringify(String(segment))}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(JSON.parse(match[1]) as string);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(match[3]);
  }
  return segments;
}

/** Reads the value at a formatted path (`websites[0].domains[1]`); undefined when absent. */
export function getAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * The keys whose value is a list of texts in the interchange format. Written out (not derived from the zod schema) so
 * the content script does not carry zod; `path-kinds.test.ts` holds it equal to what the schema says.
 */
export const LIST_KEYS: ReadonlySet<string> = new Set(['websites', 'mobiles', 'emails', 'domains', 'services', 'languages', 'approvals', 'ips', 'methods', 'serverLocations', 'apps', 'platforms', 'thirdPartySdks', 'miniPrograms', 'materials', 'interactiveServices']);

/** Paths whose value is a list of texts (mobiles, domains, services, ips…). */
export function isListPath(path: string): boolean {
  const last = parsePath(path).at(-1);
  return typeof last === 'string' && LIST_KEYS.has(last);
}
