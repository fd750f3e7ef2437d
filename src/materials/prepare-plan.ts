import type { Text } from '../rules/define-rule';
import { swapsSides } from './exif-orientation';
import type { PortalLimit } from './limits';

// What to do to an image so a portal takes it, decided from its header alone: the output size (aspect kept, never
// enlarged, legible), the type, and the JPEG qualities to try. Pure; prepare.ts carries it out with a canvas, and
// `searchFit` (also here, with the encoder passed in) picks the best attempt in a bounded number of encodes.

export type Size = { width: number; height: number };
export type OutputType = 'image/jpeg' | 'image/png';

export type PlanInput = {
  /** Stored pixel size (before EXIF rotation). */
  width: number;
  height: number;
  bytes: number;
  /** Sniffed type (inspectBytes). */
  type: string;
  /** EXIF orientation 1–8, if any. */
  orientation?: number;
  /** The material's kind; an APP图标 has no text to keep legible. */
  kind?: string;
};

export type PlanOptions = {
  /** Smallest long side to shrink to, unless the limit forces smaller; default LEGIBLE_LONG_SIDE (0 for an icon). */
  minLongSide?: number;
};

export type PreparePlan = {
  /** The file already fits: upright, an accepted type, within every bound. */
  keep: boolean;
  type: OutputType;
  /** Sizes to try, largest first; each smaller than the one before, the last never below the legibility floor. */
  sizes: Size[];
  /** JPEG qualities, best first (a PNG ignores them). */
  qualities: number[];
  /** Bytes to stay under, if the limit has a maximum (with a margin, see BYTE_MARGIN). */
  targetBytes?: number;
  /** Turn by EXIF (the canvas decodes with imageOrientation: 'from-image'). */
  rotate: boolean;
  /** What will be done, for the preview. */
  steps: Text[];
  /** What cannot be fixed here (too small to reach a minimum; not an image). */
  warnings: Text[];
};

/** Text on an ID or licence stays readable down to about this long side (the brief's floor; ours). */
export const LEGIBLE_LONG_SIDE = 1000;
/** Aim under the maximum by this share: some portals count a MB as 10⁶ bytes, not 2²⁰. */
export const BYTE_MARGIN = 0.95;
export const QUALITY_LADDER: readonly number[] = [0.92, 0.85, 0.78, 0.7, 0.6];
const SIZE_STEP = 0.8;
const MAX_SIZES = 5;

const upright = (input: PlanInput): Size =>
  swapsSides(input.orientation) ? { width: input.height, height: input.width } : { width: input.width, height: input.height };

/** [long, short] bounds of a limit's pixel pair, either way up (as limits.ts defines them). */
function bounds(a: number | undefined, b: number | undefined): [number, number] | undefined {
  if (a === undefined && b === undefined) return undefined;
  return [Math.max(a ?? 0, b ?? 0), Math.min(a ?? Infinity, b ?? Infinity)];
}

const scaled = (size: Size, scale: number): Size => ({ width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) });

function outputType(input: PlanInput, limit: PortalLimit | undefined): OutputType {
  const accepted = limit?.types ?? ['image/jpeg', 'image/png'];
  // A PNG stays a PNG only when it may and no byte limit makes its poor compression a problem.
  if (input.type === 'image/png' && accepted.includes('image/png') && (limit?.maxBytes === undefined || !accepted.includes('image/jpeg'))) return 'image/png';
  return accepted.includes('image/jpeg') || !accepted.includes('image/png') ? 'image/jpeg' : 'image/png';
}

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

/** Decides how to fit an image (known by its header) to a portal's limit; without a limit it only turns it upright. */
export function planPreparation(input: PlanInput, limit?: PortalLimit, options: PlanOptions = {}): PreparePlan {
  const size = upright(input);
  const long = Math.max(size.width, size.height);
  const short = Math.min(size.width, size.height);
  const rotate = input.orientation !== undefined && input.orientation !== 1;
  const type = outputType(input, limit);
  const targetBytes = limit?.maxBytes === undefined ? undefined : Math.floor(limit.maxBytes * BYTE_MARGIN);
  const steps: Text[] = [];
  const warnings: Text[] = [];

  const max = bounds(limit?.maxWidth, limit?.maxHeight);
  const min = bounds(limit?.minWidth, limit?.minHeight);
  const fitScale = Math.min(1, max ? Math.min(max[0] / long, max[1] / short) : 1);
  const legible = options.minLongSide ?? (input.kind === 'APP图标' ? 0 : LEGIBLE_LONG_SIDE);
  const floorScale = Math.min(fitScale, Math.max(legible / long, min ? Math.max(min[0] / long, min[1] / short) : 0));

  if (min && (long < min[0] || short < min[1])) {
    warnings.push({ zh: `图片只有 ${size.width}×${size.height} 像素，低于门户要求的 ${min[1]}×${min[0]}，无法放大；请重新拍摄或扫描`, en: `the image is ${size.width}×${size.height} px, under the portal's ${min[1]}×${min[0]}; it cannot be enlarged — retake or rescan it` });
  }

  const sizes: Size[] = [scaled(size, fitScale)];
  if (targetBytes !== undefined) {
    for (let scale = fitScale * SIZE_STEP; scale > floorScale && sizes.length < MAX_SIZES - 1; scale *= SIZE_STEP) sizes.push(scaled(size, scale));
    if (floorScale < fitScale) sizes.push(scaled(size, floorScale));
  }

  const typeAccepted = limit?.types ? limit.types.includes(input.type) : input.type === 'image/jpeg' || input.type === 'image/png';
  const bytesFit = targetBytes === undefined || input.bytes <= (limit?.maxBytes ?? Infinity);
  const keep = !rotate && fitScale === 1 && typeAccepted && bytesFit;

  // A file that fits is left as it is (re-encoding only loses quality); a minimum it misses is in the warnings.
  if (!keep && rotate) steps.push({ zh: `按 EXIF 方向（${input.orientation}）摆正`, en: `turn upright by EXIF (orientation ${input.orientation})` });
  if (!keep && fitScale < 1) steps.push({ zh: `缩小到 ${sizes[0]!.width}×${sizes[0]!.height} 像素`, en: `shrink to ${sizes[0]!.width}×${sizes[0]!.height} px` });
  if (!keep && input.type !== type) steps.push({ zh: `转为 ${type === 'image/jpeg' ? 'JPEG' : 'PNG'}`, en: `convert to ${type === 'image/jpeg' ? 'JPEG' : 'PNG'}` });
  if (!keep && targetBytes !== undefined && !bytesFit) steps.push({ zh: `压缩到 ${kb(limit?.maxBytes ?? targetBytes)} 以内`, en: `compress under ${kb(limit?.maxBytes ?? targetBytes)}` });

  const plan: PreparePlan = { keep, type, sizes, qualities: type === 'image/png' ? [1] : targetBytes === undefined ? [QUALITY_LADDER[0]!] : [...QUALITY_LADDER], rotate, steps, warnings };
  if (targetBytes !== undefined) plan.targetBytes = targetBytes;
  return plan;
}

