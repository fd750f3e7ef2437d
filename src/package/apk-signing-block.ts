import { ascii, Reader, u64At } from './bytes';
import { TruncatedError } from './source';
import type { Zip } from './zip';

// The APK Signing Block (source.android.com, "APK Signature Scheme v2"): right before the central directory,
// u64 size, (u64 length, u32 id, value) pairs, u64 size again, magic "APK Sig Block 42". Walked by hand: no
// library reads it in a browser, and we only need the ids and values.

const MAGIC = 'APK Sig Block 42';
/** A signing block larger than this is no real one (they hold a few certificates and signatures). */
const MAX_BLOCK = 32 * 1024 * 1024;

export const V2_ID = 0x7109871a;
export const V3_ID = 0xf05368c0;
export const V31_ID = 0x1b93ad61;

export class CorruptSigningBlockError extends Error {}

/** id → value of each pair, or undefined when the APK has no signing block. */
export async function readApkSigningBlock(zip: Zip): Promise<Map<number, Uint8Array> | undefined> {
  const cdAt = zip.centralDirectoryOffset;
  if (cdAt < 32) return undefined;
  const footer = await zip.source.read(cdAt - 24, 24);
  if (ascii(footer.subarray(8)) !== MAGIC) return undefined;
  const size = u64At(footer, 0);
  if (size < 24 || size > MAX_BLOCK || size + 8 > cdAt) throw new CorruptSigningBlockError(`signing block size ${size} does not fit before the central directory`);
  const block = await zip.source.read(cdAt - size - 8, size + 8);
  if (u64At(block, 0) !== size) throw new CorruptSigningBlockError('the two sizes of the signing block differ');
  const pairs = new Reader(block.subarray(8, block.length - 24));
  const values = new Map<number, Uint8Array>();
  // Every pair consumes at least 12 bytes, so the loop ends within the block's size.
  while (pairs.remaining > 0) {
    const length = pairs.u64();
    if (length < 4 || length > pairs.remaining) throw new TruncatedError(`pair of ${length} bytes in ${pairs.remaining}`);
    const pair = new Reader(pairs.take(length));
    const id = pair.u32();
    if (!values.has(id)) values.set(id, pair.take(pair.remaining));
  }
  return values;
}
