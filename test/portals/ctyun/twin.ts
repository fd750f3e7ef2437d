// The 天翼云 replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under `/twin/…`) turns
// the drift on, deterministically (FNV-1a of fixed names, never Math.random). What the twin changes:
//   - the app's own classes become `k<hash>` (no source documents 天翼云's markup); element-ui's `el-*` markup is the
//     library's and stays; the app sets no ids;
//   - the rows of each card rotate, and each field gains two wrapper `<div>`s;
//   - labels move: the form-item label, a label in its own element above the item, or (text inputs only) the
//     placeholder alone; some labels end with a full-width colon, and the required marker is a `*` after the label
//     (the form hides element-ui's asterisk);
//   - card headings: the el-card header slot in the replica; in the twin the card has no header and an `<h4>` opens
//     its body (the read-only 主办单位负责人 card: a `<div role="heading">`).
// `replicaState()` keys stay the same.

import { hash, TWIN, type LabelMode } from '../common/spa-twin';

export { BASE, exposeState, TWIN, type LabelMode } from '../common/spa-twin';

/** One of the app's own class names, renamed on the twin. */
export const cls = (name: string): string => (TWIN ? `k${hash(`ctyun:${name}`).toString(36)}` : name);

/** Where the twin puts a field's label; the replica keeps it on the form item. */
export function labelMode(key: string, textInput: boolean): LabelMode {
  if (!TWIN) return 'item';
  const modes: readonly LabelMode[] = textInput ? ['above', 'placeholder', 'item'] : ['item', 'above'];
  return modes[hash(`ctyun:label:${key}`) % modes.length] ?? 'item';
}

/** The label text as the twin writes it: some with a full-width colon. */
export const labelText = (key: string, label: string): string => (TWIN && hash(`ctyun:colon:${key}`) % 2 === 1 ? `${label}：` : label);

/** A card's rows in the twin's order: rotated by a card-dependent amount. */
export function ordered<T>(card: string, rows: readonly T[]): readonly T[] {
  if (!TWIN || rows.length < 2) return rows;
  const shift = 1 + (hash(`ctyun:rows:${card}`) % (rows.length - 1));
  return [...rows.slice(shift), ...rows.slice(0, shift)];
}