/** Lays two ID sides out as one image: each at the same width, stacked, on white with a margin. */
export type Composition = { canvas: Size; front: Size & { x: number; y: number }; back: Size & { x: number; y: number } };

/** Margin around and between the sides, as a share of their width. */
const COMPOSE_MARGIN = 0.04;

/** The layout of a composed pair at natural size: the wider side shrinks to the narrower's width (never enlarged). */
export function composeLayout(front: Size, back: Size): Composition {
  const width = Math.min(front.width, back.width);
  const frontHeight = Math.round((front.height * width) / front.width);
  const backHeight = Math.round((back.height * width) / back.width);
  const margin = Math.round(width * COMPOSE_MARGIN);
  return {
    canvas: { width: width + 2 * margin, height: frontHeight + backHeight + 3 * margin },
    front: { x: margin, y: margin, width, height: frontHeight },
    back: { x: margin, y: 2 * margin + frontHeight, width, height: backHeight },
  };
}

/** The layout scaled to a canvas size from a plan's ladder. */
export function scaleLayout(layout: Composition, canvas: Size): Composition {
  const s = canvas.width / layout.canvas.width;
  const box = (b: Composition['front']) => ({ x: Math.round(b.x * s), y: Math.round(b.y * s), width: Math.max(1, Math.round(b.width * s)), height: Math.max(1, Math.round(b.height * s)) });
  return { canvas, front: box(layout.front), back: box(layout.back) };
}

/** The floor for a composed pair: each side keeps LEGIBLE_LONG_SIDE across, the pair's long side follows. */
export function composedMinLongSide(layout: Composition): number {
  const sideWidth = layout.front.width;
  const long = Math.max(layout.canvas.width, layout.canvas.height);
  return Math.round((long * Math.min(sideWidth, LEGIBLE_LONG_SIDE)) / sideWidth);
}

export type Attempt<T> = { result: T; bytes: number };
export type Fit<T> = { result: T; size: Size; quality: number; bytes: number; tries: number; fits: boolean };

/**
 * Encodes along a plan until the result fits `targetBytes`: per size, the best quality first (the common case: one
 * encode), then the worst (if even that is too big, the next size), then a binary search between. At most
 * 2 + ⌈log₂ qualities⌉ encodes per size. Without a target, one encode. When nothing fits, the smallest attempt.
 */
export async function searchFit<T>(plan: PreparePlan, encode: (size: Size, quality: number) => Promise<Attempt<T>>): Promise<Fit<T>> {
  let tries = 0;
  const attempt = async (size: Size, quality: number): Promise<Fit<T>> => {
    tries++;
    const { result, bytes } = await encode(size, quality);
    return { result, size, quality, bytes, tries, fits: plan.targetBytes === undefined || bytes <= plan.targetBytes };
  };
  const qualities = plan.qualities;
  let smallest: Fit<T> | undefined;
  for (const size of plan.sizes) {
    const best = await attempt(size, qualities[0]!);
    if (best.fits) return { ...best, tries };
    if (qualities.length === 1) {
      smallest = smallest && smallest.bytes <= best.bytes ? smallest : best;
      continue;
    }
    const worst = await attempt(size, qualities[qualities.length - 1]!);
    if (!worst.fits) {
      smallest = smallest && smallest.bytes <= worst.bytes ? smallest : worst;
      continue;
    }
    let fit = worst;
    let lo = 1;
    let hi = qualities.length - 1; // qualities[hi] fits, qualities[lo - 1] does not
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const tried = await attempt(size, qualities[mid]!);
      if (tried.fits) {
        hi = mid;
        fit = tried;
      } else lo = mid + 1;
    }
    return { ...fit, tries };
  }
  if (!smallest) throw new Error('searchFit: a plan without sizes');
  return { ...smallest, tries, fits: false };
}
