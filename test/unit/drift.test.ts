import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext, Script } from 'node:vm';
import { Window, type Document as HDocument, type Element as HElement } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from 'vue/compiler-sfc';
import * as vianetPages from '../portals/21vianet/pages';
import { drift, driftScript, HASH_JS, MIIT_DOCUMENTED_IDS, twinHash, twinShim, type Portal } from '../portals/drift';
import * as elementPages from '../portals/element/page';
import * as miitPages from '../portals/miit/pages';

// The drifted twins (test/portals/drift.ts) of every replica page: no undocumented id or class survives, every label
// text and `name` does, the same page drifts the same way, and form rows change order without leaving their section.

const PORTALS = join(import.meta.dirname, '../portals');
const FORMS: miitPages.ThickboxForm[] = ['website', 'access', 'website-access'];

type Case = { name: string; portal: Portal; html: () => string };
const CASES: Case[] = [
  { name: '21vianet startPage', portal: 'vianet', html: vianetPages.startPage },
  { name: '21vianet subjectPage', portal: 'vianet', html: vianetPages.subjectPage },
  { name: '21vianet websitePage', portal: 'vianet', html: vianetPages.websitePage },
  { name: 'miit subjectPage', portal: 'miit', html: miitPages.subjectPage },
  ...FORMS.flatMap((form): Case[] => [
    { name: `miit thickboxPage(${form})`, portal: 'miit', html: () => miitPages.thickboxPage(form) },
    { name: `miit innerPage(${form})`, portal: 'miit', html: () => miitPages.innerPage(form) },
  ]),
  { name: 'miit websiteForm', portal: 'miit', html: miitPages.websiteForm },
  { name: 'miit accessForm', portal: 'miit', html: miitPages.accessForm },
  { name: 'miit websiteAccessForm', portal: 'miit', html: miitPages.websiteAccessForm },
  { name: 'element elementPage', portal: 'element', html: elementPages.elementPage },
];

