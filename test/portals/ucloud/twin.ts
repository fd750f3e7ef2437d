// The UCloud replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under `/twin/…`) turns
// on the drift, deterministically (FNV-1a of a salt, never Math.random). What the twin changes:
//   - classes: every class of this app (`section-title`, `uc-*`) becomes `k<hash>`; TDesign's own `t-*` markup is the
//     library's and stays. The app sets no ids; form-item names (TDesign's `t-form-item__<name>` class) are hashed;
//   - the rows of each block rotate, and each field gains one or two wrapper `<div>`s;
//   - labels move: the form-item label, a label in its own element above the item, or (text inputs only) the
//     placeholder alone;
//   - required marks: TDesign's `t-form__label--required` mark in the replica, a `*` after the label text (or none)
//     in the twin; the form's colon is on in the twin;
//   - headings: the subject step's plain `<div class="section-title">` becomes a `<p>` holding a `<b>`; the website
//     step's card titles (`t-card__title`) become `role="heading"` divs inside an untitled card.
// `replicaState()` keys stay the same.

import { classNamer, hash, TWIN } from '../common/spa-twin';

export { BASE, exposeState, labelMode, loadedAfter, rotated, TWIN, type LabelMode } from '../common/spa-twin';

/** A class of this app, renamed in the twin (none of them is documented markup). */
export const cls = classNamer(new Set());

/** A form item's `name` (TDesign renders it as the class `t-form-item__<name>`): hashed in the twin. */
export const itemName = (key: string): string => (TWIN ? `f${hash(`ucloud:field:${key}`).toString(36)}` : key);

/** Whether the twin shows a `*` after a required label (most do, some drop it). */
export const twinStar = (key: string): boolean => hash(`ucloud:star:${key}`) % 4 !== 0;

/** How many extra wrappers the twin puts around a field (1 or 2). */
export const wrappers = (key: string): number => 1 + (hash(`ucloud:wrap:${key}`) % 2);
