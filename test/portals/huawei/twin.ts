// The drifted twin (issue 7, served under `/twin/…` with `window.REPLICA_TWIN = true`): the same app, as the console's
// next release might render it. Deterministic (FNV-1a of fixed names, never Math.random), so every run drifts alike.
//   - The app's own class names are renamed (`k<hash>`); OpenTiny's `tiny-*` markup stays, and the app sets no ids.
//   - The rows of each section rotate, and each field gains a wrapper element.
//   - Labels move: the form-item label, a label above in its own element, or (text inputs only) the placeholder alone.
//   - Required markers move from OpenTiny's asterisk before the label to a `*` after it; headings become
//     `<div role="heading">`.
// `replicaState()` keys stay the same.

import { hash as fnv, TWIN } from '../common/spa-twin';

export { TWIN };

/** One of the app's own class names, renamed on the twin. */
export const cls = (name: string): string => (TWIN ? `k${fnv(`huawei:${name}`).toString(36)}` : name);

export type LabelMode = 'item' | 'above' | 'placeholder';

/** Where the twin puts the label of the `index`th field of a section; the replica keeps it on the form item. */
export function labelMode(section: string, index: number, textInput: boolean): LabelMode {
  if (!TWIN) return 'item';
  const modes: readonly LabelMode[] = textInput ? ['placeholder', 'above', 'item'] : ['above', 'item'];
  return modes[(index + fnv(section)) % modes.length] ?? 'item';
}

/** The rows of a section in the twin's order: rotated by a section-dependent amount. */
export function ordered<T>(section: string, rows: readonly T[]): readonly T[] {
  if (!TWIN || rows.length < 2) return rows;
  const shift = 1 + (fnv(`rows:${section}`) % (rows.length - 1));
  return [...rows.slice(shift), ...rows.slice(0, shift)];
}
