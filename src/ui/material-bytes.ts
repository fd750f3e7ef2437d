import { inspectBytes, type ByteInspection } from '../materials/inspect';
import { MEASURE_LONG_SIDE, measurePixels, type PixelMeasures } from '../materials/pixels';
import type { MaterialInspection } from '../rules/materials';
import { fromBase64, toBase64 } from '../vault/crypto';
import { hex, type NewBytes } from './materials-model';

// A material's bytes in the page: read, hashed (WebCrypto), sniffed (inspectBytes) and measured on a small decoded
// copy (createImageBitmap resizes while decoding, so a 4000 px photo never lands whole in a canvas).

export type ReadFile = { bytes: Uint8Array<ArrayBuffer>; inspection: ByteInspection; sha256: string; data: string };

export async function sha256Of(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}

export async function readBytes(bytes: Uint8Array<ArrayBuffer>, declaredType: string): Promise<ReadFile> {
  return { bytes, inspection: inspectBytes(bytes, declaredType), sha256: await sha256Of(bytes), data: toBase64(bytes) };
}

export const bytesOfData = (data: string): Uint8Array<ArrayBuffer> => fromBase64(data);

/** Colour, light and sharpness of an image on a copy whose long side is MEASURE_LONG_SIDE; undefined for a PDF or bytes the browser cannot decode. */
export async function measureBytes(bytes: Uint8Array<ArrayBuffer>, inspection: ByteInspection): Promise<PixelMeasures | undefined> {
  if (inspection.type !== 'image/jpeg' && inspection.type !== 'image/png') return undefined;
  const blob = new Blob([bytes], { type: inspection.type });
  const width = inspection.displayWidth ?? inspection.width;
  const height = inspection.displayHeight ?? inspection.height;
  const scale = width && height ? Math.min(1, MEASURE_LONG_SIDE / Math.max(width, height)) : 1;
  try {
    const resize = width && height && scale < 1 ? { resizeWidth: Math.max(1, Math.round(width * scale)), resizeHeight: Math.max(1, Math.round(height * scale)), resizeQuality: 'medium' as const } : {};
    const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image', ...resize });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.drawImage(bitmap, 0, 0);
    bitmap.close();
    return measurePixels(ctx.getImageData(0, 0, canvas.width, canvas.height));
  } catch {
    return undefined; // an image the browser cannot decode: the card says what inspectBytes found, no pixel verdict
  }
}

export async function inspectMaterialBytes(bytes: Uint8Array<ArrayBuffer>, declaredType: string): Promise<MaterialInspection> {
  const inspection = inspectBytes(bytes, declaredType);
  const pixels = await measureBytes(bytes, inspection);
  return pixels ? { bytes: inspection, pixels } : { bytes: inspection };
}

/** The facts of a prepared image's bytes, to replace a material's or make a new one. */
export async function factsOf(blob: Blob, width: number, height: number): Promise<NewBytes & { bytes: Uint8Array<ArrayBuffer> }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const inspection = inspectBytes(bytes, blob.type);
  return { bytes, type: inspection.type === 'other' ? blob.type : inspection.type, size: bytes.length, width, height, sha256: await sha256Of(bytes), data: toBase64(bytes) };
}
