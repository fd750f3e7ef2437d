import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { importDocument } from '../../src/profile/import';
import type { Material, Profile } from '../../src/profile/schema';
import { expectedList, UPLOAD_PAGES, type UploadField } from './expected-uploads';
import { expect, replicaState, send, tabIdOf, test } from './fixtures';
import { openReplica, VARIANTS } from './replica-pages';

// Upload fields (issue 17 item 4) on three consoles' upload steps — a plain <input type=file> (21Vianet, seed 001),
// an Ant Design Upload (Aliyun) and an OpenTiny FileUpload (Huawei) — each replica and its drifted twin, filled
// through the API from a profile that carries its materials' bytes. The page's own widget must list each material
// (name, size, SHA-256 of the bytes it holds); a file over the field's own limit or of a type its accept leaves out is
// prepared to fit, and what the page then holds meets the limit; an ID pair goes up composed where the page wants one.

type FieldResult = { path: string; status: string; detail?: string };
type FillAnswer = { ok: true; adapter: string; step: string; fields: FieldResult[] } | { ok: false; error: string };
type Listed = { name: string; size: number; type: string; sha256: string };

/** Deterministic pixels: a gradient with as much noise as asked, so the encoded size is what the test needs. */
function pixels(width: number, height: number, seed: number, noise: number): Buffer {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff), state / 0x7fffffff);
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const n = (next() - 0.5) * noise;
    const [x, y] = [i % width, Math.floor(i / width)];
    data[i * 4] = Math.max(0, Math.min(255, (x * 255) / width + n));
    data[i * 4 + 1] = Math.max(0, Math.min(255, (y * 255) / height + n));
    data[i * 4 + 2] = Math.max(0, Math.min(255, 128 + n));
    data[i * 4 + 3] = 255;
  }
  return data;
}

const jpegOf = (width: number, height: number, seed: number, noise = 40) => jpeg.encode({ width, height, data: pixels(width, height, seed, noise) }, 90).data;
function pngOf(width: number, height: number, seed: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data = pixels(width, height, seed, 20);
  return PNG.sync.write(png);
}

let next = 0;
function material(kind: string, owner: string, name: string, type: string, bytes: Uint8Array, width: number, height: number): Material {
  return { id: `m-${++next}`, kind, owner, name, type, size: bytes.length, width, height, sha256: createHash('sha256').update(bytes).digest('hex'), data: Buffer.from(bytes).toString('base64') };
}

/** The enterprise fixture with a material for every upload the three pages ask: a PNG 主办单位证件 (21Vianet takes JPEG only) and a 3 MB 域名证书 (over 21Vianet's 2 MB). */
function profileWithMaterials(): { raw: Record<string, unknown>; profile: Profile } {
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/v2/valid-enterprise-app-mini.json'), 'utf8')) as Record<string, unknown>;
  const side = (n: number) => jpegOf(1000, 630, n);
  const materials = [
    material('主办单位证件', 'subject', '营业执照.png', 'image/png', pngOf(900, 640, 1), 900, 640),
    material('负责人证件人像面', 'subject.head', 'wang-front.jpg', 'image/jpeg', side(2), 1000, 630),
    material('负责人证件国徽面', 'subject.head', 'wang-back.jpg', 'image/jpeg', side(3), 1000, 630),
    material('负责人证件人像面', 'websites[0].head', 'li-front.jpg', 'image/jpeg', side(4), 1000, 630),
    material('负责人证件国徽面', 'websites[0].head', 'li-back.jpg', 'image/jpeg', side(5), 1000, 630),
    material('域名证书', 'websites[0]', 'domain-certificate.jpg', 'image/jpeg', jpegOf(2000, 1500, 6, 255), 2000, 1500),
    material('前置审批文件', 'websites[0]', 'approval-1.jpg', 'image/jpeg', jpegOf(900, 1200, 7), 900, 1200),
    material('前置审批文件', 'websites[0]', 'approval-2.jpg', 'image/jpeg', jpegOf(900, 1200, 8), 900, 1200),
    material('核验单', 'websites[0]', 'check-sheet.jpg', 'image/jpeg', jpegOf(1240, 1754, 9), 1240, 1754),
    material('授权书', 'websites[0].head', 'authorisation.jpg', 'image/jpeg', jpegOf(1240, 1754, 10), 1240, 1754),
  ];
  const doc = { ...raw, materials };
  const imported = importDocument(doc);
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  return { raw: doc, profile: imported.profiles[0]! };
}

