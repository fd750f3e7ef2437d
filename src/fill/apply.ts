import type { FieldSpec, ProfileValue, WidgetKind } from '../adapters/define-adapter';
import type { FillAction } from './plan';
import { locateField } from './locate-field';
import { drivers } from './widgets/index';
import { settle } from './wait';

export type FieldStatus = 'filled' | 'unchanged' | 'skipped' | 'not-found' | 'failed';
export type FieldResult = { path: string; status: FieldStatus; detail?: string };

const UNORDERED: ReadonlySet<WidgetKind> = new Set(['checkboxes']);

const norm = (value: ProfileValue): string[] => (typeof value === 'string' ? [value.trim()] : value.map((v) => v.trim()).filter(Boolean));

export function sameValue(a: ProfileValue, b: ProfileValue, widget: WidgetKind): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (UNORDERED.has(widget)) return x.length === y.length && x.every((v) => y.includes(v));
  return x.join('\u0000') === y.join('\u0000');
}

const show = (value: ProfileValue) => (typeof value === 'string' ? `「${value}」` : `「${value.join(' / ')}」`);

/** Writes one field and proves it took: the read-back after the page's framework has run must equal the value. */
async function applyOne(root: Document, action: FillAction): Promise<FieldResult> {
  const { path, spec, value } = action;
  const expected = action.expected ?? value;
  if (value === undefined || expected === undefined) return { path, status: 'skipped', detail: 'the profile has no value for this field' };
  const located = locateField(root, spec);
  if ('problem' in located) return { path, status: 'not-found', detail: located.problem };
  const { element, widget } = located;
  const driver = drivers[widget];
  const fieldSpec: FieldSpec = { ...spec, widget };
  const held = () => {
    const shown = driver.read(element, fieldSpec);
    return spec.codec ? spec.codec.fromPortal(shown) : shown;
  };
  if (sameValue(held(), expected, widget)) return { path, status: 'unchanged' };
  const refused = await driver.write(element, value, fieldSpec);
  if (refused) return { path, status: 'failed', detail: refused };
  await settle();
  const after = held();
  if (!sameValue(after, expected, widget)) return { path, status: 'failed', detail: `wrote ${show(value)}, the page now holds ${show(after)}` };
  return { path, status: 'filled' };
}

/** Applies a plan in order (a city waits for its province); never clicks submit. */
export async function applyFill(root: Document, actions: readonly FillAction[]): Promise<FieldResult[]> {
  const results: FieldResult[] = [];
  for (const action of actions) {
    try {
      results.push(await applyOne(root, action));
    } catch (error) {
      results.push({ path: action.path, status: 'failed', detail: `error while filling: ${String(error)}` });
    }
  }
  return results;
}
