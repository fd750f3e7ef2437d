import { describe, expect, it } from 'vitest';
import { downsample, judgePixels, measurePixels, PIXEL_THRESHOLDS } from './pixels';
import { blurred, darkened, decodeJpeg, documentImage, encodeJpeg, greyscale } from './test-images.test-support';
import type { RgbaImage } from './pixels';

// Measured after a JPEG round trip, as a stored material would be. The numbers the thresholds were chosen from are
// in pixels.ts; here each copy must land on its side of each threshold with room to spare.
const roundTrip = (image: RgbaImage) => decodeJpeg(encodeJpeg(image, 80));
const doc = documentImage();
const measured = (image: RgbaImage) => measurePixels(roundTrip(image));

describe('pixel measures', () => {
  it('a sharp, lit colour document trips nothing', () => {
    const m = measured(doc);
    expect(judgePixels(m)).toEqual({ greyscale: false, dark: false, blurry: false });
    expect(m.colourfulness).toBeGreaterThan(PIXEL_THRESHOLDS.greyscaleBelow * 5);
    expect(m.meanLuminance).toBeGreaterThan(PIXEL_THRESHOLDS.darkBelow * 3);
    expect(m.sharpness).toBeGreaterThan(PIXEL_THRESHOLDS.blurryBelow * 20);
  });

  it('a greyscale copy is greyscale, and only that', () => {
    expect(judgePixels(measured(greyscale(doc)))).toEqual({ greyscale: true, dark: false, blurry: false });
  });

  it('a photo at 15 % light is too dark, but neither grey nor blurred; at 30 % it passes', () => {
    expect(judgePixels(measured(darkened(doc, 0.15)))).toEqual({ greyscale: false, dark: true, blurry: false });
    expect(judgePixels(measured(darkened(doc, 0.3)))).toEqual({ greyscale: false, dark: false, blurry: false });
  });

  it('text blurred past reading is blurry; a slight blur is not called out', () => {
    expect(judgePixels(measured(blurred(doc, 8)))).toEqual({ greyscale: false, dark: false, blurry: true });
    expect(judgePixels(measured(blurred(doc, 1))).blurry).toBe(false);
  });

  it('a flat image has no edges to judge and is not called blurred', () => {
    const flat: RgbaImage = { width: 50, height: 50, data: new Uint8ClampedArray(50 * 50 * 4).fill(200) };
    expect(measurePixels(flat).sharpness).toBe(Number.POSITIVE_INFINITY);
  });

  it('measures on a copy of at most 512 px on the long side', () => {
    const small = downsample(documentImage(2000, 1200));
    expect(Math.max(small.width, small.height)).toBeLessThanOrEqual(512);
    expect(downsample(doc, 2000)).toBe(doc);
  });
});
