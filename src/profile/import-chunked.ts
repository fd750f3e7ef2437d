import { importDocument, type ImportResult } from './import';
import { PROFILE_SET_FORMAT, type Profile } from './schema';
import { SLICE, yieldToEvents } from './yield';

// Import of thousands of profiles without freezing the page: a profile set is read a slice at a time, yielding to the
// page between slices so a progress bar can move and a Cancel button can be pressed. Reading stores nothing; a
// cancelled read answers 'cancelled' and leaves nothing behind.

export type Progress = (done: number, total: number) => void;
export type ChunkedImport = ImportResult | { ok: false; cancelled: true };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export async function importInSlices(text: string, options: { signal?: AbortSignal; onProgress?: Progress; slice?: number } = {}): Promise<ChunkedImport> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return importDocument(text); // says why, with the parser's message
  }
  if (!isRecord(doc) || doc.format !== PROFILE_SET_FORMAT || !Array.isArray(doc.profiles)) return importDocument(doc);
  const all: unknown[] = doc.profiles;
  // The set's own keys (format, version, anything unknown) are checked once, without its profiles.
  const head = importDocument({ ...doc, profiles: [] });
  if (!head.ok) return head;
  const size = options.slice ?? SLICE;
  const profiles: Profile[] = [];
  const errors: { path: string; message: string }[] = [];
  options.onProgress?.(0, all.length);
  for (let start = 0; start < all.length; start += size) {
    if (options.signal?.aborted) return { ok: false, cancelled: true };
    const result = importDocument({ format: doc.format, version: doc.version, profiles: all.slice(start, start + size) });
    if (result.ok) profiles.push(...result.profiles);
    else errors.push(...result.errors.map((e) => ({ ...e, path: e.path.replace(/^profiles\[(\d+)\]/, (_, i: string) => `profiles[${Number(i) + start}]`) })));
    options.onProgress?.(Math.min(start + size, all.length), all.length);
    await yieldToEvents();
  }
  if (options.signal?.aborted) return { ok: false, cancelled: true };
  return errors.length ? { ok: false, errors } : { ok: true, profiles, kind: 'set' };
}
