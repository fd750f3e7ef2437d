import { ascii, Reader, u32At, u64At } from './bytes';
import { TruncatedError } from './source';
import type { Zip } from './zip';

// The HAP signing block, as OpenHarmony's reference signer writes and verifies it (developtools_hapsigner:
// SignHap.generateHapSigningBlock, VerifyHap, HapUtils): right before the central directory, a table of
// (u32 type, u32 length, u32 offset from the block's start), the values, then u32 count, u64 size, a 16-byte magic
// ("HAP Sig Block 42", or "<hap sign block>" from version 3) and u32 version. Little-endian, walked by hand.

export const HAP_SIGNATURE = 0x20000000;
export const HAP_PROOF_OF_ROTATION = 0x20000001;
export const HAP_PROFILE = 0x20000002;

const MAGICS = new Set(['HAP Sig Block 42', '<hap sign block>']);
const MAX_BLOCK = 32 * 1024 * 1024;

/** type → value of each sub-block, or undefined when the HAP carries no signing block. */
export async function readHapSigningBlock(zip: Zip): Promise<Map<number, Uint8Array> | undefined> {
  const cdAt = zip.centralDirectoryOffset;
  if (cdAt < 32) return undefined;
  const trailer = await zip.source.read(cdAt - 32, 32);
  if (!MAGICS.has(ascii(trailer.subarray(12, 28)))) return undefined;
  const count = u32At(trailer, 0);
  const size = u64At(trailer, 4);
  if (size < 32 || size > MAX_BLOCK || size > cdAt || count * 12 > size - 32) throw new TruncatedError(`HAP signing block of ${size} bytes with ${count} entries`);
  const block = await zip.source.read(cdAt - size, size);
  const table = new Reader(block.subarray(0, count * 12));
  const values = new Map<number, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const type = table.u32();
    const length = table.u32();
    const offset = table.u32();
    if (offset + length > size - 32) throw new TruncatedError(`HAP sub-block ${type} runs past its block`);
    if (!values.has(type)) values.set(type, block.subarray(offset, offset + length));
  }
  return values;
}
