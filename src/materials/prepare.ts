import type { Text } from '../rules/define-rule';
import { inspectBytes, type ByteInspection } from './inspect';
import type { PortalLimit } from './limits';
import { composedMinLongSide, composeLayout, planPreparation, scaleLayout, searchFit, type OutputType, type PreparePlan, type Size } from './prepare-plan';

// Carries out a plan in the browser (extension pages, workers): decode upright with createImageBitmap, draw on an
// OffscreenCanvas over white, encode with convertToBlob. Resizing is the browser's own high-quality resampler
// (createImageBitmap resizeQuality 'high'), falling back to drawImage in halving steps where a browser ignores the
// resize options: no pica, whose worker and wasm set-up an extension's CSP complicates, for no visible gain here.

export type PreparedImage = {
  blob: Blob;
  width: number;
  height: number;
  type: string;
  /** What was done, for the preview. */
  steps: Text[];
  /** What could not be fixed (under a minimum; no quality small enough). */
  warnings: Text[];
  /** The result is within the limit's bytes (and pixels, as far as shrinking can reach). */
  fits: boolean;
  /** Encodes made. */
  tries: number;
};

/** A file prepare cannot work on (a PDF, or bytes the browser cannot decode); `text` is for the agent. */
export class PrepareError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'PrepareError';
  }
}

type Drawable = ImageBitmap | OffscreenCanvas;

