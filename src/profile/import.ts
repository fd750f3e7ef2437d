import type { z } from 'zod';
import { notJson } from './json-syntax';
import { migrateToCurrent } from './migrate';
import { normaliseProfile } from './normalise';
import { formatPath, getAtPath } from './paths';
import { PROFILE_FORMAT, PROFILE_SET_FORMAT, profileSchema, type Profile } from './schema';

export type ImportError = { path: string; message: string };
export type ImportResult = { ok: true; profiles: Profile[]; kind: 'profile' | 'set' } | { ok: false; errors: ImportError[] };

const refuse = (path: string, message: string): ImportResult => ({ ok: false, errors: [{ path, message }] });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function issueToErrors(issue: z.core.$ZodIssue, prefix: PropertyKey[], doc: unknown): ImportError[] {
  const at = [...prefix, ...issue.path];
  // zod leaves the offending input out of issues by default; read it back from the document.
  const got = describeType(getAtPath(doc, formatPath(issue.path)));
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...at, key]),
        message: `未知字段「${key}」 · unknown key "${key}"`,
      }));
    case 'invalid_type':
      return [
        {
          path: formatPath(at),
          message: `类型应为 ${issue.expected}，实际为 ${got} · expected ${issue.expected}, got ${got}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          path: formatPath(at),
          message: `取值应为 ${issue.values.map((v) => JSON.stringify(v)).join(' / ')} · must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`,
        },
      ];
    case 'too_small':
      return [{ path: formatPath(at), message: `至少需要 ${String(issue.minimum)} 项 · needs at least ${String(issue.minimum)} item(s)` }];
    default:
      return [{ path: formatPath(at), message: issue.message }];
  }
}

function parseOneProfile(raw: unknown, prefix: PropertyKey[]): { ok: true; profile: Profile } | { ok: false; errors: ImportError[] } {
  if (!isRecord(raw)) return { ok: false, errors: [{ path: formatPath(prefix), message: `应为对象 · expected an object, got ${describeType(raw)}` }] };
  if (raw.format !== PROFILE_FORMAT) {
    return {
      ok: false,
      errors: [{ path: formatPath([...prefix, 'format']), message: `不是备案资料：format 应为 "${PROFILE_FORMAT}" · not a filing profile: format must be "${PROFILE_FORMAT}"` }],
    };
  }
  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return { ok: false, errors: [{ path: formatPath([...prefix, 'version']), message: migrated.message }] };
  const parsed = profileSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap((issue) => issueToErrors(issue, prefix, migrated.doc)) };
  return { ok: true, profile: normaliseProfile(parsed.data) };
}

/**
 * Reads an interchange document (parsed JSON or its text): one profile or a profile set.
 * Never throws; a document that is not a profile is refused with the JSON path of every problem.
 */
export function importDocument(input: unknown): ImportResult {
  let doc = input;
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    try {
      doc = JSON.parse(text);
    } catch {
      // Only broken text is read again, by hand, for the position and a message in both languages.
      const broken = notJson(text);
      return refuse('', broken ? `${broken.zh} · ${broken.en}` : '不是有效的 JSON · not valid JSON');
    }
  }
  if (!isRecord(doc)) return refuse('', `应为 JSON 对象 · expected a JSON object, got ${describeType(doc)}`);

  if (doc.format === PROFILE_SET_FORMAT) {
    const migrated = migrateToCurrent(doc);
    if (!migrated.ok) return refuse('version', migrated.message);
    const errors: ImportError[] = [];
    for (const key of Object.keys(doc)) {
      if (!['format', 'version', 'profiles'].includes(key)) errors.push({ path: key, message: `未知字段「${key}」 · unknown key "${key}"` });
    }
    if (!Array.isArray(doc.profiles)) {
      errors.push({ path: 'profiles', message: `类型应为 array，实际为 ${describeType(doc.profiles)} · expected array, got ${describeType(doc.profiles)}` });
      return { ok: false, errors };
    }
    const profiles: Profile[] = [];
    doc.profiles.forEach((raw, index) => {
      const one = parseOneProfile(raw, ['profiles', index]);
      if (one.ok) profiles.push(one.profile);
      else errors.push(...one.errors);
    });
    return errors.length ? { ok: false, errors } : { ok: true, profiles, kind: 'set' };
  }

  const one = parseOneProfile(doc, []);
  return one.ok ? { ok: true, profiles: [one.profile], kind: 'profile' } : { ok: false, errors: one.errors };
}
