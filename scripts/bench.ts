import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { browserBench } from './bench-browser';
import { workspaceBench } from './bench-workspace';
import { performance } from 'node:perf_hooks';
import { importDocument } from '../src/profile/import';
import { profileSchema, type Profile } from '../src/profile/schema';
import { runRules } from '../src/rules/run-rules';

// Speed targets as ratios against a baseline measured in the same run (DEVELOPERS.md): never a timed test.

const TODAY = '2026-11-23';
const sample = JSON.parse(readFileSync('public/samples/sample-valid.json', 'utf8')) as Profile;

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
    const doc = structuredClone(sample);
    doc.label = `客户 ${i}`;
    doc.subject.name = `杭州示例${i}科技有限公司`;
    doc.websites.forEach((site, w) => {
      site.domains = [`example-${i}-${w}.com`];
      site.homepage = `www.example-${i}-${w}.com`;
    });
    return JSON.stringify(doc);
  });
}

export type Row = { what: string; ms: number; baseline: string; baselineMs: number; target: string; ratio?: string };
const rows: Row[] = [];
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

// --workspace-only: just the 10,000-profile workspace rows (popup, options), the ones UI work moves.
const workspaceOnly = process.argv.includes('--workspace-only');
if (process.argv.includes('--help')) {
  console.log('npm run bench [-- --no-workspace | --workspace-only]');
  process.exit(0);
}

/** Rules and import in Node, then the fill in the browser: the rows UI work does not move. */
async function engineRows() {
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
  await browserBench(rows);
}

if (!workspaceOnly) await engineRows();
if (process.argv.includes('--no-workspace')) console.log('(workspace benchmark skipped)');
else await workspaceBench(rows);

console.log('Beian Assistant benchmark (Node %s, %s)\n', process.version, new Date().toISOString());
console.log('| measurement | time | baseline | baseline time | ratio | target |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.what} | ${fmt(r.ms)} | ${r.baseline} | ${fmt(r.baselineMs)} | ${r.ratio ?? `${(r.ms / r.baselineMs).toFixed(1)}×`} | ${r.target} |`);
}

const script = `${process.env.BEIAN_OUT_DIR ?? '.output'}/chrome-mv3/content-scripts/portal.js`;
if (!existsSync(script) && !workspaceOnly) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }); // a fresh clone has no build yet
if (existsSync(script)) {
  const raw = readFileSync(script);
  console.log(`\ncontent script: ${(raw.length / 1024).toFixed(1)} KB, ${(gzipSync(raw).length / 1024).toFixed(1)} KB gzipped (target ≤ 40 KB gzipped)`);
} else {
  console.log('\ncontent script size: run `npm run build` first');
}
