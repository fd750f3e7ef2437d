import { resolvePath, type Codec, type FieldSpec, type ProfileValue, type WidgetKind } from '../adapters/define-adapter';
import { countryPrefixedPhone } from '../adapters/formats';
import { isListPath } from '../profile/paths';
import type { Located } from './locate-field';
import { optionMatches } from './option-match';
import { asText } from './widgets/driver';
import { drivers } from './widgets/index';

// How a field on the page holds a profile value, and what it holds now in profile terms. Fill, check and capture
// all read through here, so a value compares, checks and captures the same way.

export type Holding = {
  /** The profile path the field reports: the list, or its first item when the field takes one. */
  path: string;
  /** The path of the whole list when the field takes only its first item. */
  listPath?: string;
  /** How a list is joined into this one field (seed 000: 可填多个，用“/”分隔). */
  join?: string;
};

export function holdingOf(spec: FieldSpec, found: Located, slot: number): Holding {
  const path = resolvePath(spec.path, slot);
  // Widgets that hold a list take it whole; any other field one item, or a list only joined as the portal says.
  if (!isListPath(path) || drivers[found.widget].holdsList) return { path };
  const multiLine = found.element.tagName === 'TEXTAREA';
  const join = spec.joined ? ((multiLine ? spec.joined.lines : undefined) ?? spec.joined.separator) : found.hint;
  return join ? { path, join } : { path: `${path}[0]`, listPath: path };
}

function split(text: string, join: string): string[] {
  return text
    .split(join === '\n' ? /\r?\n/ : join)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The adapter's codec, or the one the field's own hint asks for (086-区号-号码). */
export const codecOf = (spec: FieldSpec, found: Located): Codec | undefined => spec.codec ?? (found.countryCode ? countryPrefixedPhone : undefined);

/** What the field holds now, as the profile would hold it at `holding.path`. */
export function readHeld(spec: FieldSpec, found: Located, holding: Holding): ProfileValue {
  const shown = drivers[found.widget].read(found.element, { ...spec, widget: found.widget });
  const codec = codecOf(spec, found);
  const value = codec && !codec.coarse ? codec.fromPortal(shown) : shown;
  return holding.join ? split(asText(value), holding.join) : value;
}

const norm = (value: ProfileValue): string[] => (typeof value === 'string' ? [value.trim()] : value.map((v) => v.trim()).filter(Boolean));

/**
 * Equal in profile space: checkbox groups in any order, everything else in order, ignoring outer spaces; a choice
 * (not a typed text) also when the page names the option otherwise (广东 for 广东省, 440000 广东省).
 */
export function sameValue(a: ProfileValue, b: ProfileValue, widget: WidgetKind): boolean {
  const [x, y] = [norm(a), norm(b)];
  const same = widget === 'text' ? (p: string, q: string) => p === q : (p: string, q: string) => p === q || optionMatches(p, q);
  if (drivers[widget].includes) return y.every((w) => x.includes(w));
  if (x.length !== y.length) return false;
  if (widget === 'checkboxes' || drivers[widget].unordered) return x.every((v) => y.some((w) => same(v, w)));
  return x.every((v, i) => same(v, y[i]!));
}
