import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inLanguage, popupOverWebsite } from './in-language';
import { seriousViolations } from './axe';

// Issue 15's "a design agents choose": Settings is a view of its own (the vault, the holiday data, the team), with one
// 立即锁定 kept in the aside; the editor is cards in the filing's order under a sticky step bar; every date is the
// same control; long checkbox lists sit in headed grids. The views are kept as gallery pictures, zh and en, light and
// dark (test-results/gallery/), and axe finds nothing serious or critical on Settings or the editor.

export const GALLERY_SHOTS = 'test-results/gallery';
const SAMPLES = ['public/samples/sample-mistakes.json', 'public/samples/sample-valid.json'];
const MISTAKES = '示例 · 常见错误 (typical mistakes)';
const SCHEMES = ['light', 'dark'] as const;

async function importSamples(options: Page) {
  await options.setInputFiles('#import-file', SAMPLES);
  await expect(options.locator('#import-preview .import-add li')).toHaveCount(2);
  await options.click('#import-confirm');
  await expect(options.locator('#profile-list .row')).toHaveCount(2);
}

async function openMistakes(options: Page) {
  await options.locator('#profile-list .row', { hasText: MISTAKES }).click();
  await expect(options.locator('#steps')).toBeVisible();
}

/** The page in each scheme, really drawn in it (a dark body in dark), at 1 CSS px per device px. */
async function shoot(page: Page, name: string, fullPage: boolean) {
  mkdirSync(GALLERY_SHOTS, { recursive: true });
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(colorScheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)');
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);
    await page.screenshot({ path: `${GALLERY_SHOTS}/${name}-${colorScheme}.png`, fullPage });
  }
  await page.emulateMedia({ colorScheme: null });
}

test('Settings is its own view: the vault, the holiday data and the team there, none of it above the editor; one lock stays in the aside', async ({ api: options }) => {
  await importSamples(options);
  await openMistakes(options);
  await expect(options.locator('#vault')).toHaveCount(0);

  // Settings takes the editor's place, and is one of check all, the agenda and Settings at a time.
  await options.click('#check-all-open');
  await options.click('#settings-open');
  await expect(options.locator('#settings-open')).toHaveAttribute('aria-pressed', 'true');
  await expect(options.locator('#check-all-open')).toHaveAttribute('aria-pressed', 'false');
  await expect(options.locator('#check-all')).toHaveCount(0);
  await expect(options.locator('.editor')).toHaveCount(0);
  await expect(options.locator('#settings #vault #vault-new-passphrase')).toBeVisible();
  await expect(options.locator('#settings #calendar-in-use')).toHaveAttribute('data-origin', 'bundled');
  await expect(options.locator('#lock-now')).toHaveCount(0); // nothing to lock before the vault is on
  expect(await seriousViolations(options), 'axe on Settings').toEqual([]);

  // The team panel is a click away, and its way to the vault leads back here.
  await options.click('#settings-team');
  await expect(options.locator('#team-panel')).toBeVisible();
  await expect(options.locator('#settings')).toHaveCount(0);
  await options.click('#team-open-vault');
  await expect(options.locator('#settings #vault')).toBeVisible();

  // The vault turned on from Settings; then the aside's 立即锁定 locks the page down to the unlock form.
  await options.fill('#vault-new-passphrase', 'gallery test passphrase');
  await options.fill('#vault-repeat-passphrase', 'gallery test passphrase');
  await options.click('#vault-enable');
  await expect(options.locator('#settings #vault-change')).toBeVisible();
  await expect(options.locator('#settings #vault-idle')).toBeVisible();
  await expect(options.locator('aside #lock-now')).toHaveText('立即锁定');
  expect(await seriousViolations(options), 'axe on Settings with the vault on').toEqual([]);
  await options.click('#settings-close');
  await expect(options.locator('#settings-open')).toHaveAttribute('aria-pressed', 'false');
  await options.locator('#profile-list .row', { hasText: MISTAKES }).click();
  await expect(options.locator('.editor')).toBeVisible();
  await expect(options.locator('#vault')).toHaveCount(0);
  await options.click('#lock-now');
  await expect(options.locator('#vault-unlock-passphrase')).toBeVisible();
  await expect(options.locator('#profile-list, .editor, #lock-now, #settings')).toHaveCount(0);
});

