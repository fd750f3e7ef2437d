import type { ProfileValue } from '../adapters/define-adapter';
import { readHeld, sameValue } from '../page/read-field';
import { drivers } from '../page/widgets/index';
import { settle } from '../page/wait';
import type { FillAction, PlannedField } from './plan';
import type { FieldResult } from './report';

const show = (value: ProfileValue) => (typeof value === 'string' ? `「${value}」` : `「${value.join(' / ')}」`);

/** How far a fill is: fields written of those it will write, and the one being written now. */
export type FillProgress = { done: number; total: number; path?: string };

type Written = { action: FillAction; held: () => ProfileValue };

/** Writes one field; answers its final result, or what to read back once the page has settled. */
async function writeOne(action: FillAction): Promise<FieldResult | Written> {
  const { spec, found, holding, value, expected } = action;
  const base = { path: holding.path, ...(found.label ? { label: found.label } : {}) };
  const held = () => readHeld(spec, found, holding);
  if (sameValue(held(), expected, found.widget)) return { ...base, status: 'unchanged' };
  const refused = await drivers[found.widget].write(found.element, value, { ...spec, widget: found.widget });
  if (refused) return { ...base, status: 'failed', detail: refused };
  return { action, held };
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
  for (const entry of planned) {
    if ('result' in entry) {
      outcomes.push(entry.result);
      continue;
    }
    if (signal?.aborted) {
      outcomes.push({ path: entry.action.holding.path, status: 'skipped', detail: 'the fill was cancelled (it took longer than the 30 s answer) before this field' });
      continue;
    }
    onProgress?.({ done, total, path: entry.action.holding.path });
    try {
      outcomes.push(await writeOne(entry.action));
    } catch (error) {
      outcomes.push({ path: entry.action.holding.path, status: 'failed', detail: `error while filling: ${String(error)}` });
    }
    done++;
  }
  onProgress?.({ done, total });
  await settle();
  return outcomes.map((outcome) => {
    if ('status' in outcome) return outcome;
    const { holding, found, expected, value } = outcome.action;
    const base = { path: holding.path, ...(found.label ? { label: found.label } : {}) };
    const after = outcome.held();
    return sameValue(after, expected, found.widget) ? { ...base, status: 'filled' } : { ...base, status: 'failed', detail: `wrote ${show(value)}, the page now holds ${show(after)}` };
  });
}
