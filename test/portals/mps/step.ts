import { reactive, type VNode } from 'vue';
import { uploadState, type UploadState } from '../common/upload-state';
import { fieldsOf, strings, type Fields, type Model } from './controls';
import { fieldName } from './twin';

// A step of the portal: its model (what ant-design-vue's Form holds), its blocks, and its state for the tests keyed
// by the portal's field names: text '' when empty, selects their option values, lists arrays, ranges [start, end],
// boxes booleans, uploads the widget's own list `{ name, size, type, sha256 }[]` (with `rejected` beside them).

export type Step = {
  model: Model;
  blocks(): VNode[];
  state(): Record<string, unknown>;
};

export type StepParts = { fields: Fields; files: UploadState };

export function stepParts(initial: Record<string, unknown>, uploadKeys: readonly string[]): StepParts {
  const model: Model = reactive(Object.fromEntries(Object.entries(initial).map(([key, value]) => [fieldName(key), value])));
  return { fields: fieldsOf(model), files: uploadState(uploadKeys) };
}

/** The state of the plain fields (uploads come from the widgets' lists). */
export function plainState(f: Fields, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = f.get(key);
      return [key, Array.isArray(value) ? strings(value) : value === undefined || value === null ? '' : value];
    }),
  );
}
