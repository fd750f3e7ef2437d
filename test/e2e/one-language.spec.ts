import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, send, tabIdOf, test } from './fixtures';
import { inLanguage } from './in-language';

// One language at a time: the English options page and side panel show no Chinese but data (what was imported or
// typed) and portal labels (marked lang="zh-CN"); the in-page marks name the field as the filing does, in the
// browser's language only, with an SVG icon, and never show a value.

const SUBJECT = 'https://icp.cloud.21vianet.com/subject';
const PROFILE = readFileSync('test/fixtures/profiles/valid-enterprise.json', 'utf8');
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Every string in the imported profile: data the agent owns, which may be in any language. */
function dataValues(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(dataValues);
  if (value && typeof value === 'object') return Object.values(value).flatMap(dataValues);
  return [];
}
const DATA = dataValues(JSON.parse(PROFILE)).sort((a, b) => b.length - a.length);

/** The page's own words (text, accessible names, tooltips, placeholders, the title) that contain CJK once data is removed. */
function ownChinese(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ data, cjk }) => {
      const pattern = new RegExp(cjk);
      const strip = (text: string) => data.reduce((t, d) => t.split(d).join(''), text);
      const found: string[] = [];
      // Marked inside the page, not by the page's own language on <html>.
      const portalLabel = (el: Element | null) => !el || el.closest('body [lang^="zh"], script, style') !== null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (portalLabel(node.parentElement)) continue;
        const text = strip(node.textContent ?? '');
        if (pattern.test(text)) found.push(text.trim());
      }
      for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (portalLabel(el)) continue;
        for (const name of ['aria-label', 'title', 'placeholder']) {
          const text = strip(el.getAttribute(name) ?? '');
          if (pattern.test(text)) found.push(`${name}: ${text}`);
        }
      }
      if (pattern.test(document.title)) found.push(`title: ${document.title}`);
      return found;
    },
    { data: DATA, cjk: CJK.source },
  );
}

async function openProfile(options: Page) {
  await options.evaluate((doc) => chrome.runtime.sendMessage({ type: 'icp:profiles:import', document: doc }), PROFILE);
  await options.reload();
  await options.click('#profile-list .row');
  await expect(options.locator('.editor')).toBeVisible();
}

/** The side panel after checking a hand-typed 21Vianet page whose head ID is one digit short. */
async function checkedPanel(context: BrowserContext, options: Page, extensionId: string) {
  const portal = await context.newPage();
  await portal.goto(SUBJECT);
  await portal.fill('#principalName', '王小明');
  await portal.selectOption('#principalCertType', { label: '居民身份证' });
  await portal.fill('#principalCertNum', '33010619900307123');
  const tabId = await tabIdOf(options, SUBJECT);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.click('#check-page');
  await expect(panel.locator('#findings li[data-path="subject.head.certificate.number"]')).toBeVisible();
  return { portal, panel, tabId };
}

/** The text and element names inside each mark's closed shadow root, read through DevTools (pages cannot). */
async function marks(context: BrowserContext, page: Page): Promise<{ paths: string; text: string; tags: string[] }[]> {
  type Node = { nodeName: string; nodeType: number; nodeValue: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const cdp = await context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const found: { paths: string; text: string; tags: string[] }[] = [];
  const walkShadow = (node: Node, out: { text: string[]; tags: string[] }) => {
    if (node.nodeType === 3) out.text.push(node.nodeValue);
    else out.tags.push(node.nodeName.toLowerCase());
    for (const child of node.children ?? []) walkShadow(child, out);
  };
  const visit = (node: Node) => {
    if (node.nodeName === 'BEIAN-ASSISTANT-MARKER') {
      const attrs = node.attributes ?? [];
      const out = { text: [] as string[], tags: [] as string[] };
      for (const shadow of node.shadowRoots ?? []) walkShadow(shadow, out);
      found.push({ paths: attrs[attrs.indexOf('data-paths') + 1] ?? '', text: out.text.join(''), tags: out.tags });
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
  };
  visit(root);
  await cdp.detach();
  return found;
}

test('the English options page and side panel show no Chinese outside data and portal labels; the Chinese ones do', async () => {
  const seen: Record<string, string[]> = {};
  for (const lang of ['en-US', 'zh-CN']) {
    await inLanguage(lang, async (context, options, id) => {
      await openProfile(options);
      // An import refusal too: its messages are written in both languages and must show one.
      await options.setInputFiles('#import-file', 'test/fixtures/profiles/unknown-key.json');
      await expect(options.locator('#import-errors li')).toHaveCount(1);
      const onOptions = await ownChinese(options);
      const { panel } = await checkedPanel(context, options, id);
      seen[lang] = [...onOptions, ...(await ownChinese(panel))];
      if (lang === 'en-US') {
        expect(onOptions, 'options page').toEqual([]);
        expect(await ownChinese(panel), 'side panel').toEqual([]);
      }
    });
  }
  // The same scan finds the Chinese page's own words: it reads what is rendered.
  expect(seen['zh-CN']).toEqual(expect.arrayContaining(['主办单位', '保存', '检查当前页面']));
});

const NAMES = { 'zh-CN': '主办单位负责人 · 负责人证件号码', 'en-US': 'Host entity head · Document number' };
const MESSAGES = { 'zh-CN': '证件号码应为 18 位', 'en-US': 'ID number must be 17 digits' };

for (const lang of ['zh-CN', 'en-US'] as const) {
  test(`marks and side panel name the field as the filing does, in ${lang} only, with an SVG icon and no value`, async () => {
    await inLanguage(lang, async (context, options, id) => {
      const { portal, panel, tabId } = await checkedPanel(context, options, id);
      const entry = panel.locator('#findings li[data-path="subject.head.certificate.number"]');
      await expect(entry.locator('b')).toHaveText(NAMES[lang]);
      await expect(entry.locator('b')).toHaveAttribute('title', 'subject.head.certificate.number');
      // Each entry is a button: Space (as Enter or a click) takes the agent to the field on the page.
      await entry.getByRole('button').focus();
      await panel.keyboard.press('Space');
      await expect.poll(() => portal.evaluate(() => document.activeElement?.id)).toBe('principalCertNum');

      await send(options, { type: 'icp:check', tabId });
      await expect(portal.locator('beian-assistant-marker[data-paths~="subject.head.certificate.number"]')).toHaveCount(1);
      const all = await marks(context, portal);
      const mark = all.find((m) => m.paths.split(' ').includes('subject.head.certificate.number'));
      // The colon of the mark's language: full-width in Chinese.
      expect(mark?.text).toContain(`${NAMES[lang]}${lang === 'zh-CN' ? '：' : ': '}${MESSAGES[lang]}`);
      expect(mark?.text).not.toContain(MESSAGES[lang === 'zh-CN' ? 'en-US' : 'zh-CN']);
      expect(mark?.tags).toContain('svg');
      for (const m of all) {
        expect(m.text).not.toMatch(/[✖⚠]/);
        expect(m.text).not.toMatch(/subject\.|websites\[/);
        expect(m.text).not.toContain('33010619900307123'); // what was typed stays in the field
        expect(m.text).not.toContain('王小明');
      }
    });
  });
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
