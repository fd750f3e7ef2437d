// The Baidu AI Cloud replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under
// `/twin/…`) turns the drift on, deterministically (FNV-1a of a salt, never Math.random).
// The console's in-house widget library hashes every class (`x-` + hash), so no class or id is documented: the
// replica's own are `x-<hash>` of the name, the twin's `x-<hash>` of another salt, and every id likewise.
// What the twin changes besides names:
//   - each block's rows rotate, each field gains wrapper `<div>`s;
//   - about half the controls are named by `aria-label` instead of `aria-labelledby`, and their visible label text
//     element is gone;
//   - the `<h2>` block titles become `div role="heading" aria-level="2"`, and one block (主办单位负责人) becomes a
//     `role="group"` with an `aria-label` only, no visible heading;
//   - colons and required stars move (`*单位性质` → `单位性质：*`).
// `replicaState()` keys stay the replica's.

import { hash, TWIN } from '../common/spa-twin';

export { BASE, exposeState, loadedAfter, rotated, TWIN } from '../common/spa-twin';

const salt = TWIN ? 'twin:' : 'replica:';

/** A class of the in-house library or the page: always hashed, differently in the twin. */
export const cls = (name: string): string => `x-${hash(`${salt}class:${name}`).toString(36)}`;

/** An element id: hashed, differently in the twin. */
export const uid = (name: string): string => `x${hash(`${salt}id:${name}`).toString(36)}`;

/** Whether a field's control is named by `aria-label` (twin, about half) or by `aria-labelledby` its label element. */
export const namedByAriaLabel = (key: string): boolean => TWIN && hash(`label:${key}`) % 2 === 0;

/** How many wrapper `<div>`s the twin puts around a field (1–2). */
export const wrappers = (key: string): number => (TWIN ? 1 + (hash(`wrap:${key}`) % 2) : 0);
