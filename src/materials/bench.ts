import type { PortalLimit } from './limits';
import { composeIdPair, type PreparedImage } from './prepare';
import { random } from './prng';

// Synthetic photos and the "compose and compress an ID pair" timing (issue 17: ≤ 500 ms for two 4000×3000 photos).
// Browser only (OffscreenCanvas); the e2e spec and `npm run bench` load it bundled into a blank Chromium page.

/** Inserts an `APP1 Exif` segment holding only IFD0 Orientation right after a JPEG's SOI marker (big-endian TIFF). */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array<ArrayBuffer> {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = payload.length + 2;
  const segment = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}


/**
 * A photo-like JPEG: a lit gradient, a card with coloured blocks and lines of text, and a fine noise layer so it
 * compresses like a camera picture, not like a flat drawing. With `orientation`, an EXIF tag saying how to turn it.
 */
export async function syntheticPhoto(width: number, height: number, options: { seed?: number; quality?: number; orientation?: number } = {}): Promise<Blob> {
  const next = random(options.seed ?? 1);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const light = ctx.createLinearGradient(0, 0, width, height);
  light.addColorStop(0, '#8a8f98');
  light.addColorStop(1, '#5b5046');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, width, height);
  const card = { x: width * 0.1, y: height * 0.15, w: width * 0.8, h: height * 0.7 };
  ctx.fillStyle = '#ece2cd';
  ctx.fillRect(card.x, card.y, card.w, card.h);
  ctx.fillStyle = '#285aaa';
  ctx.fillRect(card.x, card.y, card.w, card.h * 0.12);
  ctx.fillStyle = '#d6a88c';
  ctx.fillRect(card.x + card.w * 0.68, card.y + card.h * 0.22, card.w * 0.25, card.h * 0.55);
  ctx.fillStyle = '#19191e';
  ctx.font = `${Math.round(card.h * 0.045)}px sans-serif`;
  for (let row = 0; row < 10; row++) {
    const text = Array.from({ length: 8 + Math.floor(next() * 14) }, () => String.fromCharCode(65 + Math.floor(next() * 26))).join('');
    ctx.fillText(text, card.x + card.w * 0.05, card.y + card.h * (0.25 + row * 0.065));
  }
  const tile = new ImageData(256, 256);
  for (let i = 0; i < tile.data.length; i += 4) {
    const v = Math.floor(next() * 256);
    tile.data[i] = v;
    tile.data[i + 1] = v;
    tile.data[i + 2] = v;
    tile.data[i + 3] = 255;
  }
  const noise = new OffscreenCanvas(256, 256);
  noise.getContext('2d')?.putImageData(tile, 0, 0);
  const pattern = ctx.createPattern(noise, 'repeat');
  if (pattern) {
    ctx.globalAlpha = 0.08;
    ctx.fillStyle = pattern;
    ctx.fillRect(0, 0, width, height);
    ctx.globalAlpha = 1;
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: options.quality ?? 0.9 });
  if (options.orientation === undefined) return blob;
  const bytes = withExifOrientation(new Uint8Array(await blob.arrayBuffer()), options.orientation);
  return new Blob([bytes], { type: 'image/jpeg' });
}

/** The bench limit: a 2 MB, 1500 px portal. */
export const BENCH_LIMIT: PortalLimit = { types: ['image/jpeg'], maxBytes: 2 * 1024 * 1024, maxWidth: 1500, maxHeight: 1500, composeIdSides: true, source: 'bench' };

export type BenchResult = { ms: number; width: number; height: number; bytes: number; type: string; tries: number; fits: boolean; /** Decoding both photos once, the work no compose can skip. */ decodeMs: number };

/** Times composing and compressing an ID pair from two 4000×3000 photos (made beforehand, not timed). */
export async function benchComposeAndCompress(limit: PortalLimit = BENCH_LIMIT): Promise<BenchResult> {
  const [front, back] = await Promise.all([syntheticPhoto(4000, 3000, { seed: 1 }), syntheticPhoto(4000, 3000, { seed: 2 })]);
  const decodeStart = performance.now();
  for (const photo of [front!, back!]) (await createImageBitmap(photo)).close();
  const decodeMs = performance.now() - decodeStart;
  const started = performance.now();
  const result: PreparedImage = await composeIdPair(front!, back!, limit);
  const ms = performance.now() - started;
  return { ms, width: result.width, height: result.height, bytes: result.blob.size, type: result.type, tries: result.tries, fits: result.fits, decodeMs };
}
