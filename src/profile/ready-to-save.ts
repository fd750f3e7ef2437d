import type { Text } from '../rules/define-rule';
import type { Profile } from './schema';

// What the store keeps is a profile someone can find again: it has a label, or takes the subject's name as one; a
// profile with neither (新建资料 → 保存 with nothing typed, a capture of an empty page) is not stored.

export type ReadyToSave = { ok: true; profile: Profile } | { ok: false; path: 'label'; message: Text };

export const NEEDS_LABEL: Text = {
  zh: '资料名称：请填写资料名称或主办单位名称，本次没有保存',
  en: 'Profile label: enter a label or the host entity name; nothing was saved',
};

export function readyToSave(profile: Profile): ReadyToSave {
  const label = profile.label.trim() || profile.subject.name.trim();
  if (!label) return { ok: false, path: 'label', message: NEEDS_LABEL };
  return { ok: true, profile: label === profile.label ? profile : { ...profile, label } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The interchange format's own keys: they say what the document is, not what was read. */
const FRAME = new Set(['format', 'version']);

/** Whether a document (a capture's partial profile) holds any value at all: a string with text, a number, a true. */
export function holdsAnyValue(value: unknown, top = true): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || value === true) return true;
  if (Array.isArray(value)) return value.some((v) => holdsAnyValue(v, false));
  if (isRecord(value)) return Object.entries(value).some(([key, v]) => !(top && FRAME.has(key)) && holdsAnyValue(v, false));
  return false;
}

const nameOf = (value: unknown): string => (isRecord(value) && typeof value.name === 'string' ? value.name.trim() : '');

/**
 * A captured document with a label when it has none: the subject's name, or (a capture of a website step, which
 * shows no subject) the name of the website it read.
 */
export function labelledDocument(doc: Record<string, unknown>): Record<string, unknown> {
  if (typeof doc.label === 'string' && doc.label.trim()) return doc;
  const sites: unknown[] = Array.isArray(doc.websites) ? doc.websites : [];
  const name = nameOf(doc.subject) || sites.map(nameOf).find((n) => n !== '') || '';
  return name ? { ...doc, label: name } : doc;
}
