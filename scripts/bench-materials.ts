import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../test/support/launch-chromium';
import type { BenchResult } from '../src/materials/bench';

// Node side of the materials bench: bundles src/materials for a page, and runs
// benchComposeAndCompress in Debian's Chromium on about:blank, for `npm run bench` (scripts/bench.ts).

/** prepare, inspect and the bench as one IIFE defining `M`, to inject with page.addScriptTag({ content }). */
export async function bundleForPage(): Promise<string> {
  const result = await build({
    stdin: { contents: "export * from './prepare'; export * from './inspect'; export * from './bench';", resolveDir: join(import.meta.dirname, '../src/materials'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'M',
    target: 'es2022',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

/** One warm-up, then `runs` timed composes of two 4000×3000 photos; the results in order. */
export async function benchInChromium(runs = 3): Promise<BenchResult[]> {
  const content = await bundleForPage();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content });
    await page.evaluate(() => M.benchComposeAndCompress());
    const results: BenchResult[] = [];
    for (let i = 0; i < runs; i++) results.push(await page.evaluate(() => M.benchComposeAndCompress()));
    return results;
  } finally {
    await browser.close();
  }
}

declare global {
  /** The injected bundle's exports (bundleForPage). */
  const M: typeof import('../src/materials/prepare') & typeof import('../src/materials/inspect') & typeof import('../src/materials/bench');
}
