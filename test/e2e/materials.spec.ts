import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { documentImage, encodeJpeg, encodePng, greyscale } from '../../src/materials/test-images.test-support';
import type { RgbaImage } from '../../src/materials/pixels';
import { expect, fixtureProfile, send, test } from './fixtures';
import { inLanguage } from './in-language';

// The editor's 材料 section in the built extension: images dropped, pasted and chosen (generated here with
// jpeg-js/pngjs), their kind and owner set, the greyscale copy flagged; saved, the page reloaded and the thumbnails
// back from the store's files; a 3 MB photo fitted under Tencent's 2 MB and replaced; one removed and its file gone.

const MB = 1024 * 1024;
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
type Named = { name: string; type: string; data: string };

/** A photo's grain over the generated document, so it compresses like a photo (≈ 3.8 MB at 2400×1800, q 92). */
function grainy(image: RgbaImage): RgbaImage {
  let state = 7;
  const data = new Uint8ClampedArray(image.data);
  for (let i = 0; i < data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      state = (state * 1103515245 + 12345) >>> 0;
      data[i + c] = data[i + c]! + ((state >>> 16) % 41) - 20;
    }
  }
  return { width: image.width, height: image.height, data };
}

/** Files as a drop delivers them: in a DataTransfer, on the section's drop zone. */
async function drop(zone: Locator, files: Named[]) {
  await zone.evaluate((target, list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

/** An image pasted while the section has focus, as the browser delivers a screenshot: "image.png". */
async function paste(zone: Locator, file: Named) {
  await zone.focus();
  await zone.evaluate((target, f) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    (document.activeElement ?? target).dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, file);
}

type StoredState = { materials: { id: string; name: string; size: number; hasData: boolean }[]; files: { materialId: string; bytes: number }[] };

/** What the store holds, read from its IndexedDB in the extension's origin (the vault is off in this test). */
function storedState(page: Page): Promise<StoredState> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const open = indexedDB.open('beian-assistant');
    const db = await new Promise<IDBDatabase>((resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))));
    const tx = db.transaction(['profiles', 'files']);
    const [profiles, files] = await Promise.all([request(tx.objectStore('profiles').getAll()), request(tx.objectStore('files').getAll())]);
    db.close();
    type Record = { profile: { materials: { id: string; name: string; size: number; data?: string }[] } };
    type File = { materialId: string; bytes: Uint8Array };
    return {
      materials: (profiles as Record[]).flatMap((p) => p.profile.materials.map((m) => ({ id: m.id, name: m.name, size: m.size, hasData: m.data !== undefined }))),
      files: (files as File[]).map((f) => ({ materialId: f.materialId, bytes: f.bytes.length })),
    };
  });
}

async function openProfile(page: Page) {
  await send(page, { type: 'icp:profiles:import', document: fixtureProfile('valid-enterprise.json') });
  await page.reload();
  await page.click('#profile-list .row');
  await expect(page.locator('section.materials')).toBeVisible();
}

