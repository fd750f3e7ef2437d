import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from '../src/cli/check';
import { fillFromPopup, openPopupPage } from './demo-popup';
import { APP_PAGES } from '../test/e2e/app-steps';
import { openReplica, PAGES, VARIANTS } from '../test/e2e/replica-pages';
import { startReplicaServer } from '../test/portals/server';
import { CHROMIUM, extensionIdOf, launchWithExtension } from '../test/support/launch-chromium';

// The main job on embedded sample data: build the extension, check the bundled sample profiles, then fill every
// replica portal step in Chromium with the extension, keeping screenshots and fill reports in demo-output/: each
// step is filled through the automation API (the report of record), then afresh from the popup, as an agent would.

const OUT = 'demo-output';
const lang = process.argv.includes('--en') ? 'en' : 'zh';
const headed = process.argv.includes('--headed') && Boolean(process.env.DISPLAY);

function step(title: string) {
  console.log(`\n=== ${title} ===`);
}

function build(args: string[]) {
  const result = spawnSync('npx', ['wxt', 'build', ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Build failed · 构建失败');
    process.exit(result.status ?? 1);
  }
}

step('Build the extension · 构建扩展');
build([]);
build(['--mode', 'e2e']);
console.log('Built .output/chrome-mv3 (load it unpacked from chrome://extensions) and .output/chrome-mv3-e2e (replica hosts pre-granted)');

for (const file of ['public/samples/sample-valid.json', 'public/samples/sample-mistakes.json']) {
  step(`Check ${file} · 检查示例资料`);
  const code = runCheck(['--lang', lang, file], {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
  console.log(code === 0 ? '→ ready to file · 可以提交' : '→ fix these before filing · 提交前请修正');
}

type FieldResult = { path: string; status: string; detail?: string };
type Answer = { ok: boolean; adapter?: string; step?: string; fields?: FieldResult[]; error?: string };

step('Fill every replica portal step · 在各门户副本中自动填写');
if (!existsSync(CHROMIUM)) {
  console.log(`Chromium is not installed at ${CHROMIUM}: run \`sudo apt-get install chromium\` (or set CHROMIUM_PATH), then \`npm run demo\` again to watch the fill.`);
  console.log('未找到 Chromium：请先执行 `sudo apt-get install chromium`，再运行 `npm run demo` 查看自动填写。');
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
const server = await startReplicaServer();
const context = await launchWithExtension({ port: server.port, hosts: server.hosts, headless: !headed, lang: lang === 'en' ? 'en-US' : 'zh-CN' });
const reports: Record<string, Answer> = {};
try {
  const extensionId = await extensionIdOf(context);
  const api = await context.newPage();
  await api.goto(`chrome-extension://${extensionId}/options.html`);
  const profile = JSON.parse(readFileSync('public/samples/sample-valid.json', 'utf8')) as { websites: unknown[] };
  // The popup fills from the store: the sample is the one stored profile, so the popup picks it.
  await api.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'icp:profiles:import', document: profile });
  const portal = await context.newPage();
  const popup = await openPopupPage(context);
  // Every form page of every replica, and of its drifted twin (the same page with other ids, order and label places).
  for (const variant of VARIANTS) {
    for (const replica of PAGES) {
      for (const website of replica.perWebsite ? profile.websites.map((_, i) => i) : [0]) {
        const url = `${replica.origin}${variant.prefix}${replica.path}`;
        const name = `${replica.name} · ${variant.name}${replica.perWebsite ? ` · 网站 ${website + 1}` : ''}`;
        await openReplica(portal, url, replica.frame);
        const tabId = await api.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, url.split('?')[0]!);
        const answer = (await api.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'icp:fill', tabId, profile, website })) as Answer;
        reports[name] = answer;
        const file = name.replace(/[^\w\u4e00-\u9fff+-]+/g, '-');
        await portal.screenshot({ path: join(OUT, `${file}.png`), fullPage: true });
        const counts = (answer.fields ?? []).reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.status]: (acc[f.status] ?? 0) + 1 }), {});
        console.log(`${name.padEnd(44)} ${answer.ok ? `${answer.adapter}/${answer.step}` : `✖ ${answer.error}`}  ${JSON.stringify(counts)}`);
        await openReplica(portal, url, replica.frame); // a fresh page, so the popup's report shows a real fill
        const fromPopup = await fillFromPopup(popup, extensionId, tabId ?? 0, website, join(OUT, `${file}.popup.png`));
        console.log(`${''.padEnd(44)} popup: ${fromPopup.ok ? fromPopup.summary : `✖ ${fromPopup.reason}`}`);
      }
    }
  }
  // The consoles' APP steps (issue 16), from a v2 profile with an APP on two platforms: `service: "apps[0]"`.
  const withApp: unknown = JSON.parse(readFileSync('test/fixtures/v2/valid-enterprise-app-mini.json', 'utf8'));
  for (const variant of VARIANTS) {
    for (const step of APP_PAGES) {
      const url = `${step.origin}${variant.prefix}${step.path}`;
      const name = `${step.name} · ${variant.name}`;
      await openReplica(portal, url, undefined);
      const tabId = await api.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, url.split('#')[0]!);
      const answer = (await api.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'icp:fill', tabId, profile: withApp, service: 'apps[0]' })) as Answer;
      reports[name] = answer;
      await portal.screenshot({ path: join(OUT, `${name.replace(/[^\w\u4e00-\u9fff+-]+/g, '-')}.png`), fullPage: true });
      const counts = (answer.fields ?? []).reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.status]: (acc[f.status] ?? 0) + 1 }), {});
      console.log(`${name.padEnd(44)} ${answer.ok ? `${answer.adapter}/${answer.step}` : `✖ ${answer.error}`}  ${JSON.stringify(counts)}`);
    }
  }
} finally {
  await context.close();
  await server.close();
}
writeFileSync(join(OUT, 'fill-reports.json'), `${JSON.stringify(reports, null, 2)}\n`);
console.log(`\nScreenshots and fill reports: ${OUT}/ · 截图与填写报告已保存到 ${OUT}/`);

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};
