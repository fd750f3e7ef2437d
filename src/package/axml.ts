import { u16At, u32At } from './bytes';

// Android's binary XML (AXML) as aapt/aapt2 write AndroidManifest.xml. Written by hand: no maintained library reads it
// in a browser. Just enough to find the `package` attribute of <manifest>; every offset is checked against the buffer.

const XML = 0x0003;
const STRING_POOL = 0x0001;
const START_ELEMENT = 0x0102;
const UTF8_FLAG = 0x100;
const NO_INDEX = 0xffffffff;
const TYPE_STRING = 0x03;
const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

type Pool = { bytes: Uint8Array; start: number; count: number; stringsStart: number; utf8: boolean };

/** A string pool entry: UTF-16 (u16 length, high bit → two u16) or UTF-8 (UTF-16 length, then byte length, 1–2 bytes each). */
function poolString(pool: Pool, index: number): string | undefined {
  if (index >= pool.count) return undefined;
  const headerSize = u16At(pool.bytes, pool.start + 2);
  const at = pool.start + pool.stringsStart + u32At(pool.bytes, pool.start + headerSize + index * 4);
  const b = pool.bytes;
  if (pool.utf8) {
    let p = at;
    const skipLength = () => (p += b[p]! & 0x80 ? 2 : 1);
    skipLength();
    let length = b[p] ?? 0;
    if (length & 0x80) length = ((length & 0x7f) << 8) | (b[p + 1] ?? 0);
    skipLength();
    if (p + length > b.length) return undefined;
    return utf8.decode(b.subarray(p, p + length));
  }
  let length = u16At(b, at);
  let p = at + 2;
  if (length & 0x8000) {
    length = ((length & 0x7fff) << 16) | u16At(b, p);
    p += 2;
  }
  if (p + length * 2 > b.length) return undefined;
  return utf16.decode(b.subarray(p, p + length * 2));
}

function attributeValue(pool: Pool, bytes: Uint8Array, at: number): string | undefined {
  const raw = u32At(bytes, at + 8);
  if (raw !== NO_INDEX) return poolString(pool, raw);
  return bytes[at + 15] === TYPE_STRING ? poolString(pool, u32At(bytes, at + 16)) : undefined;
}

/** The package name the manifest declares, or undefined when the bytes are no binary manifest. */
export function manifestPackage(bytes: Uint8Array): string | undefined {
  if (bytes.length < 8 || u16At(bytes, 0) !== XML) return undefined;
  let pool: Pool | undefined;
  // Each chunk is at least its 8-byte header long, so the walk ends within bytes.length / 8 steps.
  for (let at = u16At(bytes, 2); at + 8 <= bytes.length; ) {
    const type = u16At(bytes, at);
    const headerSize = u16At(bytes, at + 2);
    const size = u32At(bytes, at + 4);
    if (size < 8 || at + size > bytes.length || headerSize > size) return undefined;
    if (type === STRING_POOL && !pool && headerSize >= 28) {
      pool = { bytes: bytes.subarray(0, at + size), start: at, count: u32At(bytes, at + 8), stringsStart: u32At(bytes, at + 20), utf8: (u32At(bytes, at + 16) & UTF8_FLAG) !== 0 };
    } else if (type === START_ELEMENT && pool) {
      const ext = at + headerSize;
      if (poolString(pool, u32At(bytes, ext + 4)) !== 'manifest') return undefined;
      const start = u16At(bytes, ext + 8);
      const step = u16At(bytes, ext + 10);
      const count = u16At(bytes, ext + 12);
      for (let i = 0; i < count; i++) {
        const attr = ext + start + i * step;
        if (attr + 20 > at + size) break;
        if (u32At(bytes, attr) === NO_INDEX && poolString(pool, u32At(bytes, attr + 4)) === 'package') return attributeValue(pool, bytes, attr);
      }
      return undefined;
    }
    at += size;
  }
  return undefined;
}