const window = new Window({ settings: { enableJavaScriptEvaluation: false, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const parse = (html: string): HDocument => new window.DOMParser().parseFromString(html, 'text/html');
const all = (root: HDocument | HElement, selector: string): HElement[] => Array.from(root.querySelectorAll(selector));

function documented(portal: Portal, id: string, el: HElement): boolean {
  if (portal !== 'miit') return false;
  const groups = '#websiteservicecontentDiv, #languageDiv, #websiteconnenctmodeVODiv, #serveraddressDiv';
  return MIIT_DOCUMENTED_IDS.has(id) || id.startsWith('unitprincipal') || id.startsWith('websiteprincipal') || el.parentElement?.closest(groups) != null;
}

/** The text a reader sees: the body without scripts and styles, plus the content of `<template>` slots. */
function visibleText(doc: HDocument): string {
  const body = doc.body.cloneNode(true) as HElement;
  for (const el of all(body, 'script, style')) el.remove();
  return [body.textContent, ...all(doc, 'template').map((t) => (t as unknown as { content: { textContent: string } }).content.textContent)].join('\n');
}

/** Form rows of a server-rendered replica: a label cell, then the control cell. */
function formRows(table: HElement, portal: Portal): HElement[] {
  return all(table, 'tr').filter((row) => {
    const [label, control] = Array.from(row.children);
    return !!label && !!control && (portal === 'vianet' ? label.matches('td.label') : label.tagName === 'TH');
  });
}

const rowKey = (row: HElement) => row.querySelector('[name]')?.getAttribute('name') ?? row.querySelector('[id]')?.getAttribute('id') ?? row.textContent.trim();
/** In the twin a label may sit in its own row: the rows that hold controls, in order. */
const controlRowKeys = (table: HElement) => all(table, 'tr').filter((row) => row.querySelector('input, select, textarea, button')).map(rowKey);
const label = (text: string) => text.trim().replace(/[:：]$/, '');
const headingSelector = 'h3, h4, [role="heading"]';

describe.each(CASES)('twin of $name', ({ portal, html }) => {
  const original = html();
  const twinHtml = drift(original, portal).html;
  const before = parse(original);
  const twin = parse(twinHtml);

  it('(a) has no id or class that no source documents', () => {
    const undocumentedIds = new Set(all(before, '[id]').filter((el) => !documented(portal, el.id, el)).map((el) => el.id));
    const classes = new Set(all(before, '[class]').flatMap((el) => Array.from(el.classList)).filter((c) => !(portal === 'element' && c.startsWith('el-'))));
    for (const el of all(twin, '[id]')) expect(undocumentedIds.has(el.id) || classes.has(el.id), el.id).toBe(false);
    for (const el of all(twin, '[class]')) for (const c of Array.from(el.classList)) expect(classes.has(c) || undocumentedIds.has(c), c).toBe(false);
    // Nor in clear text in another attribute (a `name` stays what it is).
    for (const el of all(twin, '*')) {
      for (const { name, value } of Array.from(el.attributes)) if (name !== 'name') expect(undocumentedIds.has(value ?? '') || classes.has(value ?? ''), `${name}="${value}"`).toBe(false);
    }
    // Documented ids stay.
    const kept = all(before, '[id]').filter((el) => documented(portal, el.id, el)).map((el) => el.id);
    for (const id of kept) expect(twin.getElementById(id), id).not.toBeNull();
    if (portal === 'vianet') {
      expect(all(twin, '[id], [class]')).toEqual([]);
      expect(twinHtml).not.toMatch(/\s(id|class)=/);
    }
  });

  it('(b) keeps every label text and every name', () => {
    const names = (doc: HDocument) => all(doc, '[name]').map((el) => el.getAttribute('name')).sort();
    expect(names(twin)).toEqual(names(before));

    const text = visibleText(twin);
    const placeholders = new Set(all(twin, '[placeholder]').map((el) => el.getAttribute('placeholder')));
    for (const heading of all(before, 'h3')) expect(text).toContain(heading.textContent.trim());
    if (portal === 'element') {
      for (const item of all(before, 'el-form-item[label]')) {
        const l = item.getAttribute('label')!;
        expect(text.includes(l) || all(twin, 'el-form-item[label]').some((i) => i.getAttribute('label') === l) || placeholders.has(l), l).toBe(true);
      }
      return;
    }
    for (const table of all(before, 'table')) {
      for (const row of formRows(table, portal)) {
        const l = label(row.children[0]!.textContent);
        if (text.includes(l) || placeholders.has(l)) continue;
        // Placeholder-only rows whose control had a placeholder keep that one instead.
        const controls = all(row.children[1]!, 'input:not([type="hidden"]), select, textarea, button');
        const own = controls.length === 1 ? controls[0]!.getAttribute('placeholder') : null;
        expect(own, `label ${l}`).toBeTruthy();
        expect(twin.querySelector(`[name="${controls[0]!.getAttribute('name')}"]`)?.getAttribute('placeholder')).toBe(own);
      }
    }
  });

  it('(c) drifts the same way every time', () => {
    expect(drift(html(), portal).html).toBe(twinHtml);
    expect(drift(original, portal)).toEqual(drift(original, portal));
  });

  it('(d) reorders the rows of every section with three or more, within the section', () => {
    expect(all(twin, headingSelector).map((h) => h.textContent.trim())).toEqual(all(before, 'h3').map((h) => h.textContent.trim()));
    if (portal === 'element') {
      const sections = (doc: HDocument) => {
        const out: string[][] = [[]];
        for (const child of Array.from(doc.querySelector('el-form')!.children)) {
          if (child.matches(headingSelector)) out.push([]);
          else for (const item of all(child, 'el-form-item').concat(child.tagName === 'EL-FORM-ITEM' ? [child] : [])) out.at(-1)!.push(item.querySelector('[v-model]')?.getAttribute('v-model') ?? item.textContent.trim());
        }
        return out;
      };
      const [a, b] = [sections(before), sections(twin)];
      expect(b.length).toBe(a.length);
      a.forEach((items, i) => {
        expect([...b[i]!].sort()).toEqual([...items].sort());
        if (items.length >= 3) expect(b[i]).not.toEqual(items);
      });
      return;
    }
    const [tablesBefore, tablesTwin] = [all(before, 'table'), all(twin, 'table')];
    expect(tablesTwin.length).toBe(tablesBefore.length);
    tablesBefore.forEach((table, i) => {
      const keys = formRows(table, portal).map(rowKey);
      const twinKeys = controlRowKeys(tablesTwin[i]!);
      expect([...twinKeys].sort()).toEqual([...keys].sort());
      if (keys.length >= 3) expect(twinKeys).not.toEqual(keys);
    });
  });

  it('loads and links only twin-side local URLs', () => {
    for (const el of all(twin, '[src], [href], [action]')) {
      for (const attribute of ['src', 'href', 'action']) {
        const value = el.getAttribute(attribute);
        if (value?.startsWith('/')) expect(value, value).toMatch(/^\/(twin|vendor|api)\//);
      }
    }
    expect(twin.querySelector('script')?.getAttribute('src')).toBe('/twin/common/twin.js');
    for (const script of all(twin, 'script:not([src])')) expect(script.textContent).not.toMatch(/['"`]\/(frame|common|miit|21vianet)\//);
  });

  if (portal !== 'element') {
    it('moves 21Vianet stars before the label and wraps every control cell', () => {
      for (const row of all(twin, 'tr')) expect(Array.from(row.children).filter((c) => c.textContent.trim() === '*')).toEqual([]);
      for (const table of all(twin, 'table')) {
        for (const row of all(table, 'tr').filter((r) => r.querySelector('input, select, textarea'))) {
          const cell = Array.from(row.children).find((c) => c.querySelector('input, select, textarea'))!;
          expect(cell.children.length).toBe(1);
          expect(cell.children[0]!.matches('div') && cell.children[0]!.children[0]!.matches('span')).toBe(true);
        }
      }
    });
  }
});

describe('twin scripts', () => {
  const results = CASES.map(({ html, portal }) => drift(html(), portal));
  const shim = twinShim(Object.assign({}, ...results.map((r) => r.ids)), Object.assign({}, ...results.map((r) => r.classes)));

  it('the shim hashes as drift.ts does, and parses', () => {
    for (const text of ['unitName', 'aspKeyword', 'ipRow', '主办单位', '']) expect(runInNewContext(`${HASH_JS}; twinHash(text)`, { text })).toBe(twinHash(text));
    expect(() => new Script(shim)).not.toThrow();
  });

  it('local scripts load thickbox frames from the twin side, and state() keys renamed controls by their original id', () => {
    const subject = driftScript('/miit/subject.js', readFileSync(join(PORTALS, 'miit/subject.js'), 'utf8'));
    expect(subject).toContain(`'/twin/frame/' + form + '/thickbox'`);
    expect(driftScript('/common/replica.js', readFileSync(join(PORTALS, 'common/replica.js'), 'utf8'))).toContain('window.twinKey(el)');
    expect(() => driftScript('/common/replica.js', '// no state here')).toThrow();
  });

  /** Runs a twin with its scripts inlined (happy-dom, JavaScript on), and the replica the same way. */
  function run(url: string, page: string, portal: Portal, scripts: string[], twin: boolean) {
    const source = twin ? drift(page, portal).html : page;
    const inline = (src: string) => {
      const path = src.replace(/^\/twin/, '');
      if (path === '/common/twin.js') return shim;
      if (!scripts.includes(path)) return '';
      const code = readFileSync(join(PORTALS, path), 'utf8');
      return twin ? driftScript(path, code) : code;
    };
    const html = source.replace(/<script src="([^"]+)"><\/script>/g, (_, src: string) => `<script>${inline(src).replace(/<\/script/g, '<\\/script')}</script>`);
    const win = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true } });
    win.document.write(html);
    return win as unknown as { document: HDocument; replica: { state(): Record<string, unknown> }; happyDOM: { close(): Promise<void> } };
  }

  it('on the twin, replica.js finds ?remove= / ?reject= fields by their original ids and state() reports the replica keys', async () => {
    const scripts = ['/common/replica.js'];
    const url = 'https://icp.cloud.21vianet.com/twin/subject?remove=unitInvestor&reject=unitCertAddress';
    const [replica, twin] = [run(url, vianetPages.subjectPage(), 'vianet', scripts, false), run(url, vianetPages.subjectPage(), 'vianet', scripts, true)];
    expect(twin.document.querySelector('[name="unitInvestor"]')).toBeNull();
    expect(replica.document.querySelector('[name="unitInvestor"]')).toBeNull();
    expect(Object.keys(twin.replica.state()).sort()).toEqual(Object.keys(replica.replica.state()).sort());
    await Promise.all([replica.happyDOM.close(), twin.happyDOM.close()]);
  });

  it('on the twin, the MIIT add-row buttons and the provider search work, and state() keys match', async () => {
    const scripts = ['/common/replica.js', '/miit/rows.js', '/miit/provider-search.js'];
    const url = 'https://beian.isp-replica.test/twin/frame/website-access/form';
    const [replica, twin] = [run(url, miitPages.websiteAccessForm(), 'miit', scripts, false), run(url, miitPages.websiteAccessForm(), 'miit', scripts, true)];
    for (const w of [replica, twin]) {
      const d = w.document;
      (d.getElementById('addIpButton') as unknown as { click(): void }).click();
      (all(d, 'button').find((b) => b.textContent === '添加域名') as unknown as { click(): void }).click();
      expect(all(d, '[name="webIpBegin"]')).toHaveLength(2);
      expect(all(d, '[name="domainName"]')).toHaveLength(2);
      const keyword = all(d, 'input').find((i) => i.getAttribute('placeholder') === '关键词') as unknown as { value: string };
      keyword.value = '世纪互联 宽带';
      (all(d, 'button').find((b) => b.textContent === '查询') as unknown as { click(): void }).click();
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const w of [replica, twin]) {
      const d = w.document;
      const rows = all(d, 'tr').filter((r) => r.querySelector('input[name="asp"]'));
      expect(rows).toHaveLength(1);
      (rows[0]!.querySelector('input') as unknown as { checked: boolean }).checked = true;
      (all(d, 'button').find((b) => b.textContent === '确定') as unknown as { click(): void }).click();
      expect((d.querySelector('[name="aspname"]') as unknown as { value: string }).value).toBe('北京世纪互联宽带数据中心有限公司');
    }
    expect(twin.replica.state()).toEqual(replica.replica.state());
    expect(Object.keys(twin.replica.state())).toContain('aspKeyword');
    await Promise.all([replica.happyDOM.close(), twin.happyDOM.close()]);
  });
});

describe('element-plus twin', () => {
  const compiled = (template: string) => compileTemplate({ source: template, filename: 'app.vue', id: 'app' });

  it('is still a Vue template: it compiles, with the same bindings and slots as the replica', () => {
    const original = elementPages.elementPage();
    const source = /<div id="app">([\s\S]*)<\/div>\s*<script/.exec(original)![1]!;
    const twin = parse(drift(original, 'element').html);
    const template = twin.querySelector('body > div')!.innerHTML;
    const [a, b] = [compiled(source), compiled(template)];
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    const bindings = (code: string) => (code.match(/\(_ctx\.form\.\w+\) = \$event/g) ?? []).sort();
    expect(bindings(a.code).length).toBeGreaterThan(20);
    expect(bindings(b.code)).toEqual(bindings(a.code));
    const slots = (code: string) => (code.match(/\b(\w+): _withCtx/g) ?? []).filter((s) => !s.startsWith('default') && !s.startsWith('label')).sort();
    expect(slots(b.code)).toEqual(slots(a.code));
    expect(b.code).toContain('label: _withCtx');
  });
});

describe('page functions', () => {
  it('every exported page function of the replicas has a case here', () => {
    const exported = [
      ...Object.entries(vianetPages).map(([k, v]) => ['21vianet', k, v] as const),
      ...Object.entries(miitPages).map(([k, v]) => ['miit', k, v] as const),
      ...Object.entries(elementPages).map(([k, v]) => ['element', k, v] as const),
    ].filter(([, , v]) => typeof v === 'function');
    const covered = new Set(CASES.map((c) => c.name.replace(/\(.*\)$/, '')));
    for (const [portal, name] of exported) expect(covered.has(`${portal} ${name}`), `${portal} ${name}`).toBe(true);
  });
});
