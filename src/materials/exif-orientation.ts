// The EXIF Orientation tag (0x0112) of a JPEG's APP1 segment. Written by hand: exifr, the maintained reader, is
// async-only and ships tens of KB for this one two-byte tag, while inspectBytes must stay synchronous and small.

const ORIENTATION_TAG = 0x0112;
const SHORT = 3;

/** The orientation (1–8) in an APP1 payload that starts with `Exif\0\0`; undefined when absent or malformed. */
export function orientationInExif(bytes: Uint8Array, start: number, end: number): number | undefined {
  const isExif = bytes[start] === 0x45 && bytes[start + 1] === 0x78 && bytes[start + 2] === 0x69 && bytes[start + 3] === 0x66;
  if (!isExif || bytes[start + 4] !== 0 || bytes[start + 5] !== 0) return undefined;
  const tiff = start + 6;
  if (tiff + 8 > end) return undefined;
  const little = bytes[tiff] === 0x49 && bytes[tiff + 1] === 0x49;
  const big = bytes[tiff] === 0x4d && bytes[tiff + 1] === 0x4d;
  if (!little && !big) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  if (u16(tiff + 2) !== 42) return undefined;
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return undefined;
    if (u16(entry) !== ORIENTATION_TAG) continue;
    if (u16(entry + 2) !== SHORT) return undefined;
    const value = u16(entry + 8);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}

/** Orientations 5–8 turn the picture by a quarter: its shown width is the stored height. */
export const swapsSides = (orientation: number | undefined): boolean => orientation !== undefined && orientation >= 5 && orientation <= 8;
