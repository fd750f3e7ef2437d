import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GALLERY_DIR, galleryProblems, renderGallery, spliceGallery } from '../src/cli/gallery';
import { GALLERY } from './gallery-images';
import { shrinkAll } from './gallery-shrink';

// `npm run gallery` regenerates the README's gallery section (zh and en) from the pictures kept in docs/gallery/.
// `npm run gallery -- --refresh` first retakes those pictures from the last `npm run demo` and e2e run, made small.

if (process.argv.includes('--refresh')) {
  const missing = GALLERY.filter((image) => !existsSync(image.from)).map((image) => image.from);
  if (missing.length > 0) {
    console.error(`Run \`npm run demo\` and \`npx playwright test test/e2e/workspace.spec.ts\` first; missing:\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
  mkdirSync(GALLERY_DIR, { recursive: true });
  // Screenshots are taken at 1 device pixel per CSS pixel, so they are kept at full width (the README scales them
  // for display) and text stays sharp; taller pages are cut, not squeezed.
  const shrunk = await shrinkAll(GALLERY.map((image) => ({ png: readFileSync(image.from), limits: { maxWidth: 1100, maxHeight: 1000 } })));
  GALLERY.forEach((image, i) => writeFileSync(join(GALLERY_DIR, image.file), shrunk[i]!));
}

const sizes = new Map(readdirSync(GALLERY_DIR).filter((f) => f.endsWith('.png')).map((f) => [f, statSync(join(GALLERY_DIR, f)).size] as const));
const problems = galleryProblems(GALLERY, sizes);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync('README.md', spliceGallery(readFileSync('README.md', 'utf8'), renderGallery(GALLERY)));
const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
console.log(`README.md gallery updated: ${sizes.size} pictures, ${(total / 1024).toFixed(0)} KB in ${GALLERY_DIR}/`);
