import { expect, test } from '@playwright/test';
import { bundleForPage } from '../../scripts/bench-materials';
import { CHROMIUM } from '../support/launch-chromium';

// Preparing materials in a real browser, without the extension: src/materials (prepare, inspect, the bench's
// synthetic photos) bundled with esbuild (bundleForPage: iife, globalName M) and injected into a blank page, where OffscreenCanvas and
// createImageBitmap are the browser's own. Composes an ID pair from two 4000×3000 photos to a 2 MB / 1500 px limit,
// turns an EXIF-6 photo upright, and times the compose as `npm run bench` would.

test.use({ launchOptions: { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] } });

let bundle = '';
test.beforeAll(async () => {
  bundle = await bundleForPage();
});

test.beforeEach(async ({ page }) => {
  await page.goto('about:blank');
  await page.addScriptTag({ content: bundle });
});

const LIMIT = { types: ['image/jpeg'], maxBytes: 2 * 1024 * 1024, maxWidth: 1500, maxHeight: 1500, source: 'e2e' };

test('composes two 4000×3000 photos into one JPEG within 2 MB and 1500 px; inspectBytes agrees', async ({ page }) => {
  const out = await page.evaluate(async (limit) => {
    const front = await M.syntheticPhoto(4000, 3000, { seed: 1 });
    const back = await M.syntheticPhoto(4000, 3000, { seed: 2 });
    const result = await M.composeIdPair(front, back, limit);
    const bytes = new Uint8Array(await result.blob.arrayBuffer());
    return { ...result, blob: undefined, size: result.blob.size, blobType: result.blob.type, inputBytes: front.size, inspection: M.inspectBytes(bytes, result.blob.type) };
  }, LIMIT);
  expect(out.inputBytes).toBeGreaterThan(1024 * 1024); // photo-like inputs, not flat drawings
  expect(out.fits).toBe(true);
  expect(out.size).toBeLessThanOrEqual(LIMIT.maxBytes);
  expect({ width: out.width, height: out.height }).toEqual({ width: 1000, height: 1500 }); // 4320×6480 laid out, long side to 1500
  expect(out.blobType).toBe('image/jpeg');
  expect(out.inspection).toMatchObject({ type: 'image/jpeg', mismatch: false, width: out.width, height: out.height, bytes: out.size });
  expect(out.inspection.orientation).toBeUndefined();
  expect(out.steps.map((s) => s.en).join(' / ')).toMatch(/^composed: front above back.*result: 1000×1500 px/);
});

test('turns an EXIF-orientation-6 photo upright while fitting it', async ({ page }) => {
  const out = await page.evaluate(async (limit) => {
    // A landscape picture, white with a red block at its stored top-left; orientation 6 shows it turned clockwise,
    // so upright the block sits at the top-right.
    const canvas = new OffscreenCanvas(4000, 3000);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 4000, 3000);
    ctx.fillStyle = '#ff0000';
    ctx.fillRect(0, 0, 800, 800);
    const plain = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer());
    const rotated = new Blob([M.withExifOrientation(plain, 6)], { type: 'image/jpeg' });
    const before = M.inspectBytes(new Uint8Array(await rotated.arrayBuffer()), 'image/jpeg');
    const result = await M.prepareImage(rotated, limit);
    const bitmap = await createImageBitmap(result.blob, { imageOrientation: 'none' });
    const check = new OffscreenCanvas(bitmap.width, bitmap.height);
    const c = check.getContext('2d')!;
    c.drawImage(bitmap, 0, 0);
    const pixel = (x: number, y: number) => Array.from(c.getImageData(x, y, 1, 1).data.slice(0, 3));
    const after = M.inspectBytes(new Uint8Array(await result.blob.arrayBuffer()), result.blob.type);
    return { before, after, width: result.width, height: result.height, size: result.blob.size, topRight: pixel(bitmap.width - 20, 20), topLeft: pixel(20, 20), steps: result.steps };
  }, LIMIT);
  expect(out.before).toMatchObject({ orientation: 6, width: 4000, height: 3000, displayWidth: 3000, displayHeight: 4000 });
  expect({ width: out.width, height: out.height }).toEqual({ width: 1125, height: 1500 });
  expect(out.after).toMatchObject({ type: 'image/jpeg', width: 1125, height: 1500 });
  expect(out.after.orientation).toBeUndefined();
  expect(out.size).toBeLessThanOrEqual(LIMIT.maxBytes);
  const [r, g, b] = out.topRight;
  expect(r!).toBeGreaterThan(200);
  expect(g! + b!).toBeLessThan(100);
  expect(Math.min(...out.topLeft)).toBeGreaterThan(200);
  expect(out.steps[0]!.en).toMatch(/orientation 6/);
});

test('leaves a file that already fits unchanged, and refuses a PDF with a reason', async ({ page }) => {
  const out = await page.evaluate(async (limit) => {
    const small = await M.syntheticPhoto(1200, 800, { seed: 3 });
    const kept = await M.prepareImage(small, limit);
    const pdf = new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'image/jpeg' });
    const refused = await M.prepareImage(pdf, limit).then(() => '', (error: Error) => error.message);
    return { same: kept.blob === small, tries: kept.tries, refused };
  }, LIMIT);
  expect(out).toEqual({ same: true, tries: 0, refused: expect.stringMatching(/PDF/) });
});

test('bench: compose and compress an ID pair from two 4000×3000 photos', async ({ page }) => {
  await page.evaluate(() => M.benchComposeAndCompress()); // warm-up: first-use costs of the codecs
  const result = await page.evaluate(() => M.benchComposeAndCompress());
  console.log(`compose + compress 2 × 4000×3000 → ${result.width}×${result.height}, ${Math.round(result.bytes / 1024)} KB in ${result.ms.toFixed(0)} ms (${result.tries} encodes; target ≤ 500 ms)`);
  expect(result).toMatchObject({ fits: true, type: 'image/jpeg', width: 1000, height: 1500 });
  // The target is 500 ms on the lead's machine; a loaded test host gets room, the number is printed above.
  expect(result.ms).toBeLessThan(2000);
});
