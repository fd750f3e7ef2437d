// The Volcengine replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under `/twin/…`)
// turns on the drift, deterministically (FNV-1a of a salt, never Math.random). What the twin changes:
//   - ids: Arco's Form gives each control the id of its field (`<field>_input`, the item's `<field>`); in the twin the
//     fields are named by a hash, so no id carries a field name;
//   - classes: this app's own classes (`beian-*`) become `k<hash>`; Arco's `arco-*` markup is the library's and stays;
//   - each card's rows rotate, each field gains a wrapper `<div>`, its label moves (form-item label, a text element
//     above, or, for text inputs, the placeholder only), colons come and go per field, the required star moves after
//     the label (or becomes text), and card titles become `role="heading"` divs above plain bodies.
// `replicaState()` maps the hashed field names back, so its keys are the replica's.

import { classNamer, hash, TWIN } from '../common/spa-twin';

export { BASE, exposeState, labelMode, loadedAfter, rotated, TWIN, hash, type LabelMode } from '../common/spa-twin';

/** A class of this app (none is documented: all are renamed in the twin). */
export const cls = classNamer(new Set());

/** A form field's name: the replica's key, or its hash in the twin (so no id carries it). */
export const fieldName = (key: string): string => (TWIN ? `f${hash(`field:${key}`).toString(36)}` : key);

/** The colon after a label: none in the replica (Arco's default); in the twin none, Arco's own, or a full-width one. */
export function colonOf(key: string): boolean | string {
  if (!TWIN) return false;
  const choices = [false, true, '：'] as const;
  return choices[hash(`colon:${key}`) % choices.length]!;
}
