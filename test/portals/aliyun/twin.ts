// The Aliyun replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under `/twin/…`) turns
// on the drift, deterministically (FNV-1a of a salt, never Math.random). What the twin changes:
//   - ids: the forms have no `name` and their fields are named by a hash, so antd's `<form>_<field>` ids are gone,
//     except the ids portals.md §2.1 documents (`#site_siteName`, and `#site_fzrIdType` whose listbox is
//     `#site_fzrIdType_list`), given explicitly;
//   - classes: this app's own classes become `k<hash>`, except those portals.md §2.1 documents (`icp-page-form`,
//     `module-item-wrap`, `module-title-item`, `info-name`, `address-prefix`, `input-domain-content`); antd's `ant-*`
//     markup is the library's and stays;
//   - each section's rows rotate, each field gains a wrapper `<div>`, its label moves (form-item label, a label in its
//     own element above, or, for text inputs, the placeholder only), the required marker moves after the label as
//     text, and section headings are `role=heading` elements instead of card titles.
// `replicaState()` maps the hashed field names back, so its keys are the replica's.

// The page's globals are read and set by name, not declared on Window: other replicas declare their own.
export const TWIN = Reflect.get(window, 'REPLICA_TWIN') === true;
export const BASE = TWIN ? '/twin' : '';

export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const DOCUMENTED_CLASSES = new Set(['icp-page-form', 'module-item-wrap', 'module-title-item', 'info-name', 'address-prefix', 'input-domain-content']);

/** A class of this app: documented ones as they are, others renamed in the twin. */
export const cls = (name: string): string => (TWIN && !DOCUMENTED_CLASSES.has(name) ? `k${hash(`class:${name}`).toString(36)}` : name);

/** A form field's name: the replica's key, or its hash in the twin (so no id carries it). */
export const fieldName = (key: string): string => (TWIN ? `f${hash(`field:${key}`).toString(36)}` : key);

/** The replica's keys for a form's values (hashed names back to keys). */
export function keyed(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, values[fieldName(key)]]));
}

/** Rotates a section's rows by 1…n−1 places in the twin. */
export function rotated<T>(rows: T[], salt: string): T[] {
  if (!TWIN || rows.length < 2) return rows;
  const k = 1 + (hash(`rows:${salt}`) % (rows.length - 1));
  return [...rows.slice(k), ...rows.slice(0, k)];
}

export type LabelMode = 'item' | 'above' | 'placeholder';

/** Where a field's label goes: the form-item label in the replica; in the twin one of three places. */
export function labelMode(key: string, textInput: boolean): LabelMode {
  if (!TWIN) return 'item';
  const modes: LabelMode[] = textInput ? ['item', 'above', 'placeholder'] : ['item', 'above'];
  return modes[hash(`label:${key}`) % modes.length]!;
}

let optionLoadMs = 0;
Object.assign(window, { replicaOptionLoadMs: 0 });

/** Exposes the forms' framework state to the tests. */
export function exposeState(state: () => Record<string, unknown>): void {
  Object.assign(window, { replicaState: state });
}

/** Option loading waited for by the page, summed in `window.replicaOptionLoadMs` (the benchmark's limit). */
export function loadedAfter<T>(ms: number, produce: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => {
      Promise.resolve(produce()).then((value) => {
        optionLoadMs += performance.now() - started;
        Object.assign(window, { replicaOptionLoadMs: optionLoadMs });
        resolve(value);
      }, reject);
    }, ms);
  });
}
