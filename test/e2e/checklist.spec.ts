import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checklist, type ChecklistItem } from '../../src/checklist/checklist';
import { importDocument } from '../../src/profile/import';
import type { Profile } from '../../src/profile/schema';
import { parseService } from '../../src/profile/service';
import { runRules, todayInChina } from '../../src/rules/run-rules';
import { expect, fixtureProfile, send, tabIdOf, test, validProfiles } from './fixtures';
import { inLanguage } from './in-language';

// 材料清单 (issue 17 item 5) and the printable 核验单 (item 7) in the built extension: icp:checklist answers what the
// engine gives for the sample profiles, and changes when a material is added or fails; the editor's panel lists the
// items and jumps to the material; the popup counts them on a portal; the check sheet shows the profile's 主办者名称
// and 域名, prints only when asked, and nothing of a locked vault.

const WEBSITE_STEP = 'https://icp.cloud.21vianet.com/website';
const PASSPHRASE = 'checklist test passphrase';

function v2Raw(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/v2', name), 'utf8')) as Record<string, unknown>;
}

function parsed(raw: unknown): Profile {
  const result = importDocument(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profiles[0]!;
}

/** Every valid sample, v1 and v2, raw as a script sends it and as imported. */
function samples(): { name: string; raw: unknown; profile: Profile }[] {
  const v2 = ['valid-enterprise-app-mini.json', 'valid-personal-harmony-app.json'].map((name) => ({ name, raw: v2Raw(name), profile: parsed(v2Raw(name)) }));
  return [...validProfiles(), ...v2];
}

/** The v2 enterprise sample with a sound 营业执照 scan and an expired 域名证书 (metadata only: the checklist reads no bytes). */
function withMaterials(): Record<string, unknown> {
  const raw = v2Raw('valid-enterprise-app-mini.json');
  raw.label = '材料清单测试';
  raw.materials = [
    { id: 'm-licence', kind: '主办单位证件', owner: 'subject', name: '营业执照.jpg', type: 'image/jpeg', size: 400_000, width: 2000, height: 1400, sha256: 'a'.repeat(64) },
    { id: 'm-domain', kind: '域名证书', owner: 'websites[0].domains[0]', name: '域名证书.jpg', type: 'image/jpeg', size: 400_000, width: 2000, height: 1400, sha256: 'b'.repeat(64), validUntil: '2020-01-01' },
  ];
  return raw;
}

/** What the engine gives, as it comes through a message (JSON: absent keys stay absent). */
function expected(profile: Profile, service?: string, provider?: string): ChecklistItem[] {
  const items = checklist(profile, service ? parseService(service) : undefined, provider, runRules(profile, { today: todayInChina() }));
  return JSON.parse(JSON.stringify(items)) as ChecklistItem[];
}

/** Every string of a profile, longest first: data the agent owns, in any language. */
function dataValues(value: unknown): string[] {
  const all = (v: unknown): string[] => (typeof v === 'string' ? (v ? [v] : []) : Array.isArray(v) ? v.flatMap(all) : v && typeof v === 'object' ? Object.values(v).flatMap(all) : []);
  return all(value).sort((a, b) => b.length - a.length);
}

type Answer = { ok: true; items: ChecklistItem[] } | { ok: false; error: string };
const statusOf = (items: readonly ChecklistItem[], kind: string, owner: string) => items.find((i) => i.kind === kind && i.owner === owner)?.status;

async function storeOne(api: Page, document: unknown): Promise<string> {
  expect(await send(api, { type: 'icp:profiles:import', document })).toEqual({ ok: true, imported: 1 });
  const listed = await send<{ profiles: { id: string }[] }>(api, { type: 'icp:profiles:list' });
  return listed.profiles[0]!.id;
}

/** Serious and critical axe violations inside `include`, in the light and the dark colour scheme. */
async function serious(page: Page, include: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include(include).analyze();
    found.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${colorScheme} ${v.id}: ${n.target.join(' ')}`)));
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

test('icp:checklist answers the engine\'s items for every sample, by service, for a stored profile and on a portal tab', async ({ context, api }) => {
  for (const { name, raw, profile } of samples()) {
    const answer = await send<Answer>(api, { type: 'icp:checklist', profile: raw });
    expect(answer, name).toEqual({ ok: true, items: expected(profile) });
    const service = profile.websites.length ? 'websites[0]' : 'apps[0]';
    expect(await send<Answer>(api, { type: 'icp:checklist', profile: raw, service }), `${name} ${service}`).toEqual({ ok: true, items: expected(profile, service) });
  }
  expect(await send<Answer>(api, { type: 'icp:checklist', profile: v2Raw('valid-personal-harmony-app.json'), service: 'websites[0]' })).toMatchObject({ ok: false, error: expect.stringContaining('no website 1') });
  expect(await send<Answer>(api, { type: 'icp:checklist', profile: { id: 'nobody' } })).toMatchObject({ ok: false });

  // A material added and one failing: the statuses follow, as the engine says, for the stored profile too.
  const raw = withMaterials();
  const id = await storeOne(api, raw);
  const stored = await send<Answer>(api, { type: 'icp:checklist', profile: { id } });
  if (!stored.ok) throw new Error(stored.error);
  expect(stored.items).toEqual(expected(parsed(raw)));
  expect(statusOf(stored.items, '主办单位证件', 'subject')).toBe('present');
  expect(statusOf(stored.items, '域名证书', 'websites[0].domains[0]')).toBe('failing');
  expect(stored.items.find((i) => i.kind === '域名证书')?.findings.map((f) => f.rule)).toContain('materials/document-expired');
  const before = await send<Answer>(api, { type: 'icp:checklist', profile: v2Raw('valid-enterprise-app-mini.json') });
  expect(before.ok && statusOf(before.items, '主办单位证件', 'subject')).toBe('missing');
  expect(before.ok && statusOf(before.items, '域名证书', 'websites[0].domains[0]')).toBe('missing');

  // On 21Vianet's tab the filing goes through 21Vianet, whatever the profile names: its 核验单 and 域名证书 are required.
  const onAliyun = fixtureProfile('valid-enterprise.json');
  const site = (onAliyun.websites as { access: { provider: string } }[])[0]!;
  site.access.provider = '阿里云';
  const portal = await context.newPage();
  await portal.goto(WEBSITE_STEP);
  const tabId = await tabIdOf(api, WEBSITE_STEP);
  const onTab = await send<Answer>(api, { type: 'icp:checklist', profile: onAliyun, service: 'websites[0]', tabId });
  expect(onTab).toEqual({ ok: true, items: expected(parsed(onAliyun), 'websites[0]', '21vianet') });
  const offTab = await send<Answer>(api, { type: 'icp:checklist', profile: onAliyun, service: 'websites[0]' });
  expect(offTab).toEqual({ ok: true, items: expected(parsed(onAliyun), 'websites[0]') });
  expect(onTab.ok && onTab.items.find((i) => i.kind === '核验单')?.reason.zh).toContain('世纪互联');
  expect(onTab).not.toEqual(offTab);
});

test('the editor\'s checklist lists the items, a click jumps to the material or the materials section; the popup counts them; axe', async ({ context, api, extensionId }) => {
  const raw = withMaterials();
  const id = await storeOne(api, raw);
  await api.reload();
  await api.click('#profile-list .row');
  const panel = api.locator('#checklist');
  await expect(panel).toBeVisible();
  // Something fails: the panel opens by itself.
  await expect(panel).toHaveAttribute('open', '');
  const items = expected(parsed(raw));
  const rows = panel.locator('#checklist-items > li');
  await expect(rows).toHaveCount(items.length);
  for (const item of items) {
    const row = panel.locator(`#checklist-items > li[data-kind="${item.kind}"][data-owner="${item.owner}"]`);
    await expect(row, `${item.kind} ${item.owner}`).toHaveAttribute('data-status', item.status);
  }
  // Status in words, not colour alone; the failing item first, with its finding.
  await expect(rows.first()).toHaveAttribute('data-status', 'failing');
  await expect(rows.first().locator('.check-status')).toHaveText('不合格');
  await expect(rows.first().locator('.check-owner')).toHaveText('网站「云栖示例官网」 · yunqi-example.com');
  await expect(rows.first().locator('.check-findings')).toContainText('已于 2020-01-01 过期');
  const counts = panel.locator('#checklist-counts');
  await expect(counts).toHaveAttribute('data-failing', '1');
  await expect(counts).toHaveAttribute('data-present', '1');

  // The materials section closed first: a click on the failing item opens it and lands on the 域名证书 card.
  await api.click('#materials-toggle');
  await expect(api.locator('#materials-body')).toBeHidden();
  await rows.first().locator('.check-jump').click();
  await expect(api.locator('#materials-body')).toBeVisible();
  // Its card, at the field of the error (the validity date).
  await expect.poll(() => api.evaluate(() => document.activeElement?.closest('[data-section="materials"] article[data-path]')?.getAttribute('data-path'))).toBe('materials[1]');
  expect(await api.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path'))).toBe('materials[1].validUntil');
  // A missing item leads to the section, where a file is added.
  await panel.locator('#checklist-items > li[data-status="missing"] .check-jump').first().click();
  await expect(api.locator('#materials-toggle')).toBeFocused();

  await panel.screenshot({ path: test.info().outputPath('checklist-panel.png') });
  expect(await serious(api, '#checklist'), 'checklist panel').toEqual([]);

  // The printable 核验单 opens from the panel for the stored website.
  const link = panel.locator('#print-check-sheet-0');
  await expect(link).toHaveAttribute('href', `check-sheet.html?profile=${encodeURIComponent(id)}&service=websites%5B0%5D`);
  const [sheet] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(sheet.locator('#sheet-subject-name')).toHaveText('杭州云栖示例科技有限公司');
  await sheet.close();

  // The popup on 21Vianet's website step: the counts of the chosen profile and website, the list one click away.
  const portal = await context.newPage();
  await portal.goto(WEBSITE_STEP);
  const tabId = await tabIdOf(api, WEBSITE_STEP);
  const answer = await send<Answer>(api, { type: 'icp:checklist', profile: { id }, service: 'websites[0]', tabId });
  if (!answer.ok) throw new Error(answer.error);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const compact = popup.locator('#popup-checklist');
  await expect(compact).toHaveAttribute('data-missing', String(answer.items.filter((i) => i.status === 'missing').length));
  await expect(compact).toHaveAttribute('data-failing', '1');
  await expect(compact.locator('summary')).toContainText(/缺少 \d+ · 不合格 1 · 已备 1/);
  await expect(compact.locator('li').first()).toBeHidden();
  await compact.locator('summary').click();
  await expect(compact.locator('li')).toHaveCount(answer.items.length);
  await expect(compact.locator('li').first()).toHaveAttribute('data-status', 'failing');
  await popup.screenshot({ path: test.info().outputPath('popup-checklist.png'), fullPage: true });
  expect(await serious(popup, '#popup-checklist'), 'popup checklist').toEqual([]);
});

