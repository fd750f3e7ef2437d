import { describe, expect, it } from 'vitest';
import type { Material, Profile } from '../profile/schema';
import { inspectBytes } from '../materials/inspect';
import { measurePixels } from '../materials/pixels';
import { blurred, darkened, decodeJpeg, documentImage, encodeJpeg, encodePng, gifBytes, greyscale, pdfBytes } from '../materials/test-images.test-support';
import { inspectionFindings, limitFindings, materialsInspectionRules, materialsRules } from './materials';
import { runRules } from './run-rules';
import { enterpriseWithApp, personalHarmony } from './samples-v2.test-support';

const TODAY = '2026-11-23';

let next = 0;
const material = (fields: Partial<Material> = {}): Material => ({
  id: `m-${++next}`,
  kind: '负责人证件人像面',
  owner: 'subject.head',
  name: 'front.jpg',
  type: 'image/jpeg',
  size: 300 * 1024,
  width: 1600,
  height: 1010,
  sha256: '',
  ...fields,
});

/** A profile whose services name no provider we know: only the portal-free rules apply. */
const noPortal = (...materials: Material[]): Profile => {
  const profile = enterpriseWithApp();
  for (const site of profile.websites) site.access.provider = '';
  for (const app of profile.apps) app.access.provider = '';
  profile.materials = materials;
  return profile;
};

/** The fixture's services file with 世纪互联 (seed 002: jpg only, ID sides composed). */
const at21Vianet = (...materials: Material[]): Profile => {
  const profile = enterpriseWithApp();
  profile.materials = materials;
  return profile;
};

const hits = (profile: Profile, today = TODAY) => runRules(profile, { today, rules: materialsRules }).map((f) => [f.rule, f.path, f.severity]);

describe('materials rules over the profile', () => {
  it('well-formed materials raise nothing', () => {
    expect(hits(noPortal(material(), material({ kind: '负责人证件国徽面', name: 'back.jpg' }), material({ kind: '域名证书', validUntil: '2028-01-01' })))).toEqual([]);
  });

  describe('type', () => {
    it('a GIF is an error, a PDF a warning, JPG and PNG pass', () => {
      expect(hits(noPortal(material({ type: 'image/gif' }), material({ type: 'application/pdf' }), material({ type: 'image/png' }), material({ type: 'image/jpg' })))).toEqual([
        ['materials/type-allowed', 'materials[0].type', 'error'],
        ['materials/type-allowed', 'materials[1].type', 'warning'],
      ]);
    });

    it('21Vianet takes JPG only (seed 002)', () => {
      expect(hits(at21Vianet(material({ kind: '主办单位证件', owner: 'subject', type: 'image/png' })))).toEqual([['materials/portal-type', 'materials[0].type', 'error']]);
    });
  });

  describe('validity', () => {
    it('an expired document is an error', () => {
      expect(hits(noPortal(material({ kind: '主办单位证件', owner: 'subject', validUntil: '2026-11-22' })))).toEqual([['materials/document-expired', 'materials[0].validUntil', 'error']]);
    });

    it('an ID expiring within 3 months (the review window and more) is an error; 长期 and later dates pass', () => {
      const profile = noPortal(material({ validUntil: '2027-02-01' }), material({ validUntil: '长期' }), material({ validUntil: '2027-02-24' }));
      profile.subject.head.certificate.validUntil = ''; // not compared here (materials/validity-matches-person)
      expect(hits(profile)).toEqual([['materials/id-months-left', 'materials[0].validUntil', 'error']]);
    });

    it('a domain certificate needs 3 months, in Shanghai 6; a Shanghai licence 6', () => {
      expect(hits(noPortal(material({ kind: '域名证书', validUntil: '2027-01-10' })))).toEqual([['materials/domain-certificate-months-left', 'materials[0].validUntil', 'error']]);
      expect(hits(noPortal(material({ kind: '域名证书', validUntil: '2027-04-10' })))).toEqual([]);
      const shanghai = personalHarmony();
      for (const app of shanghai.apps) app.access.provider = '';
      shanghai.materials = [material({ kind: '域名证书', validUntil: '2027-04-10' }), material({ kind: '主办单位证件', owner: 'subject', validUntil: '2027-04-10' })];
      expect(hits(shanghai)).toEqual([
        ['materials/domain-certificate-months-left', 'materials[0].validUntil', 'error'],
        ['materials/licence-months-left', 'materials[1].validUntil', 'error'],
      ]);
    });

    it('a 核验单 signed over 3 months ago lapses at 21Vianet (seed 002) and in Shanghai', () => {
      const sheet = (validUntil: string) => material({ kind: '核验单', owner: 'websites[0]', validUntil });
      expect(hits(at21Vianet(sheet('2026-11-01')))).toEqual([['materials/verification-sheet-window', 'materials[0].validUntil', 'error']]);
      expect(hits(at21Vianet(sheet('2027-06-01')))).toEqual([['materials/verification-sheet-window', 'materials[0].validUntil', 'warning']]);
      expect(hits(at21Vianet(sheet('2027-01-15')))).toEqual([]);
      expect(hits(noPortal(sheet('2026-11-01')))).toEqual([]);
    });

    it('an ID image whose validity differs from the person\'s details is a warning', () => {
      expect(hits(noPortal(material({ validUntil: '2039-03-07' })))).toEqual([['materials/validity-matches-person', 'materials[0].validUntil', 'warning']]);
      expect(hits(noPortal(material({ validUntil: '2040-03-07' })))).toEqual([]);
    });
  });

  describe('ID sides', () => {
    it('21Vianet wants the two sides composed into one image', () => {
      const profile = at21Vianet(material(), material({ kind: '负责人证件国徽面', name: 'back.jpg' }));
      expect(hits(profile)).toEqual([['materials/id-sides-compose', 'materials[1]', 'warning']]);
    });

    it('the 公安 portal wants them apart: one image alone is flagged', () => {
      const profile = noPortal(material());
      profile.websites[0]!.security = {};
      expect(hits(profile)).toEqual([['materials/id-sides-separate', 'materials[0]', 'warning']]);
    });
  });
});

