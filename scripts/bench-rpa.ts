import type { Locator, Page } from '@playwright/test';
import { LIBRARY_WIDGETS } from '../src/page/widgets/index';
import { openReplica, PAGES } from '../test/e2e/replica-pages';
import type { Row } from './bench';

// The cloud-console steps filled three ways in the same run: by the extension (one automation-API call), by a
// Playwright RPA script, and by a fixed-sleep filler (dataAided's way, portals.md §1.1: open, sleep 500 ms, pick;
// 700 ms per cascader level; wheel the list up to 6 times). Both scripts replay what the extension filled, recorded
// from the filled page as a person would read it (each field's element and visible value), so all three do the same
// fills; each is then held against the state the extension left (fields held / fields filled).

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};

type Api = { evaluate: Page['evaluate'] };
type Step =
  | { kind: 'text' | 'date'; path: string; value: string }
  | { kind: 'select'; path: string; value: string }
  | { kind: 'multi' | 'cascader'; path: string; value: string[] }
  | { kind: 'check'; path: string };
type Mode = 'rpa' | 'fixed';

const CONSOLES = PAGES.filter((p) => ['aliyun', 'tencent', 'huawei'].includes(p.adapter));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const sleep = (page: Page, ms: number) => page.waitForTimeout(ms);

/** Library widget roots as the engine knows them, by what a script does with them. */
const ROOTS = LIBRARY_WIDGETS.flatMap(({ root, kind }) => {
  if (/multiple/.test(kind)) return [{ root, act: 'multi' }];
  if (/cascader/.test(kind)) return [{ root, act: 'cascader' }];
  if (/date/.test(kind)) return [{ root, act: 'date' }];
  if (/select/.test(kind)) return [{ root, act: 'select' }];
  return [];
});

// Evaluated in the page as text: tsx would wrap named helpers in a `__name` the page does not have.
const RECORD = `(roots) => {
  const pathOf = (el) => {
    const parts = [];
    for (let n = el; n && n !== document.body; n = n.parentElement) parts.unshift(n.tagName.toLowerCase() + ':nth-child(' + ([...n.parentElement.children].indexOf(n) + 1) + ')');
    return 'body > ' + parts.join(' > ');
  };
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const all = roots.map((r) => r.root).join(', ');
  const steps = [];
  const done = new Set();
  for (const el of document.querySelectorAll('input, textarea, ' + all)) {
    const owner = el.closest(all);
    if (owner) {
      if (done.has(owner) || !shown(owner)) continue;
      done.add(owner);
      const act = roots.find((r) => owner.matches(r.root)).act;
      const input = owner.querySelector('input:not([type=hidden])');
      const text = ((input && input.value.trim()) || owner.innerText || '').trim();
      if (act === 'multi') {
        const tags = [...owner.querySelectorAll('[class*="tag"]')].filter((t) => !t.querySelector('[class*="tag"]')).map((t) => t.textContent.trim()).filter(Boolean);
        if (tags.length) steps.push({ kind: 'multi', path: pathOf(owner), value: [...new Set(tags)] });
      } else if (act === 'cascader') {
        if (text) steps.push({ kind: 'cascader', path: pathOf(owner), value: text.split(/\\s*\\/\\s*/) });
      } else if (act === 'date') {
        if (input && input.value) steps.push({ kind: 'date', path: pathOf(input), value: input.value });
      } else if (text) steps.push({ kind: 'select', path: pathOf(owner), value: text });
      continue;
    }
    if (!shown(el) && !(el.type === 'checkbox' || el.type === 'radio')) continue;
    if (el.type === 'checkbox' || el.type === 'radio') {
      const target = el.closest('label') || el;
      if (el.checked && shown(target)) steps.push({ kind: 'check', path: pathOf(target) });
    } else if (!['hidden', 'file', 'button', 'submit'].includes(el.type) && el.value.trim()) {
      steps.push({ kind: 'text', path: pathOf(el), value: el.value });
    }
  }
  return steps;
}`;

/**
 * The option labelled so in the layer the click opened: the last shown element with exactly that text, off-screen
 * copies left out (tea-component keeps one of its list at -9999px for measuring).
 */
async function optionIn(page: Page, label: string): Promise<Locator | undefined> {
  const all = page.getByText(label, { exact: true });
  for (let i = (await all.count()) - 1; i >= 0; i--) {
    const box = await all.nth(i).boundingBox();
    if (box && box.width > 0 && box.x >= 0 && box.y >= 0) return all.nth(i);
  }
  return undefined;
}

/** An RPA script polls for the option as Playwright's own waits do. */
async function optionWithin(page: Page, label: string, ms: number): Promise<Locator | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const option = await optionIn(page, label);
    if (option || Date.now() > until) return option;
    await sleep(page, 50);
  }
}

