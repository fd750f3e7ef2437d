// Little-endian reads that never run past a buffer: every length in a package is untrusted.

import { TruncatedError } from './source';

export class Reader {
  private readonly view: DataView;
  pos = 0;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get remaining(): number {
    return this.bytes.length - this.pos;
  }
  private need(n: number): number {
    if (n < 0 || n > this.remaining) throw new TruncatedError(`${n} bytes wanted at ${this.pos}, ${this.remaining} left`);
    const at = this.pos;
    this.pos += n;
    return at;
  }
  u16(): number {
    return this.view.getUint16(this.need(2), true);
  }
  u32(): number {
    return this.view.getUint32(this.need(4), true);
  }
  /** A u64 as a number; past 2^53 it is no length a real file has. */
  u64(): number {
    const at = this.need(8);
    const value = this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw new TruncatedError(`length ${value} is beyond any file`);
    return value;
  }
  take(n: number): Uint8Array {
    const at = this.need(n);
    return this.bytes.subarray(at, at + n);
  }
  /** A uint32-length-prefixed slice, as the APK signature schemes nest everything. */
  prefixed(): Reader {
    return new Reader(this.take(this.u32()));
  }
}

export const u16At = (b: Uint8Array, at: number): number => {
  if (at < 0 || at + 2 > b.length) throw new TruncatedError(`u16 at ${at} of ${b.length}`);
  return b[at]! | (b[at + 1]! << 8);
};
export const u32At = (b: Uint8Array, at: number): number => {
  if (at < 0 || at + 4 > b.length) throw new TruncatedError(`u32 at ${at} of ${b.length}`);
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 2 ** 24;
};
export const u64At = (b: Uint8Array, at: number): number => {
  const value = u32At(b, at) + u32At(b, at + 4) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw new TruncatedError(`length ${value} is beyond any file`);
  return value;
};

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();

export const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