async function seriousIn(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('section.materials').analyze();
    found.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${colorScheme} ${v.id}: ${n.target.join(' ')}`)));
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

const colour: Named = { name: 'wang-id-front.jpg', type: 'image/jpeg', data: toBase64(encodeJpeg(documentImage(1280, 808, 11), 85)) };
const grey: Named = { name: 'wang-id-back.jpg', type: 'image/jpeg', data: toBase64(encodeJpeg(greyscale(documentImage(1280, 808, 12)), 85)) };
const pasted: Named = { name: 'image.png', type: 'image/png', data: toBase64(encodePng(documentImage(640, 404, 13))) };

test('materials: drop, paste, kind and owner, greyscale warning, save and reload, fit for a portal, remove', async ({ api: page }) => {
  test.setTimeout(120_000);
  await openProfile(page);
  const section = page.locator('section.materials');
  const zone = section.locator('.materials-drop');
  const cards = section.locator('.material-card');

  await drop(zone, [colour, grey]);
  await expect(cards).toHaveCount(2);
  await paste(zone, pasted);
  await expect(cards).toHaveCount(3);
  await expect(page.locator('#dirty')).toBeVisible();

  // Guessed from the names: the two sides of the head's ID; the paste is renamed and taken as 其他.
  await expect(cards.nth(0).locator('select[name="materials[0].kind"]')).toHaveValue('负责人证件人像面');
  await expect(cards.nth(1).locator('select[name="materials[1].kind"]')).toHaveValue('负责人证件国徽面');
  await expect(cards.nth(0).locator('select[name="materials[0].owner"]')).toHaveValue('subject.head');
  await expect(cards.nth(2).locator('.material-name')).toContainText(/^pasted-\d{8}-\d{6}\.png$/);
  await cards.nth(2).locator('select[name="materials[2].kind"]').selectOption('主办单位证件');
  await cards.nth(2).locator('select[name="materials[2].owner"]').selectOption('subject');
  await cards.nth(0).locator('input[name="materials[0].validUntil"]').fill('2035-06-30');
  await expect(cards.nth(0).locator('.material-facts')).toContainText('1280×808');
  await expect(cards.nth(2).locator('.material-type')).toHaveText('image/png');

  // The greyscale copy says so on its card; the colour scan does not.
  await expect(cards.nth(1).locator('li[data-rule="materials/greyscale"]')).toBeVisible();
  await expect(cards.nth(0).locator('li[data-rule="materials/greyscale"]')).toHaveCount(0);
  // The profile's material rules are on the cards and in the summary, whose entry jumps to the card: 21Vianet takes
  // JPG only, and the pasted PNG is not one.
  await expect(cards.nth(2).locator('li[data-rule="materials/portal-type"]')).toBeVisible();
  await page.locator('#summary-list .jump[data-path="materials[2].type"]').click();
  await expect(cards.nth(2).locator('select[name="materials[2].kind"]')).toBeFocused();
  await expect(section.locator('#materials-quota')).toContainText(/\d/);

  expect(await seriousIn(page), 'materials section (zh)').toEqual([]);

  await page.click('#save');
  await expect(page.locator('#dirty')).toHaveCount(0);
  let stored = await storedState(page);
  expect(stored.materials).toHaveLength(3);
  expect(stored.materials.every((m) => !m.hasData)).toBe(true); // the bytes went to the files store
  expect(stored.files.map((f) => f.materialId).sort()).toEqual(stored.materials.map((m) => m.id).sort());

  // Reloaded: the materials are back with their thumbnails, read from the files store, and the greyscale check too.
  await page.reload();
  await page.click('#profile-list .row');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2).locator('select[name="materials[2].kind"]')).toHaveValue('主办单位证件');
  await expect(cards.nth(0).locator('input[name="materials[0].validUntil"]')).toHaveValue('2035-06-30');
  for (let i = 0; i < 3; i++) {
    await expect.poll(() => cards.nth(i).locator('img.material-thumb').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  await expect(cards.nth(1).locator('li[data-rule="materials/greyscale"]')).toBeVisible();

  // A 3 MB photo, chosen with the file button's input, fitted for Tencent (< 2 MB): previewed, then replaced.
  const big = encodeJpeg(grainy(documentImage(2400, 1800, 14)), 92);
  expect(big.length).toBeGreaterThan(3 * MB);
  await section.locator('#materials-file').setInputFiles({ name: 'licence-photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(big) });
  await expect(cards).toHaveCount(4);
  const photo = cards.nth(3);
  await expect(photo.locator('.material-size')).toHaveAttribute('data-bytes', String(big.length));
  await photo.locator('select#material-3-portal').selectOption('tencent');
  await photo.locator('.material-fit').click();
  const after = photo.locator('.preview-after');
  await expect(after).toBeVisible({ timeout: 30_000 });
  const fitted = Number(await after.getAttribute('data-bytes'));
  expect(fitted).toBeLessThan(2 * MB);
  await expect(photo.locator('.preview-before')).toContainText('3.');
  await expect(photo.locator('.preview-steps li').first()).toBeVisible();
  await section.screenshot({ path: test.info().outputPath('materials-section.png') });

  // Cancel changes nothing; Replace takes the fitted bytes.
  await photo.locator('.preview-cancel').click();
  await expect(photo.locator('.material-preview')).toHaveCount(0);
  await expect(photo.locator('.material-size')).toHaveAttribute('data-bytes', String(big.length));
  await photo.locator('.material-fit').click();
  await photo.locator('.preview-accept').click();
  await expect(photo.locator('.material-size')).toHaveAttribute('data-bytes', /^\d+$/);
  await expect.poll(async () => Number(await photo.locator('.material-size').getAttribute('data-bytes'))).toBeLessThan(2 * MB);
  await page.click('#save');
  await expect(page.locator('#dirty')).toHaveCount(0);
  stored = await storedState(page);
  const saved = stored.materials.find((m) => m.name === 'licence-photo.jpg');
  expect(saved?.size).toBeLessThanOrEqual(2 * MB);
  expect(stored.files.find((f) => f.materialId === saved?.id)?.bytes).toBe(saved?.size);

  // Removed and saved: its file is gone from the store, the others stay.
  const removedId = await cards.nth(1).getAttribute('data-material');
  await cards.nth(1).locator('.material-remove').click();
  await expect(cards).toHaveCount(3);
  await page.click('#save');
  await expect(page.locator('#dirty')).toHaveCount(0);
  stored = await storedState(page);
  expect(stored.materials.map((m) => m.id)).not.toContain(removedId);
  expect(stored.files.map((f) => f.materialId)).not.toContain(removedId);
  expect(stored.files).toHaveLength(3);
});

test('materials: a type we do not take is refused by name; compose both sides is previewed and added as 其他', async ({ api: page }) => {
  await openProfile(page);
  const section = page.locator('section.materials');
  const cards = section.locator('.material-card');
  const gif = Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 255, 255, 255, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b]);
  await drop(section.locator('.materials-drop'), [{ name: 'logo.png', type: 'image/png', data: gif.toString('base64') }, colour, grey]);
  await expect(section.locator('.materials-refused')).toHaveText('未添加「logo.png」：它是 GIF 文件；只接受 JPG、PNG 图片或 PDF');
  await expect(cards).toHaveCount(2);

  await cards.nth(0).locator('.material-compose').click();
  await expect(cards.nth(0).locator('.preview-after')).toBeVisible({ timeout: 30_000 });
  await cards.nth(0).locator('.preview-accept').click();
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2).locator('select[name="materials[2].kind"]')).toHaveValue('其他');
  await expect(cards.nth(2).locator('.material-name')).toHaveText('主体负责人-身份证正反面.jpg');
  // The two sides stay: the fill composes them itself where a portal wants one image.
  await expect(cards.nth(0).locator('select[name="materials[0].kind"]')).toHaveValue('负责人证件人像面');
});

test('materials: axe finds nothing serious in English', async () => {
  await inLanguage('en-US', async (_context, page) => {
    await openProfile(page);
    const section = page.locator('section.materials');
    await drop(section.locator('.materials-drop'), [colour, grey]);
    await expect(section.locator('.material-card')).toHaveCount(2);
    await expect(section.locator('li[data-rule="materials/greyscale"]')).toBeVisible();
    await section.locator('.material-fit').first().click();
    await expect(section.locator('.material-preview')).toBeVisible();
    expect(await seriousIn(page), 'materials section (en)').toEqual([]);
  });
});
