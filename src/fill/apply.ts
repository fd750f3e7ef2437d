import type { FieldSpec, ProfileValue, WidgetKind } from '../adapters/define-adapter';
import type { FillAction } from './plan';
import { documentsOf, type Frames } from './frames';
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

type Written = { path: string; widget: WidgetKind; expected: ProfileValue; value: ProfileValue; held: () => ProfileValue };

/** Writes one field; answers its final result, or what to read back once the page has settled. */
async function writeOne(frames: Frames, action: FillAction): Promise<FieldResult | Written> {
  const { path, spec, value } = action;
  const expected = action.expected ?? value;
  if (value === undefined || expected === undefined) return { path, status: 'skipped', detail: 'the profile has no value for this field' };
  const located = locateField(frames, spec);
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
  return { path, widget, expected, value, held };
}

/**
 * Applies a plan in order (a city waits for its province's list), then proves every write took: once the page's
 * framework has run, each field must still hold its value — a later write that reset an earlier one shows up here.
 * Never clicks submit.
 */
export async function applyFill(root: Document, actions: readonly FillAction[]): Promise<FieldResult[]> {
  const outcomes: (FieldResult | Written)[] = [];
  const frames = documentsOf(root);
  for (const action of actions) {
    try {
      outcomes.push(await writeOne(frames, action));
    } catch (error) {
      outcomes.push({ path: action.path, status: 'failed', detail: `error while filling: ${String(error)}` });
    }
  }
  await settle();
  return outcomes.map((outcome) => {
    if ('status' in outcome) return outcome;
    const after = outcome.held();
    return sameValue(after, outcome.expected, outcome.widget)
      ? { path: outcome.path, status: 'filled' }
      : { path: outcome.path, status: 'failed', detail: `wrote ${show(outcome.value)}, the page now holds ${show(after)}` };
  });
}
