import { decode, encode } from 'jpeg-js';
import { PNG } from 'pngjs';
import { withExifOrientation } from './bench';
import type { RgbaImage } from './pixels';
import { random } from './prng';

// Test support: images generated in code (never binary fixtures) — a colour "document" with a header band, a
// photo block, a red seal and lines of "text" — and the copies that should trip each check. Not in the extension.


function blank(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8ClampedArray(width * height * 4) };
}

function fillRect(image: RgbaImage, x0: number, y0: number, w: number, h: number, [r, g, b]: readonly number[]): void {
  for (let y = Math.max(0, y0); y < Math.min(image.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x0 + w); x++) {
      const at = (y * image.width + x) * 4;
      image.data[at] = r!;
      image.data[at + 1] = g!;
      image.data[at + 2] = b!;
      image.data[at + 3] = 255;
    }
  }
}

/** A colour scan of a card or licence: pale tinted paper, blue band, skin-toned photo, red seal, dark text. */
export function documentImage(width = 1280, height = 808, seed = 17): RgbaImage {
  const next = random(seed);
  const image = blank(width, height);
  fillRect(image, 0, 0, width, height, [236, 226, 205]);
  fillRect(image, 0, 0, width, Math.round(height * 0.12), [40, 90, 170]);
  fillRect(image, Math.round(width * 0.68), Math.round(height * 0.22), Math.round(width * 0.25), Math.round(height * 0.55), [214, 168, 140]);
  const cx = Math.round(width * 0.8);
  const cy = Math.round(height * 0.82);
  const radius = Math.round(height * 0.1);
  for (let y = cy - radius; y <= cy + radius; y++) {
    for (let x = cx - radius; x <= cx + radius; x++) {
      const d = Math.hypot(x - cx, y - cy);
      if (d <= radius && d >= radius * 0.8) fillRect(image, x, y, 1, 1, [200, 30, 35]);
    }
  }
  const lineHeight = Math.max(4, Math.round(height * 0.018));
  for (let row = 0; row < 14; row++) {
    const y = Math.round(height * 0.2) + row * lineHeight * 2.6;
    let x = Math.round(width * 0.05);
    const end = Math.round(width * (0.35 + next() * 0.3));
    while (x < end) {
      const glyph = Math.max(2, Math.round(lineHeight * (0.4 + next() * 0.8)));
      fillRect(image, x, Math.round(y), glyph, lineHeight, [25, 25, 30]);
      x += glyph + Math.max(2, Math.round(lineHeight * 0.5));
    }
  }
  return image;
}

const mapPixels = (image: RgbaImage, f: (r: number, g: number, b: number) => [number, number, number]): RgbaImage => {
  const data = new Uint8ClampedArray(image.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = f(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!);
    data[i] = r;
    data[i + 1] = g;
    data[i + 2] = b;
    data[i + 3] = image.data[i + 3]!;
  }
  return { width: image.width, height: image.height, data };
};

/** A photocopy: the luma only. */
export const greyscale = (image: RgbaImage): RgbaImage =>
  mapPixels(image, (r, g, b) => {
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    return [y, y, y];
  });

/** A photo in a dim room. */
export const darkened = (image: RgbaImage, factor = 0.15): RgbaImage => mapPixels(image, (r, g, b) => [r * factor, g * factor, b * factor]);

/** An out-of-focus photo: a separable box blur of the given radius, applied `passes` times (≈ Gaussian). */
export function blurred(image: RgbaImage, radius: number, passes = 3): RgbaImage {
  let current = image;
  for (let p = 0; p < passes; p++) current = boxPass(boxPass(current, radius, true), radius, false);
  return current;
}

function boxPass(image: RgbaImage, radius: number, horizontal: boolean): RgbaImage {
  const { width, height } = image;
  const data = new Uint8ClampedArray(image.data.length);
  const lines = horizontal ? height : width;
  const length = horizontal ? width : height;
  const index = (line: number, i: number) => (horizontal ? line * width + i : i * width + line) * 4;
  for (let line = 0; line < lines; line++) {
    for (let c = 0; c < 4; c++) {
      let sum = 0;
      for (let i = -radius; i <= radius; i++) sum += image.data[index(line, Math.min(length - 1, Math.max(0, i)))! + c]!;
      for (let i = 0; i < length; i++) {
        data[index(line, i) + c] = sum / (2 * radius + 1);
        const out = Math.max(0, i - radius);
        const incoming = Math.min(length - 1, i + radius + 1);
        sum += image.data[index(line, incoming) + c]! - image.data[index(line, out) + c]!;
      }
    }
  }
  return { width, height, data };
}

/** A JPEG of the image; with `orientation`, an EXIF APP1 segment saying how to turn it. */
export function encodeJpeg(image: RgbaImage, quality = 85, orientation?: number): Uint8Array {
  const encoded = new Uint8Array(encode({ width: image.width, height: image.height, data: image.data }, quality).data);
  return orientation === undefined ? encoded : withExifOrientation(encoded, orientation);
}

export function decodeJpeg(bytes: Uint8Array): RgbaImage {
  const decoded = decode(bytes, { useTArray: true, formatAsRGBA: true });
  return { width: decoded.width, height: decoded.height, data: decoded.data };
}

export function encodePng(image: RgbaImage): Uint8Array {
  const png = new PNG({ width: image.width, height: image.height });
  png.data.set(image.data);
  return new Uint8Array(PNG.sync.write(png));
}

/** The smallest GIF: 1×1, one colour. */
export const gifBytes = (): Uint8Array =>
  new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 255, 255, 255, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b]);

export const pdfBytes = (): Uint8Array => new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