test('the step bar lists the filing’s steps with their sections’ counts; a step opens and shows its card, and is marked current', async ({ api: options }) => {
  await importSamples(options);
  await openMistakes(options);
  const steps = options.locator('#steps .step');
  const ids = await steps.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-step')));
  expect(ids.slice(0, 3)).toEqual(['subject', 'subject-head', 'website-0']);
  expect(ids.indexOf('materials')).toBeGreaterThan(ids.indexOf('website-0'));
  expect(ids.at(-1)).toMatch(/-security$/);
  await expect(options.locator('#steps')).toHaveAttribute('aria-label', '备案步骤');

  // The counts are the ones each section's heading shows.
  for (const id of ['subject', 'subject-head', 'website-0']) {
    for (const kind of ['count-error', 'count-warning']) {
      const heading = (await options.locator(`#${id}-toggle .${kind}`).allTextContents()).map((t) => t.trim());
      const step = (await options.locator(`.step[data-step="${id}"] .${kind}`).allTextContents()).map((t) => t.trim());
      expect(step, `${id} ${kind}`).toEqual(heading);
    }
  }
  expect(await options.locator('.step .count-error').count()).toBeGreaterThan(0);

  // A closed website: its 公安 step opens the website and its 公安 part, and brings that card into view.
  await options.click('#website-0-toggle');
  await expect(options.locator('#website-0-body')).toBeHidden();
  await options.click('.step[data-step="website-0-security"]');
  await expect(options.locator('#website-0-body')).toBeVisible();
  await expect(options.locator('#website-0-security-body')).toBeVisible();
  await expect(options.locator('[data-section="website-0-security"]')).toBeInViewport();
  await expect(options.locator('.step[data-step="website-0-security"]')).toHaveAttribute('aria-current', 'step');
  await expect(options.locator('#steps')).toBeInViewport(); // sticky

  // Scrolled back to the top, the subject's card is the current step again (followed as the page scrolls).
  await options.evaluate(() => window.scrollTo(0, 0));
  await expect(options.locator('.step[aria-current="step"]')).toHaveAttribute('data-step', /^subject/);
});

test('every date is the same control, with 长期 beside an end date; 服务内容 and 语言 sit in headed groups', async ({ api: options }) => {
  await importSamples(options);
  await openMistakes(options);
  const from = options.locator('input[name="subject.head.certificate.validFrom"]');
  const until = options.locator('input[name="subject.head.certificate.validUntil"]');
  await expect(from).toHaveAttribute('type', 'date');
  await expect(until).toHaveAttribute('type', 'date');
  await expect(options.locator('input[name="websites[0].security.openedOn"]')).toHaveAttribute('type', 'date');

  const longTerm = options.locator('input[name="subject.head.certificate.validUntilLongTerm"]');
  await longTerm.check();
  await expect(until).toBeDisabled();
  await expect(until).toHaveValue('');
  await longTerm.uncheck();
  await expect(until).toBeEnabled();
  await until.fill('2041-05-01');
  await expect(until).toHaveValue('2041-05-01');

  const services = options.locator('.field[data-path="websites[0].services"]');
  await expect(services.locator('fieldset.multi-group legend')).toHaveCount(6);
  await expect(services.locator('input[type=checkbox]')).toHaveCount(30);
  await expect(options.locator('.field[data-path="websites[0].languages"] fieldset.multi-group legend')).toHaveText(['中文', '少数民族语言', '外语']);
});

test('axe: the editor with its step bar, light and dark, has no serious or critical violations', async ({ api: options }) => {
  await importSamples(options);
  await openMistakes(options);
  await options.click('.step[data-step="website-0"]');
  await expect(options.locator('.step[data-step="website-0"]')).toHaveAttribute('aria-current', 'step');
  expect(await seriousViolations(options)).toEqual([]);
});

for (const lang of ['zh-CN', 'en-US']) {
  test(`gallery: first run, editor with its step bar, check all, Settings and the popup, light and dark (${lang})`, async () => {
    await inLanguage(lang, async (context, options, id) => {
      await expect(options.locator('#first-run')).toBeVisible();
      await shoot(options, `first-run-${lang}`, false);

      await importSamples(options);
      await openMistakes(options);
      await options.click('.step[data-step="subject-head"]');
      await expect(options.locator('.step[data-step="subject-head"]')).toHaveAttribute('aria-current', 'step');
      await shoot(options, `editor-${lang}`, false);
      if (lang === 'en-US') expect(await seriousViolations(options), 'axe on the editor (en)').toEqual([]);

      await options.click('#check-all-open');
      await expect(options.locator('#check-all-list .check-all-profile')).toHaveCount(2);
      await options.evaluate(() => window.scrollTo(0, 0));
      await shoot(options, `check-all-${lang}`, false);

      await options.click('#settings-open');
      await expect(options.locator('#settings #vault')).toBeVisible();
      await shoot(options, `settings-${lang}`, false);
      if (lang === 'en-US') expect(await seriousViolations(options), 'axe on Settings (en)').toEqual([]);

      const { popup } = await popupOverWebsite(context, options, id);
      await expect(popup.locator('#profile option')).toHaveCount(2);
      await shoot(popup, `popup-${lang}`, true);
    });
  });
}