const { raw, profile } = profileWithMaterials();

/** What the field's list must hold: the stored bytes where they fit it, else one prepared file within its limits. */
function check(field: UploadField, listed: readonly Listed[] | undefined): string[] {
  const problems: string[] = [];
  const list = listed ?? [];
  const exact = expectedList(profile, field);
  const stored = exact ?? [];
  const fitsAsIs = (m: Listed) => (field.maxBytes === undefined || m.size <= field.maxBytes) && (field.minBytes === undefined || m.size >= field.minBytes) && typeAccepted(field.accept, m);
  if (exact && exact.every(fitsAsIs)) {
    if (JSON.stringify(list) !== JSON.stringify(exact)) problems.push(`${field.key}: lists ${JSON.stringify(list.map((l) => l.name))}, not the stored ${JSON.stringify(exact.map((l) => l.name))}`);
    return problems;
  }
  if (list.length !== Math.max(1, stored.length)) problems.push(`${field.key}: lists ${list.length} files`);
  for (const item of list) {
    if (!fitsAsIs(item)) problems.push(`${field.key}: ${item.name} (${item.size} bytes, ${item.type}) does not meet the field's limit`);
    if (stored.some((s) => s.sha256 === item.sha256 && !fitsAsIs(s))) problems.push(`${field.key}: the unfitting stored file went up unchanged`);
  }
  return problems;
}

function typeAccepted(accept: string, file: Listed): boolean {
  if (!accept) return true;
  return accept.split(',').some((a) => (a.startsWith('.') ? file.name.toLowerCase().endsWith(a) : a.endsWith('/*') ? file.type.startsWith(a.slice(0, -1)) : file.type === a));
}

for (const variant of VARIANTS) {
  for (const page of UPLOAD_PAGES) {
    test(`${page.name} · ${variant.name}: every material attached, listed by the page's own widget`, async ({ context, api }) => {
      const tab = await context.newPage();
      const url = `${page.origin}${variant.prefix ? page.twinPath : page.path}`;
      await openReplica(tab, url, undefined);
      await tab.waitForSelector(page.ready, { state: 'attached' });
      const tabId = await tabIdOf(api, url.split('#')[0]!);
      const answer = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile: raw });
      expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true, step: 'materials' });
      if (!answer.ok) return;
      for (const field of answer.fields) expect.soft(field.status, `${field.path}: ${field.status} ${field.detail ?? ''}`).toBe('filled');
      // Each listed file is hashed by the page once its widget holds it: wait for the lists to be complete.
      const ready = async () => {
        const state = await replicaState(tab, undefined);
        return page.fields.flatMap((f) => check(f, state[f.key] as Listed[] | undefined));
      };
      await expect.poll(ready, { timeout: 10_000 }).toEqual([]);
      const state = await replicaState(tab, undefined);
      for (const key of page.untouched) expect(state[key], `${key} is no material of the profile`).toEqual([]);
      expect((state.rejected ?? {}) as Record<string, unknown[]>, 'files the page refused').toEqual(Object.fromEntries(Object.keys((state.rejected ?? {}) as object).map((k) => [k, []])));
      // Each material reported filled is one the page asks for.
      const claimed = answer.fields.filter((f) => f.status === 'filled').map((f) => f.path);
      expect(claimed.length, 'one report line per upload field').toBe(page.fields.length);
    });
  }
}
