import { spawnSync } from 'node:child_process';
import { existsSync, openAsBlob, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { browserBench, browserReady } from './bench-browser';
import { syncBrowserRows } from './bench-sync-browser';
import { startCouchServer } from '../test/support/couch-server';
import { workspaceBench } from './bench-workspace';
import { benchInChromium } from './bench-materials';
import { performance } from 'node:perf_hooks';
import { readPackage } from '../src/package/read-package';
import { blobSource } from '../src/package/source';
import * as make from '../src/package/testing/build-packages';
import { importDocument } from '../src/profile/import';
import { profileSchema, type Profile } from '../src/profile/schema';
import { runRules } from '../src/rules/run-rules';

// Speed targets as ratios against a baseline measured in the same run (DEVELOPERS.md): never a timed test.

const TODAY = '2026-11-23';
const sample = JSON.parse(readFileSync('public/samples/sample-valid.json', 'utf8')) as Profile;
/** v2 profiles with APPs (and a mini program): 3 in every 100 generated profiles (issue 16). */
const appSamples = ['valid-enterprise-app-mini.json', 'valid-personal-harmony-app.json'].map(
  (file) => JSON.parse(readFileSync(`test/fixtures/v2/${file}`, 'utf8')) as Profile,
);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeEach(runs: number, fn: () => void): number {
  for (let i = 0; i < Math.min(200, runs); i++) fn(); // warm the JIT before measuring
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** 10,000 distinct profiles as JSON text, as an agent's export would hold them. */
function generatedDocuments(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const doc = structuredClone(i % 100 < 3 ? appSamples[i % appSamples.length]! : sample);
    doc.label = `客户 ${i}`;
    if (doc.subject.nature !== '个人') doc.subject.name = `杭州示例${i}科技有限公司`;
    doc.websites.forEach((site, w) => {
      site.domains = [`example-${i}-${w}.com`];
      site.homepage = `www.example-${i}-${w}.com`;
    });
    doc.apps?.forEach((app, a) => {
      app.domains = [`api.app-${i}-${a}.com`];
      for (const platform of app.platforms) platform.domains = [...app.domains];
    });
    return JSON.stringify(doc);
  });
}

export type Row = { what: string; ms: number; baseline: string; baselineMs: number; target: string; ratio?: string };
const rows: Row[] = [];
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

// --workspace-only: just the 10,000-profile workspace rows (popup, options), the ones UI work moves.
const workspaceOnly = process.argv.includes('--workspace-only');
// --package-only: just the package reader's rows (Node, no browser).
const packageOnly = process.argv.includes('--package-only');
// --materials-only: just composing and compressing an ID pair in Chromium.
const materialsOnly = process.argv.includes('--materials-only');
// --sync-only: just a team's first sync of 10,000 profiles over loopback.
const syncOnly = process.argv.includes('--sync-only');
// --fill-only [--step=<words>]: just the fill in the browser, every step or those whose name holds <words>.
const fillOnly = process.argv.includes('--fill-only');
const stepFilter = process.argv.find((a) => a.startsWith('--step='))?.slice('--step='.length);
// --import-only: just validating one profile and importing + validating 10,000 (Node, no browser).
const importOnly = process.argv.includes('--import-only');
if (process.argv.includes('--help')) {
  console.log('npm run bench [-- --no-workspace | --workspace-only | --package-only | --materials-only | --sync-only | --fill-only [--step=<words>] | --import-only]');
  process.exit(0);
}

const MB = 1024 * 1024;
const notes: string[] = [];

/**
 * A 100 MB APK (one stored entry, signed v1 + v2 + v3 by apksigner) read from a file-backed Blob, as the options page
 * reads a dropped File: time against reading the file's bytes once, and the bytes it takes into memory.
 */