test('the check sheet: 主办者名称 and 域名 of the profile, printed only on the button; a locked vault shows only the unlock form', async ({ context, api, extensionId }) => {
  const raw = fixtureProfile('valid-enterprise-two-websites.json');
  const profile = parsed(raw);
  const id = await storeOne(api, raw);
  const url = `chrome-extension://${extensionId}/check-sheet.html?profile=${encodeURIComponent(id)}&service=websites%5B1%5D`;
  const sheet = await context.newPage();
  // window.print counted, not run: the page must never print by itself.
  await sheet.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => void (counted.printed += 1);
  });
  await sheet.goto(url);
  await expect(sheet.locator('#sheet-subject-name')).toHaveText(profile.subject.name);
  await expect(sheet.locator('#sheet-domains .sheet-domain')).toHaveText(profile.websites[1]!.domains);
  await expect(sheet.locator('h1')).toHaveText('网站备案信息真实性核验单');
  // Left for signature and stamp: the signing boxes are empty, the provider's part says it is the provider's.
  await expect(sheet.locator('.sheet-sign').first()).toHaveText('');
  await expect(sheet.locator('.sheet')).toContainText('核验人签字及单位盖章');
  expect(await sheet.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
  await sheet.click('#print');
  expect(await sheet.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // On paper only the form: the instructions and the button are for the screen.
  await sheet.emulateMedia({ media: 'print' });
  await expect(sheet.locator('.sheet-howto')).toBeHidden();
  await expect(sheet.locator('.sheet')).toBeVisible();
  await sheet.emulateMedia({ media: null });
  await sheet.screenshot({ path: test.info().outputPath('check-sheet.png'), fullPage: true });
  expect(await serious(sheet, 'body'), 'check sheet').toEqual([]);

  // Locked: the open sheet empties itself, a fresh one shows only the unlock form; the unlock brings it back.
  expect(await send(api, { type: 'icp:vault:enable', passphrase: PASSPHRASE })).toEqual({ ok: true });
  await sheet.reload();
  await expect(sheet.locator('#sheet-subject-name')).toHaveText(profile.subject.name);
  expect(await send(api, { type: 'icp:vault:lock' })).toEqual({ ok: true });
  await expect(sheet.locator('#vault-unlock-passphrase')).toBeVisible();
  await expect(sheet.locator('.sheet')).toHaveCount(0);
  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(fresh.locator('#vault-unlock-passphrase')).toBeVisible();
  for (const page of [sheet, fresh]) {
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(profile.subject.name);
    for (const domain of profile.websites.flatMap((w) => w.domains)) expect(text).not.toContain(domain);
  }
  expect(await serious(fresh, 'body'), 'check sheet, locked').toEqual([]);
  await fresh.fill('#vault-unlock-passphrase', PASSPHRASE);
  await fresh.click('#vault-unlock');
  await expect(fresh.locator('#sheet-subject-name')).toHaveText(profile.subject.name);

  // A profile that is gone, and a service that is not a website, say so.
  await fresh.goto(`chrome-extension://${extensionId}/check-sheet.html?profile=nobody`);
  await expect(fresh.locator('#sheet-error')).toContainText('找不到这份资料');
  await fresh.goto(`chrome-extension://${extensionId}/check-sheet.html?profile=${encodeURIComponent(id)}&service=apps%5B0%5D`);
  await expect(fresh.locator('#sheet-error')).toContainText('核验单按网站填写');
});

