import { describe, expect, it } from 'vitest';
import { PORTAL_LIMITS, mergedLimit } from './limits';
import { BYTE_MARGIN, composedMinLongSide, composeLayout, LEGIBLE_LONG_SIDE, planPreparation, QUALITY_LADDER, scaleLayout, searchFit, type Size } from './prepare-plan';

const photo = { width: 4000, height: 3000, bytes: 5_000_000, type: 'image/jpeg' };
const longSide = (s: Size) => Math.max(s.width, s.height);

describe('planPreparation', () => {
  it('keeps a file that already fits', () => {
    const plan = planPreparation({ width: 1200, height: 800, bytes: 300_000, type: 'image/jpeg' }, mergedLimit('tencent', '负责人证件人像面'));
    expect(plan).toMatchObject({ keep: true, steps: [], warnings: [] });
  });

  it('shrinks to the pixel bound keeping the aspect, and never enlarges', () => {
    const plan = planPreparation(photo, { maxWidth: 1500, maxHeight: 1500, source: 't' });
    expect(plan.keep).toBe(false);
    expect(plan.sizes[0]).toEqual({ width: 1500, height: 1125 });
    const small = planPreparation({ width: 800, height: 600, bytes: 90_000, type: 'image/jpeg', orientation: 6 }, { maxWidth: 1500, maxHeight: 1500, source: 't' });
    expect(small.sizes).toEqual([{ width: 600, height: 800 }]);
  });

  it('turns an EXIF-6 photo upright: the output is portrait', () => {
    const plan = planPreparation({ ...photo, orientation: 6 }, { maxWidth: 1500, maxHeight: 1500, source: 't' });
    expect(plan).toMatchObject({ rotate: true, sizes: [{ width: 1125, height: 1500 }] });
    expect(plan.steps[0]!.en).toMatch(/orientation 6/);
  });

  it('for a byte limit: a ladder of sizes down to the legibility floor, the qualities best first, a margin', () => {
    const plan = planPreparation(photo, mergedLimit('mps', '负责人证件人像面'));
    expect(plan.targetBytes).toBe(Math.floor(512 * 1024 * BYTE_MARGIN));
    expect(plan.qualities).toEqual(QUALITY_LADDER);
    expect(plan.sizes[0]).toEqual({ width: 4000, height: 3000 });
    expect(plan.sizes.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < plan.sizes.length; i++) expect(longSide(plan.sizes[i]!)).toBeLessThan(longSide(plan.sizes[i - 1]!));
    expect(longSide(plan.sizes.at(-1)!)).toBe(LEGIBLE_LONG_SIDE);
  });

  it('goes below the legibility floor only when the limit forces it', () => {
    const plan = planPreparation(photo, { maxWidth: 800, maxHeight: 800, maxBytes: 100_000, source: 't' });
    expect(plan.sizes).toEqual([{ width: 800, height: 600 }]);
    const icon = planPreparation({ ...photo, kind: 'APP图标' }, { maxBytes: 100_000, source: 't' });
    expect(longSide(icon.sizes.at(-1)!)).toBeLessThan(LEGIBLE_LONG_SIDE);
  });

  it('keeps a portal minimum as the floor and warns when the image is below it', () => {
    const huawei = mergedLimit('huawei', '主办单位证件')!;
    const plan = planPreparation({ width: 1600, height: 2200, bytes: 20 * 1024 * 1024, type: 'image/jpeg' }, huawei);
    expect(plan.sizes.at(-1)).toEqual({ width: 1100, height: 1513 });
    const tooSmall = planPreparation({ width: 900, height: 1200, bytes: 200_000, type: 'image/jpeg' }, huawei);
    expect(tooSmall.warnings).toHaveLength(1);
  });

  it('picks the type: JPEG for 21Vianet (jpg only), PNG kept where there is no byte limit', () => {
    expect(planPreparation({ width: 1200, height: 800, bytes: 900_000, type: 'image/png' }, mergedLimit('21vianet', '主办单位证件')).type).toBe('image/jpeg');
    expect(planPreparation({ width: 1200, height: 800, bytes: 900_000, type: 'image/png', orientation: 1 }, { maxWidth: 1000, maxHeight: 1000, source: 't' }).type).toBe('image/png');
    expect(planPreparation({ width: 1200, height: 800, bytes: 3_000_000, type: 'image/png' }, PORTAL_LIMITS.tencent[0]).type).toBe('image/jpeg');
  });
});

describe('composeLayout', () => {
  it('stacks the two sides at one width on a margin, never enlarging the narrower', () => {
    const layout = composeLayout({ width: 4000, height: 3000 }, { width: 2000, height: 1260 });
    expect(layout.front).toEqual({ x: 80, y: 80, width: 2000, height: 1500 });
    expect(layout.back).toEqual({ x: 80, y: 1660, width: 2000, height: 1260 });
    expect(layout.canvas).toEqual({ width: 2160, height: 3000 });
    expect(scaleLayout(layout, { width: 1080, height: 1500 }).back).toEqual({ x: 40, y: 830, width: 1000, height: 630 });
    expect(composedMinLongSide(layout)).toBe(1500);
  });
});

describe('searchFit', () => {
  // A fake encoder: bytes grow with pixels and quality, as a JPEG's do.
  const encoder = (bytesPerPixel: number) => {
    const calls: [number, number][] = [];
    const encode = async (size: Size, quality: number) => {
      calls.push([size.width, quality]);
      const bytes = Math.round(size.width * size.height * bytesPerPixel * quality);
      return { result: `${size.width}@${quality}`, bytes };
    };
    return { calls, encode };
  };

  it('one encode when the best quality fits', async () => {
    const { calls, encode } = encoder(0.1);
    const fit = await searchFit(planPreparation(photo, { maxBytes: 2 * 1024 * 1024, source: 't' }), encode);
    expect(fit).toMatchObject({ fits: true, quality: 0.92, tries: 1 });
    expect(calls).toHaveLength(1);
  });

  it('finds the best fitting quality by binary search, in a bounded number of encodes', async () => {
    const { calls, encode } = encoder(0.25);
    const plan = planPreparation(photo, { maxBytes: 2.2 * 1024 * 1024, source: 't' });
    const fit = await searchFit(plan, encode);
    expect(fit.fits).toBe(true);
    expect(fit.bytes).toBeLessThanOrEqual(plan.targetBytes!);
    expect(fit.quality).toBe(0.7); // 0.78 would be 2.34 MB
    expect(calls.length).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(QUALITY_LADDER.length)));
  });

  it('steps down in size when no quality fits, and reports the smallest attempt when nothing does', async () => {
    const { encode } = encoder(0.6);
    const fit = await searchFit(planPreparation(photo, { maxBytes: 2 * 1024 * 1024, source: 't' }), encode);
    expect(fit.fits).toBe(true);
    expect(fit.size.width).toBeLessThan(4000);
    const hopeless = await searchFit(planPreparation(photo, { maxBytes: 10_000, source: 't' }), encoder(0.6).encode);
    expect(hopeless).toMatchObject({ fits: false, size: { width: LEGIBLE_LONG_SIDE }, quality: 0.6 });
  });
});