async function packageRows() {
  make.requireTools('apksigner', 'aapt', 'keytool', 'openssl');
  const dir = make.workdir();
  try {
    const unsigned = make.makeUnsignedApk(dir, 'com.yunqi.ledger', 'large', 100 * MB);
    const apk = make.signApk(unsigned, join(dir, 'large-signed.apk'), [make.makeKey(dir, 'k', 'CN=Yunqi Release, C=CN')], { v1: true, v2: true, v3: true });
    const blob = await openAsBlob(apk);
    let taken = 0;
    const source = blobSource(blob);
    const counting = { size: source.size, read: (offset: number, length: number) => ((taken += length), source.read(offset, length)) };
    const times: number[] = [];
    const baselines: number[] = [];
    let heapGrowth = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await blob.arrayBuffer();
      baselines.push(performance.now() - start);
      taken = 0;
      const before = process.memoryUsage();
      const t = performance.now();
      const report = await readPackage(counting, 'large-signed.apk');
      times.push(performance.now() - t);
      const after = process.memoryUsage();
      heapGrowth = Math.max(heapGrowth, after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers);
      if (!report.ok || report.fingerprint === '') throw new Error(`the 100 MB APK was not read: ${JSON.stringify(report)}`);
    }
    const ms = median(times);
    const baselineMs = median(baselines);
    rows.push({
      what: `read a ${(blob.size / MB).toFixed(0)} MB APK (v1 + v2 + v3, file-backed Blob, median of 5)`,
      ms,
      baseline: "read the file's bytes once",
      baselineMs,
      target: '≤ 1 s, ≤ 50 MB',
      ratio: `${(ms / baselineMs).toFixed(2)}× the baseline; ${(ms / 1000).toFixed(3)}× the limit`,
    });
    notes.push(
      `package reader: ${(taken / 1024).toFixed(0)} KB of the ${(blob.size / MB).toFixed(0)} MB APK read into memory; heap + buffers grew at most ${(heapGrowth / MB).toFixed(1)} MB during a read (target ≤ 50 MB: ${(Math.max(taken, heapGrowth) / (50 * MB)).toFixed(3)}× the limit)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compose and compress an ID pair from two 4000×3000 photos in Chromium (issue 17: ≤ 500 ms), against decoding them. */
async function materialRows() {
  const results = await benchInChromium(5);
  const ms = median(results.map((r) => r.ms));
  const baselineMs = median(results.map((r) => r.decodeMs));
  const last = results[results.length - 1];
  rows.push({
    what: `compose + compress an ID pair from two 4000×3000 photos (median of 5; ${last?.width}×${last?.height}, ${((last?.bytes ?? 0) / 1024).toFixed(0)} KB, fits ${last?.fits})`,
    ms,
    baseline: 'decode both photos once',
    baselineMs,
    target: '≤ 500 ms',
    ratio: `${(ms / baselineMs).toFixed(1)}× the baseline; ${(ms / 500).toFixed(2)}× the limit`,
  });
}

/** Rules and import in Node, then the fill in the browser: the rows UI work does not move. */
async function engineRows() {
  importRows();
  await browserBench(rows);
}

/** Validating one profile, and importing + validating 10,000, in Node. */
function importRows() {
  const parsed = profileSchema.parse(sample);
  const zodOne = timeEach(3000, () => profileSchema.parse(sample));
  const rulesOne = timeEach(3000, () => runRules(parsed, { today: TODAY }));
  rows.push({ what: 'validate one full profile (rules)', ms: rulesOne, baseline: 'zod parse alone', baselineMs: zodOne, target: '≤ 1 ms' });

  const docs = generatedDocuments(10_000);
  timeOnce(() => docs.slice(0, 500).forEach((d) => runRules(profileSchema.parse(JSON.parse(d)), { today: TODAY })));
  const parseAll = timeOnce(() => docs.forEach((d) => profileSchema.parse(JSON.parse(d))));
  const importAll = timeOnce(() =>
    docs.forEach((d) => {
      const result = importDocument(d);
      if (!result.ok) throw new Error('generated profile refused');
      for (const profile of result.profiles) runRules(profile, { today: TODAY });
    }),
  );
  rows.push({ what: 'import + validate 10,000 profiles', ms: importAll, baseline: 'JSON.parse + zod parse', baselineMs: parseAll, target: '≤ 2 s' });
}

const only = workspaceOnly || packageOnly || materialsOnly || syncOnly || fillOnly || importOnly;
if (!only || packageOnly) await packageRows();
if (!only) await engineRows();
if (fillOnly) await browserBench(rows, stepFilter);
if (importOnly) importRows();
if (!only || materialsOnly) await materialRows();
if (!only || syncOnly) {
  // In two real browsers only: Node's fake-indexeddb walks an index cursor in quadratic time (4,000 profiles: 4 s for
  // one walk), so a Node run would measure the fake.
  const server = await startCouchServer();
  try {
    if (browserReady('sync benchmark in Chromium')) await syncBrowserRows(rows, server);
  } finally {
    await server.close();
  }
}
if (process.argv.includes('--no-workspace') || (only && !workspaceOnly)) console.log('(workspace benchmark skipped)');
else await workspaceBench(rows);

console.log('Beian Assistant benchmark (Node %s, %s)\n', process.version, new Date().toISOString());
console.log('| measurement | time | baseline | baseline time | ratio | target |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.what} | ${fmt(r.ms)} | ${r.baseline} | ${fmt(r.baselineMs)} | ${r.ratio ?? `${(r.ms / r.baselineMs).toFixed(1)}×`} | ${r.target} |`);
}

for (const note of notes) console.log(`\n${note}`);
if (packageOnly || materialsOnly || syncOnly || fillOnly || importOnly) process.exit(0);

const script = `${process.env.BEIAN_OUT_DIR ?? '.output'}/chrome-mv3/content-scripts/portal.js`;
if (!existsSync(script) && !workspaceOnly) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }); // a fresh clone has no build yet
if (existsSync(script)) {
  const raw = readFileSync(script);
  console.log(`\ncontent script: ${(raw.length / 1024).toFixed(1)} KB, ${(gzipSync(raw).length / 1024).toFixed(1)} KB gzipped (target ≤ 40 KB gzipped)`);
} else {
  console.log('\ncontent script size: run `npm run build` first');
}
