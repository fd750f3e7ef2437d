import type { ProfileValue } from '../adapters/define-adapter';
import { canonicalLabel } from '../profile/options';
import { locateEach, type PageContext } from './locate-field';
import { CHOOSER, takesAll } from './platforms';
import { holdingOf, readHeld } from './read-field';
import type { FoundField } from './recognise';
import { asList } from './widgets/driver';
import { drivers } from './widgets/index';

/**
 * A value shown on the page, mapped back to its profile path and canonical form; `regionless` when the page keeps the
 * 省市区 of this address in a control of its own (capture and check join them back).
 */
export type PageValue = { path: string; value: ProfileValue; regionless?: true };

export const isBlank = (value: ProfileValue) => (typeof value === 'string' ? value.trim() === '' : value.length === 0);

/** Reads every field found on the page, empty ones included (check reports them; capture drops them). */
export function readFields(fields: readonly FoundField[], slot: number): PageValue[] {
  const platforms = new Map<string, string>();
  const values = fields.flatMap((field) => {
    if (!('element' in field)) return [];
    const holding = holdingOf(field.spec, field, slot);
    // A coarse choice (单位 / 个人) reads back only where it says all the profile holds (个人).
    const { codec } = field.spec;
    if (codec?.coarse) {
      const value = codec.fromPortal(readHeld(field.spec, field, holding));
      return isBlank(value) ? [] : [{ path: holding.path, value }];
    }
    // A platform block's fields say which platform they are: the block's own name is read with them.
    const block = field.platform && /^(.*\.platforms\[\d+\])\./.exec(holding.path)?.[1];
    if (block && field.platform) platforms.set(`${block}.platform`, field.platform);
    const regionless = field.regionless || field.spec.regionless;
    return [{ path: holding.path, value: readHeld(field.spec, field, holding), ...(regionless ? { regionless } : {}) }];
  });
  return [...values, ...[...platforms].map(([path, value]) => ({ path, value }))];
}

/**
 * The platforms ticked in the one group that takes them all (选择平台, 公安's 发布平台), where no platform block on the page
 * names them (公安's APP step asks the choice alone): `apps[i].platforms[j].platform`, in the page's order.
 */
export function readPlatformChoice(page: PageContext, values: readonly PageValue[], slot: number): PageValue[] {
  if (!values.some((v) => v.path.startsWith(`apps[${slot}].`)) || values.some((v) => /\.platforms\[\d+\]\.platform$/.test(v.path))) return [];
  const groups = locateEach(page, CHOOSER).filter(takesAll);
  const [group, ...others] = groups;
  if (!group || others.length > 0) return [];
  const names = asList(drivers[group.widget].read(group.element, { ...CHOOSER, widget: group.widget })).map(canonicalLabel).filter(Boolean);
  return names.map((name, j) => ({ path: `apps[${slot}].platforms[${j}].platform`, value: name }));
}

/** The page element of a profile path, for marking findings and jumping to a field. */
export function elementForPath(fields: readonly FoundField[], slot: number, path: string): Element | undefined {
  for (const field of fields) {
    if (!('element' in field)) continue;
    const own = holdingOf(field.spec, field, slot);
    const whole = own.listPath ?? own.path;
    if (path === own.path || path === whole || path.startsWith(`${whole}.`) || path.startsWith(`${whole}[`) || whole.startsWith(`${path}.`)) return field.element;
  }
  return undefined;
}