describe('limitFindings: one portal', () => {
  const rules = (materials: Material[], portal: Parameters<typeof limitFindings>[1]) => limitFindings(materials, portal).map((f) => [f.rule, f.path, f.severity]);

  it('too large: Tencent takes < 2 MB; the message names the portal', () => {
    const [finding] = limitFindings([material({ size: 3 * 1024 * 1024 })], 'tencent');
    expect(finding).toMatchObject({ rule: 'materials/portal-size', path: 'materials[0].size', severity: 'error' });
    expect(finding!.message.zh).toMatch(/^腾讯云：3 MB，超过上限 2 MB/);
    expect(rules([material({ size: 2 * 1024 * 1024 - 1 })], 'tencent')).toEqual([]);
  });

  it('Aliyun 域名证书 200 KB–4 MB, other kinds unchecked', () => {
    expect(rules([material({ kind: '域名证书', size: 100 * 1024 })], 'aliyun')).toEqual([['materials/portal-size', 'materials[0].size', 'error']]);
    expect(rules([material({ kind: '域名证书', size: 5 * 1024 * 1024 })], 'aliyun')).toEqual([['materials/portal-size', 'materials[0].size', 'error']]);
    expect(rules([material({ size: 100 * 1024 })], 'aliyun')).toEqual([]);
  });

  it('too small: Huawei 证件 at least 1100×1500 and ID 1280×720, either way up (inferred, so warnings)', () => {
    expect(rules([material({ kind: '主办单位证件', owner: 'subject', width: 1500, height: 1100 })], 'huawei')).toEqual([]);
    expect(rules([material({ kind: '主办单位证件', owner: 'subject', width: 1000, height: 1400 })], 'huawei')).toEqual([['materials/portal-pixels', 'materials[0].width', 'warning']]);
    expect(rules([material({ width: 1000, height: 700 })], 'huawei')).toEqual([['materials/portal-pixels', 'materials[0].width', 'warning']]);
    expect(rules([material({ width: 720, height: 1280 })], 'huawei')).toEqual([]);
  });

  it('the old 公安 portal: 512 KB, 域名证书 400 KB (inferred)', () => {
    expect(rules([material({ kind: '域名证书', size: 450 * 1024 })], 'mps')).toEqual([['materials/portal-size', 'materials[0].size', 'warning']]);
    expect(rules([material({ kind: '主办单位证件', size: 450 * 1024 })], 'mps')).toEqual([]);
  });

  it('the ISP system has no documented limits', () => {
    expect(rules([material({ type: 'image/png', size: 50 * 1024 * 1024 })], 'miit-enterprise')).toEqual([]);
  });
});

