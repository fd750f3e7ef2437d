// Measures on decoded RGBA pixels that tell a greyscale copy, a too-dark photo or a blurred one. The caller decodes
// (canvas in the extension, jpeg-js/pngjs in tests); everything here is pure arithmetic on a ≤ 512 px copy.

export type RgbaImage = { width: number; height: number; data: Uint8ClampedArray | Uint8Array };

export type PixelMeasures = {
  /** Hasler–Süsstrunk colourfulness M (0 for pure grey; ≈ 15 "slightly colourful", ≥ 33 "moderately"). */
  colourfulness: number;
  /** Mean luma (Rec. 601), 0–255. */
  meanLuminance: number;
  /**
   * Variance of the 4-neighbour Laplacian of the luma over the variance of the luma itself: low when edges are soft.
   * Divided so that a dim or low-contrast but sharp photo is not called blurred (both variances scale with contrast²).
   * Infinity for a flat image, which has no edges to judge.
   */
  sharpness: number;
};

/**
 * Thresholds chosen on the generated test images (pixels.test.ts, measured after a JPEG round trip): a colour
 * document measured M ≈ 57 and its greyscale copy 0 (a dim colour copy still ≈ 9); a lit one luma ≈ 187 and a copy at
 * 15 % light ≈ 28 (30 % ≈ 55); sharpness ≈ 0.7–1.2 sharp, 0.18 / 0.036 / 0.004 after a Gaussian-like blur of σ ≈ 0.75 /
 * 1.5 / 3 px on the 512 px copy. They are conservative on purpose — each sits at the bad end of the gap, so only a
 * plain photocopy, a really dark photo or text blurred past reading trips them — because a false alarm costs the agent
 * more than a miss (they become warnings, never errors).
 */
export const PIXEL_THRESHOLDS = {
  /** Below this colourfulness a scan reads as greyscale (a photocopy). */
  greyscaleBelow: 4,
  /** Below this mean luma (0–255) a photo reads as too dark. */
  darkBelow: 40,
  /** Below this normalised Laplacian variance (on the ≤ 512 px copy) a photo reads as blurred. */
  blurryBelow: 0.01,
} as const;

export type PixelThresholds = { greyscaleBelow: number; darkBelow: number; blurryBelow: number };

export const MEASURE_LONG_SIDE = 512;

/** A box-filtered copy whose long side is at most `longSide` (the image itself when it is small enough). */
export function downsample(image: RgbaImage, longSide = MEASURE_LONG_SIDE): RgbaImage {
  const factor = Math.ceil(Math.max(image.width, image.height) / longSide);
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8ClampedArray(width * height * 4);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let dy = 0; dy < factor; dy++) {
        let at = ((y * factor + dy) * image.width + x * factor) * 4;
        for (let dx = 0; dx < factor; dx++, at += 4) {
          r += image.data[at]!;
          g += image.data[at + 1]!;
          b += image.data[at + 2]!;
          a += image.data[at + 3]!;
        }
      }
      const out = (y * width + x) * 4;
      data[out] = r / area;
      data[out + 1] = g / area;
      data[out + 2] = b / area;
      data[out + 3] = a / area;
    }
  }
  return { width, height, data };
}

/** Colourfulness, brightness and sharpness of an image, measured on its ≤ 512 px copy. */
export function measurePixels(full: RgbaImage): PixelMeasures {
  const image = downsample(full);
  const count = image.width * image.height;
  if (count === 0) return { colourfulness: 0, meanLuminance: 0, sharpness: 0 };
  const luma = new Float32Array(count);
  let sumRg = 0;
  let sumYb = 0;
  let sumRg2 = 0;
  let sumYb2 = 0;
  let sumLuma = 0;
  for (let i = 0; i < count; i++) {
    const r = image.data[i * 4]!;
    const g = image.data[i * 4 + 1]!;
    const b = image.data[i * 4 + 2]!;
    const rg = r - g;
    const yb = 0.5 * (r + g) - b;
    sumRg += rg;
    sumYb += yb;
    sumRg2 += rg * rg;
    sumYb2 += yb * yb;
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    luma[i] = y;
    sumLuma += y;
  }
  const meanRg = sumRg / count;
  const meanYb = sumYb / count;
  const varRg = Math.max(0, sumRg2 / count - meanRg * meanRg);
  const varYb = Math.max(0, sumYb2 / count - meanYb * meanYb);
  const colourfulness = Math.sqrt(varRg + varYb) + 0.3 * Math.sqrt(meanRg * meanRg + meanYb * meanYb);
  const meanLuminance = sumLuma / count;
  let lumaVariance = 0;
  for (const y of luma) lumaVariance += (y - meanLuminance) ** 2;
  lumaVariance /= count;
  const sharpness = lumaVariance < 1 ? Number.POSITIVE_INFINITY : laplacianVariance(luma, image.width, image.height) / lumaVariance;
  return { colourfulness, meanLuminance, sharpness };
}

function laplacianVariance(luma: Float32Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sum2 = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const value = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
      sum += value;
      sum2 += value * value;
      n++;
    }
  }
  const mean = sum / n;
  return sum2 / n - mean * mean;
}

export type PixelVerdict = { greyscale: boolean; dark: boolean; blurry: boolean };

export function judgePixels(measures: PixelMeasures, thresholds: PixelThresholds = PIXEL_THRESHOLDS): PixelVerdict {
  return {
    greyscale: measures.colourfulness < thresholds.greyscaleBelow,
    dark: measures.meanLuminance < thresholds.darkBelow,
    blurry: measures.sharpness < thresholds.blurryBelow,
  };
}
