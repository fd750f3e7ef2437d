import { describe, expect, it } from 'vitest';
import { inspectBytes } from '../materials/inspect';
import { documentImage, encodeJpeg, encodePng, gifBytes, pdfBytes } from '../materials/test-images.test-support';
import { CURRENT_VERSION, PROFILE_FORMAT, profileSchema, type Material, type Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import {
  composedMaterial,
  findingsAt,
  generalFindings,
  guessKind,
  guessOwner,
  idPairs,
  kindName,
  materialFieldName,
  materialFrom,
  materialIndexOf,
  ownerChoices,
  ownerLabel,
  pastedName,
  portalChoices,
  quotaText,
  refusal,
  renamedFor,
  sizeText,
  withBytes,
} from './materials-model';

const profile = (extra: Record<string, unknown> = {}): Profile =>
  profileSchema.parse({ format: PROFILE_FORMAT, version: CURRENT_VERSION, subject: {}, websites: [{ name: '星河官网', access: { provider: '腾讯云' } }], ...extra });

const material = (over: Partial<Material>): Material => ({ id: 'm-1', kind: '其他', owner: 'subject', name: 'a.jpg', type: 'image/jpeg', size: 10, sha256: 'x', ...over });

describe('owners', () => {
  it('lists the subject, its head, and each service and its head, numbered from 1 and named by the service', () => {
    const p = profile({ apps: [{ name: '' }], miniPrograms: [{ name: '小助手' }] });
    expect(ownerChoices(p).map((c) => [c.path, c.label.zh, c.label.en])).toEqual([
      ['subject', '主体', 'Subject'],
      ['subject.head', '主体负责人', 'Subject head'],
      ['websites[0]', '网站 1（星河官网）', 'Website 1 (星河官网)'],
      ['websites[0].head', '网站 1 负责人', 'Website 1 head'],
      ['apps[0]', 'APP 1', 'APP 1'],
      ['apps[0].head', 'APP 1 负责人', 'APP 1 head'],
      ['miniPrograms[0]', '小程序 1（小助手）', 'Mini program 1 (小助手)'],
      ['miniPrograms[0].head', '小程序 1 负责人', 'Mini program 1 head'],
    ]);
  });

  it('shows an owner the profile no longer has as its path', () => {
    expect(ownerLabel(profile(), 'websites[3].head')).toEqual({ zh: 'websites[3].head', en: 'websites[3].head' });
  });
});

describe('guesses from a file name', () => {
  it.each([
    ['wang-id-front.jpg', '负责人证件人像面'],
    ['身份证正面.png', '负责人证件人像面'],
    ['身份证反面.jpg', '负责人证件国徽面'],
    ['ID_back.jpeg', '负责人证件国徽面'],
    ['手持身份证.jpg', '手持证件照'],
    ['营业执照.jpg', '主办单位证件'],
    ['business-license.png', '主办单位证件'],
    ['domain-cert.pdf', '域名证书'],
    ['网站备案核验单.jpg', '核验单'],
    ['授权书.pdf', '授权书'],
    ['承诺书.pdf', '承诺书'],
    ['app-icon.png', 'APP图标'],
    ['video-still.jpg', '其他'],
    ['pasted-20261207-040000.png', '其他'],
  ])('%s → %s', (name, kind) => {
    expect(guessKind(name)).toBe(kind);
  });

  it('gives a person’s documents to the subject head and a site’s to the first service', () => {
    const p = profile();
    expect(guessOwner('负责人证件国徽面', p)).toBe('subject.head');
    expect(guessOwner('域名证书', p)).toBe('websites[0]');
    expect(guessOwner('主办单位证件', p)).toBe('subject');
    expect(guessOwner('APP图标', p)).toBe('subject');
    expect(guessOwner('APP图标', profile({ apps: [{}] }))).toBe('apps[0]');
    expect(guessOwner('域名证书', profile({ websites: [], apps: [{}] }))).toBe('apps[0]');
  });
});

describe('an added file', () => {
  it('is recorded by its sniffed type and upright size, not by its name or declared type', () => {
    const png = encodePng(documentImage(40, 30));
    const inspection = inspectBytes(png, 'image/jpeg');
    const m = materialFrom({ id: 'm-9', name: 'scan.jpg', inspection, sha256: 'abc', data: 'ZGF0YQ==', kind: '其他', owner: 'subject' });
    expect(m).toEqual({ id: 'm-9', kind: '其他', owner: 'subject', name: 'scan.jpg', type: 'image/png', size: png.length, width: 40, height: 30, sha256: 'abc', data: 'ZGF0YQ==' });
  });

  it('takes a JPEG turned by EXIF at its upright size', () => {
    const jpeg = encodeJpeg(documentImage(40, 30), 80, 6);
    const m = materialFrom({ id: 'm', name: 'p.jpg', inspection: inspectBytes(jpeg, 'image/jpeg'), sha256: '', data: '', kind: '其他', owner: 'subject' });
    expect([m.width, m.height]).toEqual([30, 40]);
  });

  it('refuses what is not JPG, PNG or PDF, naming the file and what is accepted', () => {
    expect(refusal('a.pdf', inspectBytes(pdfBytes(), 'application/pdf'))).toBeUndefined();
    expect(refusal('a.jpg', inspectBytes(encodeJpeg(documentImage(8, 8)), ''))).toBeUndefined();
    const gif = refusal('logo.png', inspectBytes(gifBytes(), 'image/png'));
    expect(gif?.zh).toBe('未添加「logo.png」：它是 GIF 文件；只接受 JPG、PNG 图片或 PDF');
    expect(gif?.en).toBe('“logo.png” was not added: it is a GIF file; only JPG or PNG images and PDFs are accepted');
    expect(refusal('notes.txt', inspectBytes(new TextEncoder().encode('hello'), 'text/plain'))?.en).toMatch(/not an image we recognise/);
  });

  it('names a pasted image by the time it came', () => {
    expect(pastedName('image/png', new Date('2026-12-07T04:05:06Z'))).toBe('pasted-20261207-040506.png');
  });
});

describe('replaced bytes', () => {
  it('keep id, kind, owner and validity; take the new facts; rename a PNG turned JPEG', () => {
    const before = material({ name: 'scan.png', type: 'image/png', kind: '主办单位证件', validUntil: '2030-01-01' });
    const after = withBytes(before, { type: 'image/jpeg', size: 5, width: 3, height: 2, sha256: 'new', data: 'AA==' });
    expect(after).toEqual({ ...before, name: 'scan.jpg', type: 'image/jpeg', size: 5, width: 3, height: 2, sha256: 'new', data: 'AA==' });
    expect(renamedFor('a.jpeg', 'image/jpeg')).toBe('a.jpeg');
    expect(renamedFor('noext', 'image/jpeg')).toBe('noext.jpg');
  });
});

describe('ID pairs and the composed copy', () => {
  const materials = [
    material({ id: 'a', kind: '负责人证件人像面', owner: 'subject.head', validUntil: '2031-05-01' }),
    material({ id: 'b', kind: '负责人证件人像面', owner: 'websites[0].head' }),
    material({ id: 'c', kind: '负责人证件国徽面', owner: 'subject.head' }),
  ];

  it('pairs only owners with both sides', () => {
    expect(idPairs(materials)).toEqual([{ owner: 'subject.head', front: 0, back: 2 }]);
  });

  it('is kind 其他 of the same owner, named for both sides, valid as the front says', () => {
    const made = composedMaterial({ owner: 'subject.head', front: 0, back: 2 }, materials, profile(), 'm-new', { type: 'image/jpeg', size: 9, width: 10, height: 20, sha256: 's', data: 'AA==' });
    expect(made).toEqual({ id: 'm-new', kind: '其他', owner: 'subject.head', name: '主体负责人-身份证正反面.jpg', type: 'image/jpeg', size: 9, width: 10, height: 20, sha256: 's', validUntil: '2031-05-01', data: 'AA==' });
  });
});

describe('texts', () => {
  it('says sizes in binary units', () => {
    expect([sizeText(512), sizeText(2048), sizeText(3 * 1024 * 1024), sizeText(5 * 1024 ** 3)]).toEqual(['512 B', '2 KB', '3 MB', '5 GB']);
  });

  it('says the storage use, with the quota when known', () => {
    expect(quotaText({})).toBeUndefined();
    expect(quotaText({ usage: 3 * 1024 * 1024, quota: 300 * 1024 * 1024 })).toEqual({
      zh: '本扩展已用存储 3 MB，可用上限 300 MB（1%）',
      en: 'Storage used by the extension: 3 MB of 300 MB (1%)',
    });
    expect(quotaText({ usage: 1024, quota: 1024 ** 3 })?.en).toMatch(/\(< 1%\)$/);
    expect(quotaText({ usage: 1024 })?.zh).toBe('本扩展已用存储 1 KB');
  });

  it('names kinds, and a kind outside the list as it is', () => {
    expect(kindName('负责人证件国徽面').en).toBe('Head’s ID, emblem side');
    expect(kindName('营业执照副本')).toEqual({ zh: '营业执照副本', en: '营业执照副本' });
  });

  it('names a material finding’s field for the summary', () => {
    const p = profile({ materials: [material({ name: 'wang.jpg' })] });
    expect(materialFieldName('materials[0].size', p)).toEqual({ zh: '材料「wang.jpg」 · 大小', en: 'material “wang.jpg” · Size' });
    expect(materialFieldName('materials[4]', p)?.en).toBe('material 5');
    expect(materialFieldName('subject.name', p)).toBeUndefined();
  });
});

describe('findings per card', () => {
  const f = (path: string): Finding => ({ path, rule: 'r', severity: 'warning', message: { zh: '', en: '' } });
  it('takes a material’s own paths, not another’s with a longer index', () => {
    const all = [f('materials[1]'), f('materials[1].size'), f('materials[10].type'), f('materials'), f('subject.name')];
    expect(findingsAt(all, 1).map((x) => x.path)).toEqual(['materials[1]', 'materials[1].size']);
    expect(generalFindings(all).map((x) => x.path)).toEqual(['materials']);
    expect(materialIndexOf('materials[10].type')).toBe(10);
  });
});

describe('portals to fit for', () => {
  it('lists the profile’s own providers first', () => {
    expect(portalChoices(profile())[0]).toBe('tencent');
    expect(new Set(portalChoices(profile()))).toEqual(new Set(['aliyun', 'tencent', 'huawei', '21vianet', 'miit-enterprise', 'mps']));
  });
});
