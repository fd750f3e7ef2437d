// The Aliyun replica and its drifted twin are one app: `window.REPLICA_TWIN` (set by the shell under `/twin/…`) turns
// on the drift, deterministically (FNV-1a of a salt, never Math.random). What the twin changes:
//   - ids: the forms have no `name` and their fields are named by a hash, so antd's `<form>_<field>` ids are gone,
//     except the ids portals.md §2.1 documents (`#site_siteName`, and `#site_fzrIdType` whose listbox is
//     `#site_fzrIdType_list`), given explicitly;
//   - classes: this app's own classes become `k<hash>`, except those portals.md §2.1 documents (`icp-page-form`,
//     `module-item-wrap`, `module-title-item`, `info-name`, `address-prefix`, `input-domain-content`); antd's `ant-*`
//     markup is the library's and stays;
//   - each section's rows rotate, each field gains a wrapper `<div>`, its label moves (form-item label, a label in its
//     own element above, or, for text inputs, the placeholder only), the required marker moves after the label as
//     text, and section headings are `role=heading` elements instead of card titles.
// `replicaState()` maps the hashed field names back, so its keys are the replica's.

import { classNamer, hash, TWIN } from '../common/spa-twin';

export { BASE, exposeState, labelMode, loadedAfter, rotated, TWIN, type LabelMode } from '../common/spa-twin';

const DOCUMENTED_CLASSES = new Set(['icp-page-form', 'module-item-wrap', 'module-title-item', 'info-name', 'address-prefix', 'input-domain-content']);

/** A class of this app: documented ones as they are, others renamed in the twin. */
export const cls = classNamer(DOCUMENTED_CLASSES);

/** A form field's name: the replica's key, or its hash in the twin (so no id carries it). */
export const fieldName = (key: string): string => (TWIN ? `f${hash(`field:${key}`).toString(36)}` : key);

/** The replica's keys for a form's values (hashed names back to keys). */
export function keyed(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, values[fieldName(key)]]));
}