describe('inspectionFindings: what the bytes and pixels say', () => {
  const doc = documentImage(1280, 808);
  const inspect = (bytes: Uint8Array, fields: Partial<Material> = {}) => {
    const m = material({ size: bytes.length, ...fields });
    const image = m.type === 'image/jpeg' && bytes[0] === 0xff ? decodeJpeg(bytes) : undefined;
    const findings = inspectionFindings(m, 0, { bytes: inspectBytes(bytes, m.type), pixels: image && measurePixels(image) });
    return findings.map((f) => [f.rule, f.path, f.severity]);
  };

  it('a sharp colour photo of the ID raises nothing', () => {
    expect(inspect(encodeJpeg(doc))).toEqual([]);
  });

  it('wrong type: a GIF or a PDF named .jpg, a PNG labelled JPEG', () => {
    expect(inspect(gifBytes())).toEqual([['materials/type-sniffed', 'materials[0].type', 'error']]);
    expect(inspect(pdfBytes())).toEqual([['materials/type-sniffed', 'materials[0].type', 'error']]);
    expect(inspect(encodePng(documentImage(60, 40)))).toEqual([['materials/type-sniffed', 'materials[0].type', 'error']]);
  });

  it('greyscale: an ID photocopy is flagged; a greyscale 授权书 is not', () => {
    const copy = encodeJpeg(greyscale(doc));
    expect(inspect(copy)).toEqual([['materials/greyscale', 'materials[0]', 'warning']]);
    expect(inspect(copy, { kind: '授权书', owner: 'subject' })).toEqual([]);
  });

  it('too dark and blurred', () => {
    expect(inspect(encodeJpeg(darkened(doc)))).toEqual([['materials/too-dark', 'materials[0]', 'warning']]);
    expect(inspect(encodeJpeg(blurred(doc, 8)))).toEqual([['materials/blurry', 'materials[0]', 'warning']]);
  });

  it('a photo rotated by EXIF (orientation 6)', () => {
    expect(inspect(encodeJpeg(doc, 85, 6))).toEqual([['materials/exif-rotated', 'materials[0]', 'warning']]);
  });

  it('a real file too large for Tencent, measured from its bytes', () => {
    const noise = { width: 1100, height: 1100, data: new Uint8ClampedArray(1100 * 1100 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 2654435761) >>> 24)) };
    const bytes = encodeJpeg(noise, 100);
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const found = limitFindings([material({ size: bytes.length, width: 1100, height: 1100 })], 'tencent');
    expect(found.map((f) => f.rule)).toEqual(['materials/portal-size']);
  });

  it('the inspection rules are described for the catalogue, ids in the materials family', () => {
    const ids = materialsInspectionRules.map((r) => r.id);
    expect(ids).toEqual(['materials/type-sniffed', 'materials/exif-rotated', 'materials/greyscale', 'materials/too-dark', 'materials/blurry']);
    for (const rule of [...materialsInspectionRules, ...materialsRules]) {
      expect(rule.id).toMatch(/^materials\/[a-z0-9-]+$/);
      expect(rule.title.zh && rule.title.en && rule.field && rule.source).toBeTruthy();
    }
  });
});
