import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runCheck } from '../src/cli/check';

// The main job on embedded sample data: build the extension, then check the bundled sample profiles.

function step(title: string) {
  console.log(`\n=== ${title} ===`);
}

step('Build the extension (Chrome MV3) · 构建扩展');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Build failed · 构建失败');
  process.exit(build.status ?? 1);
}
console.log('Built .output/chrome-mv3 — load it unpacked from chrome://extensions');

const lang = process.argv.includes('--en') ? 'en' : 'zh';
for (const file of ['public/samples/sample-valid.json', 'public/samples/sample-mistakes.json']) {
  step(`Check ${file} · 检查示例资料`);
  const code = runCheck(['--lang', lang, file], {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
  console.log(code === 0 ? '→ ready to file · 可以提交' : '→ fix these before filing · 提交前请修正');
}