test('in English: the panel and the check sheet in one language (the filing\'s terms marked Chinese), axe clean', async () => {
  await inLanguage('en-US', async (context, options, extensionId) => {
    const raw = withMaterials();
    const id = await storeOne(options, raw);
    await options.reload();
    await options.click('#profile-list .row');
    const panel = options.locator('#checklist');
    await expect(panel.locator('summary')).toContainText(/Checklist \d+ missing · 1 failing · 1 present/);
    await expect(panel.locator('#checklist-items > li').first().locator('.check-status')).toHaveText('Failing');
    await expect(panel.locator('#checklist-items > li').first().locator('.check-kind')).toHaveText('Domain certificate');
    // Outside the marked terms and the profile's own data, no Chinese.
    const unmarked = await panel.evaluate((root, data) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('[lang^="zh"]')) continue;
        const text = data.reduce((t, d) => t.split(d).join(''), node.textContent ?? '');
        if (/[\u3400-\u9fff]/.test(text)) found.push(text);
      }
      return found;
    }, dataValues({ ...raw, materials: [] }));
    expect(unmarked).toEqual([]);
    expect(await serious(options, '#checklist'), 'checklist panel (en)').toEqual([]);
    const sheet = await context.newPage();
    await sheet.goto(`chrome-extension://${extensionId}/check-sheet.html?profile=${encodeURIComponent(id)}`);
    await expect(sheet.locator('#print')).toHaveText('Print');
    await expect(sheet.locator('#sheet-subject-name')).toHaveText('杭州云栖示例科技有限公司');
    expect(await serious(sheet, 'body'), 'check sheet (en)').toEqual([]);
  });
});
