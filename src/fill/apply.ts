import type { ProfileValue } from '../adapters/define-adapter';
import { readHeld, sameValue } from '../page/read-field';
import { drivers } from '../page/widgets/index';
import { attachFiles } from '../page/widgets/upload';
import { prepareUpload } from './upload-files';
import { settle, waitWhileChanging } from '../page/wait';
import type { FillAction, PlannedField } from './plan';
import { REDRAWN, type FieldResult } from './report';

const show = (value: ProfileValue) => (typeof value === 'string' ? `「${value}」` : `「${value.join(' / ')}」`);

/** How far a fill is: fields written of those it will write, and the one being written now. */
export type FillProgress = { done: number; total: number; path?: string };

type Written = { action: FillAction; held: () => ProfileValue; note?: string };

/** Writes one field; answers its final result, or what to read back once the page has settled. */
async function writeOne(action: FillAction): Promise<FieldResult | Written> {
  const { spec, found, holding, value, expected } = action;
  const base = { path: holding.path, ...(found.label ? { label: found.label } : {}) };
  const held = () => readHeld(spec, found, holding);
  if (sameValue(held(), expected, found.widget)) return { ...base, status: 'unchanged' };
  const driver = drivers[found.widget];
  // A dependent control (证件类型 after 性质) enables once the page has taken the field before it.
  const { disabled } = driver;
  if (disabled?.(found.element)) {
    // A framework may draw the enabled control anew (tea-component's Select): then the field is found again.
    const enabled = await waitWhileChanging(() => !found.element.isConnected || !disabled(found.element), found.element.ownerDocument.body);
    if (!found.element.isConnected) return { ...base, status: 'failed', detail: REDRAWN };
    if (!enabled) return { ...base, status: 'failed', detail: 'the control stays disabled: it waits for another field on the page that is empty or was not filled' };
  }
  if (!found.element.isConnected) return { ...base, status: 'failed', detail: REDRAWN };
  if (action.files) return attach(action, base, held);
  const refused = await driver.write(found.element, value, { ...spec, widget: found.widget });
  if (refused) return { ...base, status: 'failed', detail: refused };
  return { action, held };
}

/** An upload: its materials prepared as the field asks, attached, and read back by the names the page lists. */
async function attach(action: FillAction, base: { path: string; label?: string }, held: () => ProfileValue): Promise<FieldResult | Written> {
  const prepared = await prepareUpload(action.found.element, action.files ?? [], action.compose === true);
  if ('problem' in prepared) return { ...base, status: 'failed', detail: prepared.problem };
  const refused = await attachFiles(action.found.element, prepared.files);
  if (refused) return { ...base, status: 'failed', detail: refused };
  const names = prepared.files.map((f) => f.name);
  return { action: { ...action, value: names, expected: names }, held, ...(prepared.note ? { note: prepared.note } : {}) };
}

/** A plain text input: its write is done when the call returns, so the next one can follow before the page renders. */
const isPlainText = (action: FillAction) => action.found.widget === 'text' && !action.files;

/** The control takes nothing yet: disabled until another field's answer, or its options still loading. */
function waitsOnPage({ found, files }: FillAction): boolean {
  const { disabled, loading } = drivers[found.widget];
  return !files && found.element.isConnected && (disabled?.(found.element) === true || loading?.(found.element) === true);
}

/**
 * A control its parent reset when the parent was written after it (a 证件类型 cleared by a later 性质 change) is
 * written once more, in the plan's order; what still does not hold after that is reported as it is.
 */
async function rewriteReset(outcomes: (FieldResult | Written)[], signal?: AbortSignal): Promise<void> {
  // A file is never attached twice: a list that lost it is reported as it is.
  const reset = outcomes.filter((o): o is Written => !('status' in o) && !o.action.files && !sameValue(o.held(), o.action.expected, o.action.found.widget));
  if (reset.length === 0) return;
  for (const { action } of reset) {
    if (signal?.aborted) return;
    try {
      await drivers[action.found.widget].write(action.found.element, action.value, { ...action.spec, widget: action.found.widget });
    } catch {
      // The read-back below reports it.
    }
  }
  await settle();
}

/**
 * Applies a plan in order (a city waits for its province's list), then proves every write took: once the page's
 * framework has run, each field must still hold its value in profile terms — a later write that reset an earlier
 * one shows up here. Never clicks submit.
 */
export async function applyFill(planned: readonly PlannedField[], signal?: AbortSignal, onProgress?: (progress: FillProgress) => void): Promise<FieldResult[]> {
  const outcomes: (FieldResult | Written)[] = [];
  const total = planned.filter((entry) => !('result' in entry)).length;
  let done = 0;
  const start = (action: FillAction) => {
    onProgress?.({ done: done++, total, path: action.holding.path });
    return writeOne(action).catch((error: unknown): FieldResult => ({ path: action.holding.path, status: 'failed', detail: `error while filling: ${String(error)}` }));
  };
  const cancelled = (action: FillAction): FieldResult => ({ path: action.holding.path, status: 'skipped', detail: 'the fill was cancelled (it took longer than the 30 s answer) before this field' });
  // A control the page began preparing once an earlier answer was written (a 证件类型 loading its options after the
  // 性质) is written after the other sections' fields, so the page's loading runs while they are written. The rest of
  // its section goes with it, in the plan's order: a field after it may need it (a city its province, an address its
  // region prefix) without showing that it waits. One the page was preparing before the fill is waited for in place.
  const preparedBefore = new Set(planned.flatMap((entry) => ('action' in entry && waitsOnPage(entry.action) ? [entry.action] : [])));
  const deferred = new Set<string>();
  const later: { at: number; action: FillAction }[] = [];
  for (let i = 0; i < planned.length; i++) {
    const entry = planned[i]!;
    if ('result' in entry) {
      outcomes[i] = entry.result;
      continue;
    }
    if (signal?.aborted) {
      outcomes[i] = cancelled(entry.action);
      continue;
    }
    const { section } = entry.action.spec;
    if (deferred.has(section) || (!preparedBefore.has(entry.action) && waitsOnPage(entry.action))) {
      deferred.add(section);
      later.push({ at: i, action: entry.action });
      continue;
    }
    // Text inputs side by side are written in one go (each write is over before the next starts, with no wait in
    // between): the page's framework then renders once for all of them rather than once per field.
    const first = i;
    const run = [entry.action];
    const joins = (next: PlannedField | undefined): next is { action: FillAction } =>
      isPlainText(entry.action) && next !== undefined && 'action' in next && isPlainText(next.action) && !deferred.has(next.action.spec.section) && !waitsOnPage(next.action);
    for (let next = planned[i + 1]; joins(next); next = planned[++i + 1]) run.push(next.action);
    (await Promise.all(run.map(start))).forEach((outcome, k) => (outcomes[first + k] = outcome));
  }
  for (const { at, action } of later) outcomes[at] = signal?.aborted ? cancelled(action) : await start(action);
  onProgress?.({ done, total });
  await settle();
  await rewriteReset(outcomes, signal);
  return outcomes.map((outcome) => {
    if ('status' in outcome) return outcome;
    const { holding, found, expected, value } = outcome.action;
    const base = { path: holding.path, ...(found.label ? { label: found.label } : {}) };
    const after = outcome.held();
    if (sameValue(after, expected, found.widget)) return { ...base, status: 'filled', ...(outcome.note ? { detail: outcome.note } : {}) };
    return { ...base, status: 'failed', detail: `wrote ${show(value)}, the page now holds ${show(after)}` };
  });
}
