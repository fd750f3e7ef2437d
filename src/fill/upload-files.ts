import type { PortalLimit } from '../materials/limits';
import { composeIdPair, prepareImage, PrepareError } from '../materials/prepare';
import { clean } from '../page/widgets/driver';
import { accepts, fileInputOf } from '../page/widgets/upload';

// Before a material goes into an upload field: an ID's two sides composed where the field wants one image (seed
// 002), and a file the field would refuse — too large for the limit its own hint states, or of a type its `accept`
// leaves out — re-encoded to fit. The stored material is never changed; the page gets the prepared copy.

const UNIT: Record<string, number> = { K: 1024, KB: 1024, M: 1024 * 1024, MB: 1024 * 1024 };
/** 大小不超过 2 MB, 不大于2M, 小于 500KB, ≤ 4MB, 2M以内, 最大 10 MB: the size hints consoles print beside an upload. */
const MAX = /(?:不超过|不大于|小于|不能超过|最大|≤|<=?)\s*(\d+(?:\.\d+)?)\s*(MB|M|KB|K)\b|(\d+(?:\.\d+)?)\s*(MB|M|KB|K)\s*以(?:内|下)/i;
const MIN = /(?:不小于|不低于|大于|至少|≥|>=?)\s*(\d+(?:\.\d+)?)\s*(MB|M|KB|K)\b/i;

const bytesOf = (match: RegExpExecArray | null): number | undefined => {
  if (!match) return undefined;
  const [number, unit] = match[1] ? [match[1], match[2]] : [match[3], match[4]];
  return number && unit ? Math.floor(Number(number) * (UNIT[unit.toUpperCase()] ?? 1)) : undefined;
};

/** The image types an `accept` lets in (`.jpg,.jpeg`, `image/png`, `image/*`); undefined when it says nothing. */
function acceptedTypes(accept: string): string[] | undefined {
  const types = accept.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean).flatMap((a) => {
    if (a === 'image/*') return ['image/jpeg', 'image/png'];
    if (a === '.jpg' || a === '.jpeg' || a === 'image/jpeg' || a === 'image/jpg') return ['image/jpeg'];
    if (a === '.png' || a === 'image/png') return ['image/png'];
    return [];
  });
  return types.length ? [...new Set(types)] : undefined;
}

/** What the field itself says it takes: the types of its `accept`, the size of its hint (大小不超过 2 MB). */
export function fieldLimit(cell: Element): PortalLimit {
  const text = clean(cell.textContent);
  const types = acceptedTypes(fileInputOf(cell)?.accept ?? '');
  const maxBytes = bytesOf(MAX.exec(text));
  const minBytes = bytesOf(MIN.exec(text));
  return { ...(types ? { types } : {}), ...(maxBytes ? { maxBytes } : {}), ...(minBytes ? { minBytes } : {}), source: 'the upload field’s own accept and hint' };
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '');
const EXTENSION: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png' };
const renamed = (name: string, type: string) => `${stem(name)}${EXTENSION[type] ?? ''}`;

const fits = (file: File, limit: PortalLimit, input: HTMLInputElement | null) =>
  (!input || accepts(input, file)) && (limit.maxBytes === undefined || file.size <= limit.maxBytes) && (limit.minBytes === undefined || file.size >= limit.minBytes);

export type PreparedUpload = { files: File[]; note?: string } | { problem: string };

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The files to attach to the field: composed and fitted as the field asks, or why they cannot be. */
export async function prepareUpload(cell: Element, files: readonly File[], compose: boolean): Promise<PreparedUpload> {
  const limit = fieldLimit(cell);
  const input = fileInputOf(cell);
  try {
    if (compose) {
      const [front, back] = files;
      if (!front || !back) return { problem: 'an ID pair needs both sides' };
      const made = await composeIdPair(front, back, limit);
      const file = new File([made.blob], renamed(`${stem(front.name)}+${stem(back.name)}`, made.type), { type: made.type });
      if (!made.fits) return { problem: `the composed image is still over the field's limit: ${made.warnings.map((w) => w.en).join('; ')}` };
      return { files: [file], note: `composed from ${front.name} and ${back.name} (${made.width}×${made.height}, ${MB(file.size)})` };
    }
    const out: File[] = [];
    const notes: string[] = [];
    for (const file of files) {
      if (fits(file, limit, input) || !file.type.startsWith('image/')) {
        out.push(file);
        continue;
      }
      const made = await prepareImage(file, limit);
      const prepared = new File([made.blob], renamed(file.name, made.type), { type: made.type });
      if (!made.fits) return { problem: `${file.name} does not fit the field's limit: ${made.warnings.map((w) => w.en).join('; ')}` };
      out.push(prepared);
      notes.push(`${file.name} (${MB(file.size)}) prepared to fit the field: ${prepared.name}, ${made.width}×${made.height}, ${MB(prepared.size)}`);
    }
    return { files: out, ...(notes.length ? { note: notes.join('; ') } : {}) };
  } catch (error) {
    return { problem: error instanceof PrepareError ? error.text.en : `could not prepare the file: ${String(error)}` };
  }
}
