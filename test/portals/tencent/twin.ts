// The Tencent Cloud replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under `/twin/…`)
// turns the drift on, deterministically (FNV-1a of a salt, never Math.random). What the twin changes:
//   - tea-component's classPrefix: `app-beian` in the replica (portals.md §2.2), another prefix in the twin, so every
//     library class (`<prefix>-form__item`, `<prefix>-dropdown`, …) carries a name no driver may hard-code;
//   - this app's own classes become `k<hash>`, except those portals.md §2.2 documents (dataAided: `org-name`,
//     `org-certificate-number`, `legalPerson`, `legalPersonCerNumber`, `domain`); the root `#container` stays;
//   - each section's rows rotate, each field gains a wrapper `<div>`, its label moves (the form-item label, a label in
//     its own element above, or, for text inputs, the placeholder only), the required marker moves after the label as
//     text, and section titles are `role=heading` elements instead of tea's `<h3>` Form.Title.
// `replicaState()` has the same keys in both.

// The page's globals are read and set by name, not declared on Window: other replicas declare their own.
export const TWIN = Reflect.get(window, 'REPLICA_TWIN') === true;
export const BASE = TWIN ? '/twin' : '';
export const CLASS_PREFIX = TWIN ? 'qc-icp' : 'app-beian';

export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const DOCUMENTED_CLASSES = new Set(['org-name', 'org-certificate-number', 'legalPerson', 'legalPersonCerNumber', 'domain']);

/** A class of this app: documented ones as they are, others renamed in the twin. */
export const cls = (name: string): string => (TWIN && !DOCUMENTED_CLASSES.has(name) ? `k${hash(`class:${name}`).toString(36)}` : name);

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

/** Exposes the page's framework state to the tests. */
export function exposeState(state: () => Record<string, unknown>): void {
  Object.assign(window, { replicaState: state });
}
