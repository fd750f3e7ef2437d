import { describe, expect, it } from 'vitest';
import { inspectBytes, normaliseType } from './inspect';
import { documentImage, encodeJpeg, encodePng, gifBytes, pdfBytes } from './test-images.test-support';

const doc = documentImage(640, 404);

describe('inspectBytes', () => {
  it('reads a JPEG: type, size from the SOF header, no orientation', () => {
    const bytes = encodeJpeg(doc);
    expect(inspectBytes(bytes, 'image/jpeg')).toMatchObject({ type: 'image/jpeg', format: 'jpeg', mismatch: false, width: 640, height: 404, displayWidth: 640, displayHeight: 404, bytes: bytes.length });
    expect(inspectBytes(bytes, 'image/jpeg').orientation).toBeUndefined();
  });

  it('reads the EXIF orientation and turns the shown size for orientation 6', () => {
    const inspection = inspectBytes(encodeJpeg(doc, 85, 6), 'image/jpeg');
    expect(inspection).toMatchObject({ orientation: 6, width: 640, height: 404, displayWidth: 404, displayHeight: 640 });
    expect(inspectBytes(encodeJpeg(doc, 85, 3), 'image/jpeg')).toMatchObject({ orientation: 3, displayWidth: 640 });
  });

  it('reads a PNG size from IHDR', () => {
    expect(inspectBytes(encodePng(documentImage(300, 200)), 'image/png')).toMatchObject({ type: 'image/png', width: 300, height: 200, mismatch: false });
  });

  it('does not trust the declared type: a GIF or a PDF named as a JPEG', () => {
    expect(inspectBytes(gifBytes(), 'image/jpeg')).toMatchObject({ type: 'other', format: 'gif', mismatch: true });
    expect(inspectBytes(pdfBytes(), 'image/jpeg')).toMatchObject({ type: 'application/pdf', format: 'pdf', mismatch: true });
    expect(inspectBytes(encodePng(documentImage(30, 20)), 'image/jpeg')).toMatchObject({ type: 'image/png', mismatch: true });
  });

  it('takes type aliases and an empty declared type without crying mismatch', () => {
    expect(normaliseType(' IMAGE/JPG; q=1')).toBe('image/jpeg');
    expect(inspectBytes(encodeJpeg(doc), 'image/jpg').mismatch).toBe(false);
    expect(inspectBytes(encodeJpeg(doc), '').mismatch).toBe(false);
  });

  it('survives truncated and empty files', () => {
    const bytes = encodeJpeg(doc, 85, 6);
    for (const length of [0, 1, 3, 10, 30, 60]) expect(() => inspectBytes(bytes.subarray(0, length), 'image/jpeg')).not.toThrow();
    expect(inspectBytes(new Uint8Array(), '')).toMatchObject({ type: 'other', format: 'unknown', bytes: 0 });
  });
});
