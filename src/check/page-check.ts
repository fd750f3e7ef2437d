import type { PageValue } from '../page/read-page';
import { setAtPath, toPartialProfile, valueFor, withRegion } from '../capture/to-profile';
import { importDocument } from '../profile/import';
import { getAtPath } from '../profile/paths';
import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { runRules } from '../rules/run-rules';

// "Check in place": the page's values run through the same rules as a stored profile. Findings about fields this
// page does not show are left out; with a profile, page values that differ from it are reported too.

const isUnder = (path: string, field: string) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function pageProfile(values: readonly PageValue[], slot: number, base: Profile | undefined): Profile | undefined {
  if (base) {
    const merged = structuredClone(base) as unknown as Record<string, unknown>;
    for (const { path, value } of values) setAtPath(merged, path, valueFor(path, value));
    const result = importDocument(merged);
    return result.ok ? result.profiles[0] : undefined;
  }
  const result = importDocument(toPartialProfile(values, slot));
  return result.ok ? result.profiles[0] : undefined;
}

export function checkPageValues(shown: readonly PageValue[], slot: number, today: string, profile?: Profile): Finding[] {
  const values = withRegion(shown);
  const merged = pageProfile(values, slot, profile);
  const findings = merged ? runRules(merged, { today }).filter((f) => values.some((v) => isUnder(f.path, v.path))) : [];
  if (profile) {
    for (const { path, value } of values) {
      const expected = getAtPath(profile, path);
      const shown = valueFor(path, value);
      if (expected !== undefined && !same(expected, shown)) {
        findings.push({
          path,
          rule: 'page/differs-from-profile',
          severity: 'warning',
          // The stored value is never echoed into the page: a mark there is readable by the portal's scripts.
          message: { zh: '页面上的值与所选资料不同', en: 'the page shows another value than the chosen profile' },
        });
      }
    }
  }
  return findings;
}
