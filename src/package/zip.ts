import { inflateSync } from 'fflate';
import { u16At, u32At, u64At } from './bytes';
import { TruncatedError, type RandomAccessSource } from './source';

// The zip's directory read by offset. fflate's unzip wants the whole archive in memory; a 200 MB APK must not be,
// so the End of Central Directory and the directory are found here and fflate only inflates the entries we need.

export type ZipEntry = { name: string; method: number; flags: number; compressedSize: number; size: number; localOffset: number };
export type Zip = { source: RandomAccessSource; entries: ZipEntry[]; centralDirectoryOffset: number; centralDirectorySize: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const utf8 = new TextDecoder('utf-8');

export class NotZipError extends Error {}
export class TooLargeError extends Error {}

async function findEndRecord(source: RandomAccessSource): Promise<{ at: number; record: Uint8Array }> {
  const tailLength = Math.min(source.size, 22 + MAX_COMMENT);
  if (tailLength < 22) throw new NotZipError('too short for a zip');
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  // From the end backwards: the record whose comment length reaches exactly to the end of the file.
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32At(tail, i) === EOCD && i + 22 + u16At(tail, i + 20) === tail.length) return { at: tailStart + i, record: tail.subarray(i, i + 22) };
  }
  throw new NotZipError('no End of Central Directory record');
}

async function zip64Directory(source: RandomAccessSource, eocdAt: number): Promise<{ offset: number; size: number; count: number } | undefined> {
  if (eocdAt < 20) return undefined;
  const locator = await source.read(eocdAt - 20, 20);
  if (u32At(locator, 0) !== ZIP64_LOCATOR) return undefined;
  const recordAt = u64At(locator, 8);
  if (recordAt + 56 > source.size) throw new TruncatedError('zip64 record past the end');
  const record = await source.read(recordAt, 56);
  if (u32At(record, 0) !== ZIP64_EOCD) throw new NotZipError('bad zip64 End of Central Directory');
  return { count: u64At(record, 32), size: u64At(record, 40), offset: u64At(record, 48) };
}

/** The zip64 extra field holds, in order, only those of size, compressed size and offset that are 0xFFFFFFFF. */
function applyZip64(extra: Uint8Array, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = u16At(extra, at);
    const length = u16At(extra, at + 2);
    const body = extra.subarray(at + 4, at + 4 + length);
    if (id === 0x0001) {
      let p = 0;
      const next = () => {
        const v = u64At(body, p);
        p += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

export async function openZip(source: RandomAccessSource): Promise<Zip> {
  const { at: eocdAt, record } = await findEndRecord(source);
  let count = u16At(record, 10);
  let size = u32At(record, 12);
  let offset = u32At(record, 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const z64 = await zip64Directory(source, eocdAt);
    if (z64) ({ count, size, offset } = z64);
  }
  if (offset + size > eocdAt) throw new NotZipError('central directory overlaps its end record');
  const directory = await source.read(offset, size);
  const entries: ZipEntry[] = [];
  // Each record is at least 46 bytes, so the directory's own size bounds the loop whatever `count` claims.
  for (let at = 0; at + 46 <= directory.length && entries.length < count; ) {
    if (u32At(directory, at) !== CENTRAL) throw new NotZipError(`bad central directory record at ${offset + at}`);
    const nameLength = u16At(directory, at + 28);
    const extraLength = u16At(directory, at + 30);
    const commentLength = u16At(directory, at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > directory.length) throw new TruncatedError('central directory record past its end');
    const entry: ZipEntry = {
      name: utf8.decode(directory.subarray(at + 46, at + 46 + nameLength)),
      flags: u16At(directory, at + 8),
      method: u16At(directory, at + 10),
      compressedSize: u32At(directory, at + 20),
      size: u32At(directory, at + 24),
      localOffset: u32At(directory, at + 42),
    };
    applyZip64(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at = end;
  }
  return { source, entries, centralDirectoryOffset: offset, centralDirectorySize: size };
}

/** Where the entry's stored bytes begin (after its local header). */
export async function entryDataOffset(zip: Zip, entry: ZipEntry): Promise<number> {
  const local = await zip.source.read(entry.localOffset, 30);
  if (u32At(local, 0) !== LOCAL) throw new NotZipError(`no local header for ${entry.name}`);
  const start = entry.localOffset + 30 + u16At(local, 26) + u16At(local, 28);
  if (start + entry.compressedSize > zip.centralDirectoryOffset) throw new TruncatedError(`${entry.name} runs past the entries`);
  return start;
}

/** The entry's bytes, inflated; an entry larger than `limit` is refused rather than read. */
export async function readEntry(zip: Zip, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  if (entry.flags & 1) throw new NotZipError(`${entry.name} is encrypted`);
  if (entry.size > limit || entry.compressedSize > limit) throw new TooLargeError(`${entry.name} is ${entry.size} bytes`);
  const data = await zip.source.read(await entryDataOffset(zip, entry), entry.compressedSize);
  if (entry.method === 0) return data;
  // fflate writes into the buffer given and stops at its end: what is inflated never outgrows the declared size.
  if (entry.method === 8) return inflateSync(data, { out: new Uint8Array(entry.size) });
  throw new NotZipError(`${entry.name} uses compression method ${entry.method}`);
}

export const findEntry = (zip: Zip, test: (name: string) => boolean): ZipEntry | undefined => zip.entries.find((e) => test(e.name));
