import { ascii } from './bytes';
import { TruncatedError } from './source';

// Binary property lists (bplist00), the form Xcode writes Info.plist in. Written by hand: the maintained browser
// parser (@plist/binary.parse) follows shared references without limit, so a 500-byte file can keep it busy for
// ever. Only the top-level dictionary's string values are read (CFBundleIdentifier is one); nothing recurses.

const HEADER = 'bplist00';
const DICT = 0xd;
const ASCII = 0x5;
const UTF16 = 0x6;
const utf16be = new TextDecoder('utf-16be');

function uintBE(bytes: Uint8Array, at: number, size: number): number {
  if (size < 1 || size > 8 || at < 0 || at + size > bytes.length) throw new TruncatedError(`${size}-byte integer at ${at}`);
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + bytes[at + i]!;
  return value;
}

export const isBinaryPlist = (bytes: Uint8Array): boolean => bytes.length >= 40 && ascii(bytes.subarray(0, 8)) === HEADER;

/** The strings of the top-level dictionary, by key; values of other types are left out. */
export function binaryPlistStrings(bytes: Uint8Array): Record<string, string> {
  if (!isBinaryPlist(bytes)) throw new TruncatedError('not a binary plist');
  const trailer = bytes.length - 32;
  const offsetSize = bytes[trailer + 6]!;
  const refSize = bytes[trailer + 7]!;
  const count = uintBE(bytes, trailer + 8, 8);
  const top = uintBE(bytes, trailer + 16, 8);
  const table = uintBE(bytes, trailer + 24, 8);
  if (offsetSize < 1 || refSize < 1 || top >= count || table + count * offsetSize > trailer) throw new TruncatedError('offset table outside the file');
  const offsetOf = (ref: number) => (ref < count ? uintBE(bytes, table + ref * offsetSize, offsetSize) : -1);

  /** The marker's length: its low nibble, or the integer object after it when the nibble is 0xF. */
  function lengthAt(at: number): { length: number; start: number } {
    const info = bytes[at]! & 0x0f;
    if (info !== 0x0f) return { length: info, start: at + 1 };
    const intMarker = bytes[at + 1] ?? 0;
    if (intMarker >> 4 !== 0x1) throw new TruncatedError('bad length marker');
    const size = 2 ** (intMarker & 0x0f);
    return { length: uintBE(bytes, at + 2, size), start: at + 2 + size };
  }

  function stringAt(ref: number): string | undefined {
    const at = offsetOf(ref);
    if (at < 0 || at >= trailer) return undefined;
    const type = bytes[at]! >> 4;
    if (type !== ASCII && type !== UTF16) return undefined;
    const { length, start } = lengthAt(at);
    const end = start + (type === UTF16 ? length * 2 : length);
    if (end > trailer) return undefined;
    return type === ASCII ? ascii(bytes.subarray(start, end)) : utf16be.decode(bytes.subarray(start, end));
  }

  const at = offsetOf(top);
  if (at < 0 || at >= trailer || bytes[at]! >> 4 !== DICT) throw new TruncatedError('the top object is no dictionary');
  const { length, start } = lengthAt(at);
  if (start + length * 2 * refSize > trailer) throw new TruncatedError('dictionary past the object table');
  const result: Record<string, string> = {};
  for (let i = 0; i < length; i++) {
    const key = stringAt(uintBE(bytes, start + i * refSize, refSize));
    const value = stringAt(uintBE(bytes, start + (length + i) * refSize, refSize));
    if (key !== undefined && value !== undefined && key !== '__proto__') result[key] = value;
  }
  return result;
}
