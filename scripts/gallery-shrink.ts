import { chromium } from '@playwright/test';
import { CHROMIUM } from '../test/support/launch-chromium';

// Screenshots straight from Chromium are large (full colour, lightly compressed): before they are committed, each is
// scaled down to a width limit if wider, cut to a height limit and reduced to 16 levels per colour channel, which
// flat UI pictures survive unchanged to the eye and which compresses several times better.

export type Shrink = { maxWidth: number; maxHeight: number };

export async function shrinkAll(jobs: readonly { png: Buffer; limits: Shrink }[]): Promise<Buffer[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const out: Buffer[] = [];
    for (const { png, limits } of jobs) {
      // No named helpers in the page function: tsx would wrap them in a `__name` the page does not have.
      const dataUrl = await page.evaluate(
        async ({ src, maxWidth, maxHeight }) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const scale = Math.min(1, maxWidth / image.naturalWidth);
          const width = Math.round(image.naturalWidth * scale);
          const height = Math.min(maxHeight, Math.round(image.naturalHeight * scale));
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2d canvas');
          context.imageSmoothingQuality = 'high';
          context.drawImage(image, 0, 0, width, Math.round(image.naturalHeight * scale));
          const pixels = context.getImageData(0, 0, width, height);
          for (let i = 0; i < pixels.data.length; i += 4) {
            for (let c = 0; c < 3; c++) pixels.data[i + c] = Math.min(255, Math.round(pixels.data[i + c]! / 17) * 17);
          }
          context.putImageData(pixels, 0, 0);
          return canvas.toDataURL('image/png');
        },
        { src: `data:image/png;base64,${png.toString('base64')}`, ...limits },
      );
      out.push(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
    }
    return out;
  } finally {
    await browser.close();
  }
}
