import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GALLERY } from '../../scripts/gallery-images';
import { GALLERY_DIR, GALLERY_LIMITS, galleryProblems, renderGallery, spliceGallery } from '../../src/cli/gallery';

const root = join(import.meta.dirname, '../..');

describe('README gallery', () => {
  it('the README carries the gallery generated from docs/gallery/ (run `npm run gallery`)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(spliceGallery(readme, renderGallery(GALLERY))).toBe(readme);
  });

  it('every listed picture is kept, and the folder stays within a dozen pictures and 2 MB', () => {
    const dir = join(root, GALLERY_DIR);
    const sizes = new Map(readdirSync(dir).filter((f) => f.endsWith('.png')).map((f) => [f, statSync(join(dir, f)).size] as const));
    expect(galleryProblems(GALLERY, sizes)).toEqual([]);
  });

  it('reports a missing picture and a folder over its limits', () => {
    const image = { file: 'a.png', lang: 'zh', caption: '甲', width: 380 } as const;
    expect(galleryProblems([image], new Map())).toEqual([`${GALLERY_DIR}/a.png is missing`]);
    const many = new Map(Array.from({ length: GALLERY_LIMITS.count + 1 }, (_, i) => [`${i}.png`, GALLERY_LIMITS.bytes] as const));
    expect(galleryProblems([], many)).toHaveLength(2);
  });

  it('lists each language under its own heading, Chinese first, and refuses a README without the markers', () => {
    const text = renderGallery([
      { file: 'en.png', lang: 'en', caption: 'The popup', width: 380 },
      { file: 'zh.png', lang: 'zh', caption: '弹出窗口', width: 380 },
    ]);
    expect(text.indexOf('中文界面')).toBeLessThan(text.indexOf('English UI'));
    expect(text.indexOf('zh.png')).toBeLessThan(text.indexOf('English UI'));
    expect(text.indexOf('en.png')).toBeGreaterThan(text.indexOf('English UI'));
    expect(() => spliceGallery('# no markers', text)).toThrow('gallery markers');
  });
});
