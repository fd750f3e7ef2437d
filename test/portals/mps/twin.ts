// The 公安 replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under `/twin/…`) turns the
// drift on, deterministically (FNV-1a of fixed names, never Math.random). What the twin changes:
//   - ids: every field's name is hashed, so ant-design-vue's generated `form_item_<field>` ids (portals.md §2.5) become
//     `form_item_f<hash>`: a filler must find the fields by their labels and blocks;
//   - classes: the app's own become `k<hash>`, except the layout classes portals.md §2.5 documents
//     (`bcyr-layout-content`, `bcyr-page-wrapper-content`); the library's `ant-*` markup stays;
//   - the rows of each block rotate, each field gains a wrapper `<div>`;
//   - labels move (the form-item label, a text element above the item, or for text inputs the placeholder only);
//     some end with a full-width colon; the form's own colon and required mark are off, a `*` follows the label;
//   - block headings: a Card title in the replica, a `<div role="heading">` in the twin.
// `replicaState()` keys stay the replica's.

import { classNamer, hash, TWIN } from '../common/spa-twin';

export { BASE, exposeState, labelMode, loadedAfter, rotated, TWIN, type LabelMode } from '../common/spa-twin';

const DOCUMENTED_CLASSES = new Set(['bcyr-layout-content', 'bcyr-page-wrapper-content']);

/** A class of this app: documented ones as they are, others renamed in the twin. */
export const cls = classNamer(DOCUMENTED_CLASSES);

/** A form field's name (and so its `form_item_<name>` id): the portal's, or a hash in the twin. */
export const fieldName = (key: string): string => (TWIN ? `f${hash(`mps:field:${key}`).toString(36)}` : key);

/** The label as written: in the twin some end with a full-width colon. */
export const labelText = (key: string, label: string): string => (TWIN && hash(`mps:colon:${key}`) % 2 === 0 ? `${label}：` : label);
