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

import { classNamer, TWIN } from '../common/spa-twin';

export { BASE, exposeState, labelMode, loadedAfter, rotated, TWIN, type LabelMode } from '../common/spa-twin';

export const CLASS_PREFIX = TWIN ? 'qc-icp' : 'app-beian';

const DOCUMENTED_CLASSES = new Set(['org-name', 'org-certificate-number', 'legalPerson', 'legalPersonCerNumber', 'domain']);

/** A class of this app: documented ones as they are, others renamed in the twin. */
export const cls = classNamer(DOCUMENTED_CLASSES);

