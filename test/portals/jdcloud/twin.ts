// The JD Cloud replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under `/twin/…`)
// turns the drift on, deterministically (FNV-1a of fixed names, never Math.random). What the twin changes:
//   - the app's own classes become `k<hash>` (no source documents JD's markup); ant-design-vue's `ant-*` markup is
//     the library's and stays; the app sets no ids, and the form has no `name`, so antd's `<form>_<field>` ids are
//     absent in both;
//   - the rows of each block rotate, and each field gains a wrapper `<div>`;
//   - labels move: the form-item label, a label in its own element above the item, or (text inputs only) the
//     placeholder alone; some labels end with a full-width colon, the form's own colon is off, and the required
//     marker is a `*` after the label instead of antd's asterisk before it;
//   - block headings: `a-divider` with text (orientation left) in the replica, a `<div role="heading">` in the twin.
// `replicaState()` keys stay the same.

import { hash, TWIN, type LabelMode } from '../common/spa-twin';

export { BASE, exposeState, TWIN, type LabelMode } from '../common/spa-twin';

/** One of the app's own class names, renamed on the twin. */
export const cls = (name: string): string => (TWIN ? `k${hash(`jdcloud:${name}`).toString(36)}` : name);

/** Where the twin puts a field's label; the replica keeps it on the form item. */
export function labelMode(key: string, textInput: boolean): LabelMode {
  if (!TWIN) return 'item';
  const modes: readonly LabelMode[] = textInput ? ['placeholder', 'item', 'above'] : ['above', 'item'];
  return modes[hash(`jdcloud:label:${key}`) % modes.length] ?? 'item';
}

/** The label text as the twin writes it: some with a full-width colon. */
export const labelText = (key: string, label: string): string => (TWIN && hash(`jdcloud:colon:${key}`) % 2 === 0 ? `${label}：` : label);

/** A block's rows in the twin's order: rotated by a block-dependent amount. */
export function ordered<T>(block: string, rows: readonly T[]): readonly T[] {
  if (!TWIN || rows.length < 2) return rows;
  const shift = 1 + (hash(`jdcloud:rows:${block}`) % (rows.length - 1));
  return [...rows.slice(shift), ...rows.slice(0, shift)];
}