async function choose(page: Page, label: string, mode: Mode, typeable: boolean): Promise<boolean> {
  let option: Locator | undefined;
  if (mode === 'rpa') {
    // An RPA script waits for the option, types to search a long list, then waits again.
    option = await optionWithin(page, label, 2000);
    if (!option && typeable) {
      await page.keyboard.type(label);
      option = await optionWithin(page, label, 2000);
    }
  } else {
    await sleep(page, 500);
    option = await optionIn(page, label);
    for (let turn = 0; turn < 6 && !option; turn++) {
      await page.mouse.wheel(0, 250);
      await sleep(page, 500);
      option = await optionIn(page, label);
    }
  }
  if (!option) return false;
  await option.click({ timeout: 2000 }).catch(() => undefined);
  // A multiple select may ask to confirm the choice (tea-component SelectMultiple's 确定).
  const confirm = page.getByRole('button', { name: '确定', exact: true }).filter({ visible: true });
  if ((await confirm.count()) === 1) await confirm.click({ timeout: 2000 }).catch(() => undefined);
  return true;
}

async function replay(page: Page, steps: readonly Step[], mode: Mode): Promise<number> {
  let missed = 0;
  for (const step of steps) {
    const target = page.locator(step.path);
    try {
      if (step.kind === 'text') await target.fill(step.value, { timeout: 3000 });
      else if (step.kind === 'check') await target.click({ timeout: 3000 });
      else if (step.kind === 'date') {
        await target.click({ timeout: 3000 });
        await target.fill(step.value);
        await target.press('Enter');
        if (mode === 'fixed') await sleep(page, 500);
      } else {
        const typeable = (await target.locator('input:not([readonly])').count()) > 0;
        await target.click({ timeout: 3000 });
        const labels = step.kind === 'select' ? [step.value] : step.value;
        for (const label of labels) {
          if (!(await choose(page, label, mode, typeable && step.kind !== 'cascader'))) missed++;
          if (mode === 'fixed' && step.kind === 'cascader') await sleep(page, 700);
        }
        // A multiple select stays open after each pick: Escape, then a click beside the form, as a person would.
        if (step.kind === 'multi') {
          await page.keyboard.press('Escape');
          await page.mouse.click(2, 2);
        }
      }
    } catch {
      missed++;
    }
  }
  return missed;
}

const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { replicaState?: () => Record<string, unknown>; replica?: { state(): Record<string, unknown> } };
    return JSON.parse(JSON.stringify(w.replicaState ? w.replicaState() : (w.replica?.state() ?? {}))) as Record<string, unknown>;
  });

/** Of the keys the extension's fill changed, how many the other filler left equal. */
function held(fresh: Record<string, unknown>, byExtension: Record<string, unknown>, other: Record<string, unknown>): [number, number] {
  const changed = Object.keys(byExtension).filter((k) => JSON.stringify(byExtension[k]) !== JSON.stringify(fresh[k]));
  return [changed.filter((k) => JSON.stringify(other[k]) === JSON.stringify(byExtension[k])).length, changed.length];
}

export async function rpaBench(rows: Row[], api: Api, portal: Page, profile: unknown): Promise<void> {
  for (const replica of CONSOLES) {
    const url = `${replica.origin}${replica.path}`;
    const ext: number[] = [];
    const times: Record<Mode, number[]> = { rpa: [], fixed: [] };
    const scores: Record<Mode, [number, number]> = { rpa: [0, 0], fixed: [0, 0] };
    for (let run = 0; run < RUNS; run++) {
      await openReplica(portal, url, undefined);
      const fresh = await state(portal);
      const id = await api.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, url);
      ext.push(await api.evaluate(async (m) => { const t = performance.now(); await chrome.runtime.sendMessage(m); return performance.now() - t; }, { type: 'icp:fill', tabId: id, profile }));
      const filled = await state(portal);
      const steps = await portal.evaluate<Step[]>(`(${RECORD})(${JSON.stringify(ROOTS)})`);
      for (const mode of ['rpa', 'fixed'] as const) {
        await openReplica(portal, url, undefined);
        const t = performance.now();
        await replay(portal, steps, mode);
        times[mode].push(performance.now() - t);
        const [ok, of] = held(fresh, filled, await state(portal));
        scores[mode] = [scores[mode][0] + ok, scores[mode][1] + of];
      }
    }
    const extension = median(ext);
    const names: Record<Mode, string> = { rpa: 'a Playwright RPA script (waits for each option)', fixed: 'a fixed-sleep filler (500 ms per list, 700 ms per level)' };
    for (const mode of ['rpa', 'fixed'] as const) {
      const took = median(times[mode]);
      const [ok, of] = scores[mode];
      rows.push({
        what: `fill ${replica.name}: the extension's whole fill next to ${names[mode]} doing the same fills`,
        ms: extension,
        baseline: `${names[mode]}; it held ${ok} of ${of} values the extension filled`,
        baselineMs: took,
        target: 'faster than the script',
        ratio: `${(took / extension).toFixed(1)}× faster`,
      });
    }
  }
}
