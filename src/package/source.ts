// Where the bytes of a package come from. A 200 MB APK is never read whole: readers ask for the ranges they need.

export type RandomAccessSource = {
  readonly size: number;
  /** Exactly `length` bytes from `offset`; rejects a range past the end. */
  read(offset: number, length: number): Promise<Uint8Array>;
};

export class TruncatedError extends Error {}

function checkRange(size: number, offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > size) {
    throw new TruncatedError(`range ${offset}+${length} lies outside a file of ${size} bytes`);
  }
}

/** Over a `File` or `Blob` (the options page's drop zone): each read slices the blob. */
export function blobSource(blob: Blob): RandomAccessSource {
  return {
    size: blob.size,
    async read(offset, length) {
      checkRange(blob.size, offset, length);
      return new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
    },
  };
}

/** Over bytes already in memory (the automation API receives base64). */
export function bytesSource(bytes: Uint8Array): RandomAccessSource {
  return {
    size: bytes.length,
    async read(offset, length) {
      checkRange(bytes.length, offset, length);
      return bytes.subarray(offset, offset + length);
    },
  };
}

/** A part of another source, e.g. a stored `.hap` inside an `.app`. */
export function sliceSource(source: RandomAccessSource, start: number, size: number): RandomAccessSource {
  checkRange(source.size, start, size);
  return {
    size,
    async read(offset, length) {
      checkRange(size, offset, length);
      return source.read(start + offset, length);
    },
  };
}
