// What the console replicas' drifted twins share (each app's twin.ts says what it renames and keeps): the switch set
// by the shell under `/twin/…`, a deterministic hash (FNV-1a, never Math.random), row rotation and label placement,
// and the hooks the tests and the benchmark read (`window.replicaState()`, `window.replicaOptionLoadMs`).

// The page's globals are read and set by name, not declared on Window: each replica sets its own.
export const TWIN = typeof window !== 'undefined' && Reflect.get(window, 'REPLICA_TWIN') === true;
export const BASE = TWIN ? '/twin' : '';

/** FNV-1a (32 bit) of the UTF-16 code units. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The app's class names: documented ones as they are, the others renamed in the twin. */
export const classNamer =
  (documented: ReadonlySet<string>) =>
  (name: string): string =>
    TWIN && !documented.has(name) ? `k${hash(`class:${name}`).toString(36)}` : name;

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
  Object.assign(window, { replicaOptionLoadMs: optionLoadMs, replicaState: state });
}