const sizeKey = (size: Size) => `${size.width}x${size.height}`;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.round(bytes / 1024)} KB`);

function context(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PrepareError({ zh: '浏览器无法创建画布', en: 'the browser could not create a canvas' });
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  return ctx;
}

/** Halves with drawImage until one more step reaches the size: each step averages 2×2, so nothing aliases. */
function stepDown(source: Drawable, size: Size): OffscreenCanvas {
  let current: Drawable = source;
  while (current.width / 2 >= size.width && current.height / 2 >= size.height) {
    const half = new OffscreenCanvas(Math.round(current.width / 2), Math.round(current.height / 2));
    context(half).drawImage(current, 0, 0, half.width, half.height);
    current = half;
  }
  const out = new OffscreenCanvas(size.width, size.height);
  context(out).drawImage(current, 0, 0, size.width, size.height);
  return out;
}

async function decodeWhole(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    throw new PrepareError({ zh: '无法解码此图片（不是浏览器能读的图片格式）', en: 'cannot decode this image (not a format the browser reads)' });
  }
}

/** The image upright at exactly `size`. */
async function decodeAt(blob: Blob, size: Size): Promise<Drawable> {
  try {
    const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image', resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
    if (bitmap.width === size.width && bitmap.height === size.height) return bitmap;
    bitmap.close(); // resize ignored, or applied before the turn: draw it down ourselves
  } catch {
    // a browser without the resize options: draw it down ourselves
  }
  const whole = await decodeWhole(blob);
  if (whole.width === size.width && whole.height === size.height) return whole;
  const drawn = stepDown(whole, size);
  whole.close();
  return drawn;
}

/** Decodes each size once, however many qualities are tried on it. */
function decoder(blob: Blob): { at: (size: Size) => Promise<Drawable>; close: () => void } {
  const cache = new Map<string, Promise<Drawable>>();
  return {
    at: (size) => {
      const key = sizeKey(size);
      let hit = cache.get(key);
      if (!hit) cache.set(key, (hit = decodeAt(blob, size)));
      return hit;
    },
    close: () => {
      for (const pending of cache.values()) void pending.then((d) => (d instanceof ImageBitmap ? d.close() : undefined), () => undefined);
    },
  };
}

async function encodeCanvas(size: Size, draw: (ctx: OffscreenCanvasRenderingContext2D) => void, type: OutputType, quality: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(size.width, size.height);
  const ctx = context(canvas);
  ctx.fillStyle = '#ffffff'; // a PNG's transparency turns white, not black, in a JPEG
  ctx.fillRect(0, 0, size.width, size.height);
  draw(ctx);
  return canvas.convertToBlob({ type, quality });
}

async function readHeader(blob: Blob): Promise<ByteInspection> {
  const inspection = inspectBytes(new Uint8Array(await blob.arrayBuffer()), blob.type);
  if (inspection.type === 'application/pdf') {
    throw new PrepareError({ zh: 'PDF 无法在此转换；请上传证件的图片（JPG/PNG）', en: 'a PDF cannot be converted here; add an image (JPG/PNG) of the document' });
  }
  return inspection;
}

/** The upright size, from the header when it has one, else by decoding. */
async function uprightSize(blob: Blob, inspection: ByteInspection): Promise<Size> {
  if (inspection.displayWidth !== undefined && inspection.displayHeight !== undefined) return { width: inspection.displayWidth, height: inspection.displayHeight };
  const whole = await decodeWhole(blob);
  const size = { width: whole.width, height: whole.height };
  whole.close();
  return size;
}

const resultStep = (blob: Blob, size: Size, type: OutputType, quality: number): Text => {
  const what = type === 'image/jpeg' ? `JPEG ${Math.round(quality * 100)}` : 'PNG';
  return { zh: `结果：${size.width}×${size.height} 像素，${kb(blob.size)}，${what}`, en: `result: ${size.width}×${size.height} px, ${kb(blob.size)}, ${what}` };
};

const NOT_FIT: Text = { zh: '已缩到可辨认的最小尺寸和最低质量，仍超过大小上限；请换一张更小或更简洁的原图', en: 'at the smallest legible size and lowest quality it is still too large; use a smaller or plainer original' };

async function run(plan: PreparePlan, draw: (size: Size) => Promise<(ctx: OffscreenCanvasRenderingContext2D) => void>) {
  return searchFit(plan, async (size, quality) => {
    const blob = await encodeCanvas(size, await draw(size), plan.type, quality);
    return { result: blob, bytes: blob.size };
  });
}

/** Fits one image to a limit: upright by EXIF, shrunk and re-encoded as needed; unchanged when it already fits. */
export async function prepareImage(blob: Blob, limit?: PortalLimit, options: { kind?: string } = {}): Promise<PreparedImage> {
  const inspection = await readHeader(blob);
  const known = inspection.width !== undefined && inspection.height !== undefined;
  const upright = await uprightSize(blob, inspection);
  // Without a header the size came from an upright decode, so the stored size is the upright one.
  const stored = known ? { width: inspection.width ?? 0, height: inspection.height ?? 0 } : upright;
  const input = { ...stored, bytes: blob.size, type: inspection.type, kind: options.kind };
  const plan = planPreparation(known && inspection.orientation !== undefined ? { ...input, orientation: inspection.orientation } : input, limit);
  if (plan.keep) {
    return { blob, ...upright, type: inspection.type, steps: [{ zh: '已符合要求，未作改动', en: 'already fits; left unchanged' }], warnings: plan.warnings, fits: true, tries: 0 };
  }
  const images = decoder(blob);
  try {
    const fit = await run(plan, async (size) => {
      const image = await images.at(size);
      return (ctx) => ctx.drawImage(image, 0, 0, size.width, size.height);
    });
    const warnings = fit.fits ? plan.warnings : [...plan.warnings, NOT_FIT];
    return { blob: fit.result, ...fit.size, type: plan.type, steps: [...plan.steps, resultStep(fit.result, fit.size, plan.type, fit.quality)], warnings, fits: fit.fits, tries: fit.tries };
  } finally {
    images.close();
  }
}

/** One image of an ID's two sides (seed 002): front above back, the same width, on white with a margin, fitted to the limit. */
export async function composeIdPair(front: Blob, back: Blob, limit?: PortalLimit): Promise<PreparedImage> {
  const [frontSize, backSize] = await Promise.all([front, back].map(async (blob) => uprightSize(blob, await readHeader(blob))));
  const layout = composeLayout(frontSize!, backSize!);
  const plan = planPreparation(
    { ...layout.canvas, bytes: Number.POSITIVE_INFINITY, type: 'image/jpeg', kind: '负责人证件人像面' },
    limit,
    { minLongSide: composedMinLongSide(layout) },
  );
  const fronts = decoder(front);
  const backs = decoder(back);
  try {
    const fit = await run(plan, async (size) => {
      const at = scaleLayout(layout, size);
      const [top, bottom] = await Promise.all([fronts.at(at.front), backs.at(at.back)]);
      return (ctx) => {
        ctx.drawImage(top!, at.front.x, at.front.y, at.front.width, at.front.height);
        ctx.drawImage(bottom!, at.back.x, at.back.y, at.back.width, at.back.height);
      };
    });
    const composed: Text = { zh: '合成：人像面在上、国徽面在下，同宽，白底留边', en: 'composed: front above back, same width, on white with a margin' };
    const steps = [composed, ...plan.steps.filter((s) => !s.en.startsWith('convert')), resultStep(fit.result, fit.size, plan.type, fit.quality)];
    const warnings = fit.fits ? plan.warnings : [...plan.warnings, NOT_FIT];
    return { blob: fit.result, ...fit.size, type: plan.type, steps, warnings, fits: fit.fits, tries: fit.tries };
  } finally {
    fronts.close();
    backs.close();
  }
}
