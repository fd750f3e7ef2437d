import { Window, type Document as HDocument, type Element as HElement } from 'happy-dom';

// Drifted twins of the replica pages. Our adapters were written from the same guesses as the replicas, so a test
// against a replica only proves that they agree; the twin keeps what a source documents and moves everything else,
// the way a portal's next release might. `drift()` derives a twin from the replica page's own HTML, deterministically
// (FNV-1a hashes seeded by the page's portal and title, never Math.random), so a page drifts the same way every run.
//
// What a twin changes (server.ts serves it at `/twin` + the replica's path, under the same host):
//   - ids and classes no source documents: MIIT 企业侧 keeps the ids portals.md §2.6 lists (and the checkbox ids inside
//     its bitmask groups) and renames the rest to `k<hash>`; 21Vianet has none documented, so its twin has no `id` and
//     no `class` attribute at all (an element that had an id carries `data-k="<hash>"`, one that had classes
//     `data-c="<hash> …"`, hashes only, never the name in clear text); the element-plus page renames its template ids
//     and keeps only element-plus's own `el-*` classes. `label[for]` follows the rename.
//   - rows of each form table rotate, the control cell's content gains a `<div><span>` wrapper, the label moves (left as
//     now, in its own row above, or into the control's placeholder), 21Vianet's `*` cell becomes a star before the label,
//     every other MIIT label gains a star, colons flip between `:` and `：`, and `h3` headings may become `h4` or
//     `<div role="heading" aria-level="3">` with their text kept. On the element page the `<el-form-item>`s rotate
//     between two headings, each is wrapped in a `<div>`, and its label stays an attribute, moves into a
//     `<template v-slot:label>` slot, or becomes the `<el-input>`'s placeholder.
//   - every local URL the page loads or links (`src`, `href`, `action`, and '/frame/…', '/common/…', '/miit/…',
//     '/21vianet/…' string literals in inline scripts) gets the `/twin` prefix, so nested thickbox frames are twins too.
//     `/vendor/…` and `/api/…` stay as they are.
//
// How the replica's own scripts keep working. The twin's first script is `/twin/common/twin.js` (`twinShim()`), an
// external file so no original name shows in the twin's DOM. In the page's world it patches `getElementById` (an
// original id finds `#k<hash>` or `[data-k="<hash>"]`) and `querySelector(All)`/`matches`/`closest` (a `#id`/`.class`
// token naming a renamed id or class also matches its renamed form), and defines `twinKey(el)`, which gives a renamed
// control its original id back. The twin's copies of the local JS files (`driftScript()`) are the originals with the
// same `/twin` URL rewrite, and common/replica.js's `state()` keys controls by `el.name || twinKey(el)`, so it reports
// the replica's keys on the twin. `?remove=`/`?reject=` take the original ids, through the patched getElementById.
// The extension's content script runs in an isolated world: it sees the twin's DOM, never the patched prototypes.
//
// Left as they are: the `<style>` rules (so `table.form`, `td.label`, `.choice` no longer style anything: cosmetic),
// option lists, checkbox groups' inner markup. happy-dom parses like a browser except that it foster-parents MIIT's
// `<input type="hidden" id="serverType">` out of its table (a browser keeps it inside), and Vue's `#slot` shorthand is
// spelled out as `v-slot:slot` before parsing (`spellOutSlots`), since happy-dom would drop the `#`.

export type Portal = 'vianet' | 'miit' | 'element';

/** Where each twin document loads the shim from (server.ts serves it). */
export const TWIN_PREFIX = '/twin';
export const TWIN_SHIM_PATH = `${TWIN_PREFIX}/common/twin.js`;

/** FNV-1a (32 bit) of the UTF-16 code units, as a number. `HASH_JS` below is the same function for the page. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash a renamed id or class is named after: `k` + this, or `data-k` / `data-c` = this. */
export const twinHash = (text: string): string => fnv(text).toString(36);

/** `twinHash` for the shim; the unit test checks that both agree. */
export const HASH_JS = `function twinHash(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(36);
  }`;

/** MIIT 企业侧 ids portals.md §2.6 documents (plus every `unitprincipal*` / `websiteprincipal*`). */
export const MIIT_DOCUMENTED_IDS: ReadonlySet<string> = new Set(
  `FirstStep formDiv main_unit main_unitAdmin unitname unitProperty mainProvince mainCity mainCountry unitcertificatetypeId
   unitcertificatenum unitaddress certificateaddress unitsuperior isLongTermUl beginDateFind endDateFind remark remarkMode
   instantmessageid instantmessageaccount serverType websitename domainDivVisit domainName websitefirstpageurl
   websiteservicecontentDiv languageDiv approvalContent webinstantmessageid webinstantmessageaccount websiteconnenctmodeVODiv
   ipScopeDiv webIpBegin webIpEnd addIpButton serveraddressDiv TB_window TB_iframeContent SecondStep websideIframe`.split(/\s+/),
);
/** "checkbox ids = codes": the ids inside these groups stay. */
const MIIT_GROUPS = '#websiteservicecontentDiv, #languageDiv, #websiteconnenctmodeVODiv, #serveraddressDiv';

function documentedId(portal: Portal, id: string, el: HElement): boolean {
  if (portal !== 'miit') return false;
  return MIIT_DOCUMENTED_IDS.has(id) || /^(unitprincipal|websiteprincipal)/.test(id) || el.parentElement?.closest(MIIT_GROUPS) != null;
}

/** element-plus's own classes are the library's markup, not ours. */
const documentedClass = (portal: Portal, name: string) => portal === 'element' && name.startsWith('el-');

export type DriftResult = {
  html: string;
  /** hash → original id, for every id the twin renamed or removed */
  ids: Record<string, string>;
  /** hash → original class, for every class the twin renamed or removed */
  classes: Record<string, string>;
};

let parserWindow: Window | undefined;

function parse(html: string): HDocument {
  parserWindow ??= new Window({
    url: 'https://replica.invalid/',
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      enableIframePageLoading: false,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  return new parserWindow.DOMParser().parseFromString(html, 'text/html');
}

/**
 * happy-dom drops the `#` of Vue's slot shorthand (`<template #prepend>` parses as `prepend=""`), so the twin spells
 * it out as `v-slot:prepend`, which Vue reads the same. Script and style contents are left alone.
 */
export function spellOutSlots(html: string): string {
  return html
    .split(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>)/i)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(/<[A-Za-z][^\s>\/]*(?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g, (tag) =>
            tag.replace(/(\s)#([^\s=>\/]+)(?=[\s=>\/])/g, (whole, space: string, name: string, at: number) => (inQuotes(tag, at) ? whole : `${space}v-slot:${name}`)),
          ),
    )
    .join('');
}

/** Whether position `at` of a start tag lies inside a quoted attribute value. */
function inQuotes(tag: string, at: number): boolean {
  let quote = '';
  for (let i = 0; i < at; i++) {
    const c = tag[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && /=\s*$/.test(tag.slice(0, i))) quote = c;
  }
  return quote !== '';
}

/** Deterministic choices: a number from the page's seed and a salt. */
type Chooser = (salt: string) => number;

/** Replaces `nodes` (in document order) with `order`, each taking the next one's place. */
function permute(doc: HDocument, nodes: HElement[], order: HElement[]): void {
  const marks = nodes.map((node) => {
    const mark = doc.createComment('');
    node.replaceWith(mark);
    return mark;
  });
  marks.forEach((mark, i) => mark.replaceWith(order[i]!));
}

/** Rotates by 1…n−1 places, so a list of two or more always changes order. */
function rotate<T>(list: T[], pick: Chooser, salt: string): T[] {
  if (list.length < 2) return list;
  const k = 1 + (pick(salt) % (list.length - 1));
  return [...list.slice(k), ...list.slice(0, k)];
}

function rename(doc: HDocument, from: HElement, tag: string, attributes: Record<string, string> = {}): HElement {
  const to = doc.createElement(tag);
  for (const { name, value } of Array.from(from.attributes)) to.setAttribute(name, value ?? '');
  for (const [name, value] of Object.entries(attributes)) to.setAttribute(name, value);
  to.append(...Array.from(from.childNodes));
  from.replaceWith(to);
  return to;
}

/** A form row: a label cell (`th`, or 21Vianet's `td.label`) followed by the control cell. */
function formRows(table: HElement, portal: Portal): HElement[] {
  const rows = Array.from(table.children).flatMap((child) => (child.tagName === 'TR' ? [child] : ['TBODY', 'THEAD', 'TFOOT'].includes(child.tagName) ? Array.from(child.children).filter((r) => r.tagName === 'TR') : []));
  return rows.filter((row) => {
    const [label, control] = Array.from(row.children);
    if (!label || !control) return false;
    return portal === 'vianet' ? label.tagName === 'TD' && label.classList.contains('label') : label.tagName === 'TH';
  });
}

const textual = (el: HElement) => el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && ['', 'text'].includes((el.getAttribute('type') ?? '').toLowerCase()));

type LabelMode = 'left' | 'above' | 'placeholder';
const MODES: LabelMode[] = ['left', 'above', 'placeholder'];

function driftTables(doc: HDocument, portal: Portal, pick: Chooser): void {
  const star = pick('star') % 2 ? '＊' : '*';
  Array.from(doc.querySelectorAll('table')).forEach((table, t) => {
    const rows = formRows(table, portal);
    if (rows.length === 0) return;
    const order = rotate(rows, pick, `rows${t}`);
    permute(doc, rows, order);
    const base = pick(`labels${t}`);
    order.forEach((row, i) => {
      const [labelCell, controlCell, ...rest] = Array.from(row.children) as [HElement, HElement, ...HElement[]];
      const original = labelCell.textContent.trim();
      const text = original.replace(/[:：]\s*$/, '');
      const colon = original.endsWith('：') ? '：' : ':';
      const flipped = pick(`colon${t}:${text}`) % 2 ? (colon === ':' ? '：' : ':') : colon;
      // 21Vianet marks required rows with a third `*` cell; MIIT marks none, so the twin marks every other row.
      const required = portal === 'vianet' ? rest.some((cell) => cell.textContent.trim() === '*') : (i + base) % 2 === 0;
      if (portal === 'vianet') for (const cell of rest) cell.remove();

      const span = doc.createElement('span');
      span.append(...Array.from(controlCell.childNodes));
      const wrapper = doc.createElement('div');
      wrapper.append(span);
      controlCell.append(wrapper);

      const controls = Array.from(controlCell.querySelectorAll('input:not([type="hidden"]), select, textarea, button'));
      const single = controls.length === 1 && textual(controls[0]!) ? controls[0]! : undefined;
      let mode = MODES[(base + i) % 3]!;
      if (mode === 'placeholder' && !single) mode = pick(`fallback${t}:${i}`) % 2 ? 'left' : 'above';

      labelCell.textContent = '';
      if (required) {
        const mark = doc.createElement('span');
        mark.textContent = star;
        labelCell.append(mark);
      }
      labelCell.append(text + flipped);
      if (mode === 'above') {
        const tr = doc.createElement('tr');
        tr.append(labelCell);
        row.before(tr);
      } else if (mode === 'placeholder' && single) {
        labelCell.remove();
        if (!single.getAttribute('placeholder')) single.setAttribute('placeholder', text);
      }
    });
  });
}

function driftElementForm(doc: HDocument, pick: Chooser): void {
  for (const form of Array.from(doc.querySelectorAll('el-form'))) {
    // Sections: the children between two headings. Items without a label (the submit button) keep their place.
    const sections: HElement[][] = [[]];
    for (const child of Array.from(form.children)) {
      if (/^H[1-6]$/.test(child.tagName)) sections.push([]);
      else sections[sections.length - 1]!.push(child);
    }
    let counter = 0;
    sections.forEach((section, s) => {
      const items = section.filter((el) => el.tagName === 'EL-FORM-ITEM' && el.hasAttribute('label'));
      const order = rotate(items, pick, `items${s}`);
      permute(doc, items, order);
      const base = pick(`labels${s}`);
      order.forEach((item, i) => {
        const label = item.getAttribute('label') ?? '';
        const controls = Array.from(item.children);
        const input = controls.length === 1 && controls[0]!.tagName === 'EL-INPUT' && !controls[0]!.hasAttribute('placeholder') ? controls[0]! : undefined;
        let mode = MODES[(base + i) % 3]!;
        if (mode === 'placeholder' && !input) mode = (pick(`fallback${s}:${i}`) + counter) % 2 ? 'left' : 'above';
        counter++;
        if (mode === 'above') {
          item.removeAttribute('label');
          const slot = doc.createElement('template');
          slot.setAttribute('v-slot:label', '');
          const span = doc.createElement('span');
          span.textContent = label;
          slot.content.append(span);
          item.prepend(slot);
        } else if (mode === 'placeholder' && input) {
          item.removeAttribute('label');
          input.setAttribute('placeholder', label);
        }
      });
    });
    for (const item of Array.from(form.querySelectorAll('el-form-item'))) {
      const wrapper = doc.createElement('div');
      item.replaceWith(wrapper);
      wrapper.append(item);
    }
  }
}

/** `h3` keeps its text; the element may become `h4` or an ARIA heading of level 3. */
function driftHeadings(doc: HDocument, pick: Chooser): void {
  for (const heading of Array.from(doc.querySelectorAll('h3'))) {
    const choice = pick(`heading:${heading.textContent.trim()}`) % 3;
    if (choice === 1) rename(doc, heading, 'h4');
    else if (choice === 2) rename(doc, heading, 'div', { role: 'heading', 'aria-level': '3' });
  }
}

const UNTOUCHED = /^\/(twin|vendor|api)(\/|$)/;
const LOCAL_LITERAL = /(['"`])\/(frame|common|miit|21vianet)\//g;

/** Local URLs in a script's string literals (`'/frame/' + form + '/thickbox'`) point at the twin side. */
export function rewriteScriptUrls(source: string): string {
  return source.replace(LOCAL_LITERAL, `$1${TWIN_PREFIX}/$2/`);
}

function rewriteUrls(doc: HDocument): void {
  for (const attribute of ['src', 'href', 'action']) {
    for (const el of Array.from(doc.querySelectorAll(`[${attribute}]`))) {
      const value = el.getAttribute(attribute) ?? '';
      if (value.startsWith('/') && !value.startsWith('//') && !UNTOUCHED.test(value)) el.setAttribute(attribute, TWIN_PREFIX + value);
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) script.textContent = rewriteScriptUrls(script.textContent);
}

function renameIdsAndClasses(doc: HDocument, portal: Portal): Pick<DriftResult, 'ids' | 'classes'> {
  const ids: Record<string, string> = {};
  const classes: Record<string, string> = {};
  const renamed = new Map<string, string | undefined>();
  for (const el of Array.from(doc.querySelectorAll('[id]'))) {
    const id = el.getAttribute('id') ?? '';
    if (documentedId(portal, id, el)) continue;
    const hash = twinHash(id);
    ids[hash] = id;
    if (portal === 'vianet') {
      el.removeAttribute('id');
      el.setAttribute('data-k', hash);
      renamed.set(id, undefined);
    } else {
      el.setAttribute('id', `k${hash}`);
      renamed.set(id, `k${hash}`);
    }
  }
  for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
    const target = label.getAttribute('for') ?? '';
    if (!renamed.has(target)) continue;
    const to = renamed.get(target);
    if (to) label.setAttribute('for', to);
    else label.removeAttribute('for');
  }
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const kept: string[] = [];
    const hidden: string[] = [];
    for (const name of Array.from(el.classList)) {
      if (documentedClass(portal, name)) {
        kept.push(name);
        continue;
      }
      const hash = twinHash(name);
      classes[hash] = name;
      if (portal === 'vianet') hidden.push(hash);
      else kept.push(`k${hash}`);
    }
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
    if (hidden.length) el.setAttribute('data-c', hidden.join(' '));
  }
  return { ids, classes };
}

function injectShim(doc: HDocument): void {
  const script = doc.createElement('script');
  script.setAttribute('src', TWIN_SHIM_PATH);
  const charset = doc.head.querySelector('meta[charset]');
  if (charset) charset.after(script);
  else doc.head.prepend(script);
}

/** The twin of a replica page. `seed` defaults to the portal and the page's title. */
export function drift(html: string, portal: Portal, seed?: string): DriftResult {
  const doc = parse(spellOutSlots(html));
  const base = seed ?? `${portal}:${doc.title}`;
  const pick: Chooser = (salt) => fnv(`${base}|${salt}`);
  if (portal === 'element') driftElementForm(doc, pick);
  else driftTables(doc, portal, pick);
  driftHeadings(doc, pick);
  rewriteUrls(doc);
  const maps = renameIdsAndClasses(doc, portal);
  injectShim(doc);
  return { html: `<!doctype html>\n${doc.documentElement.outerHTML}`, ...maps };
}

const STATE_KEY = 'const key = el.name || el.id;';

/** The twin's copy of a local script: URLs to the twin side, and replica.js's state() keyed by original ids. */
export function driftScript(path: string, source: string): string {
  let out = rewriteScriptUrls(source);
  if (path === '/common/replica.js') {
    if (!out.includes(STATE_KEY)) throw new Error(`drift: ${path} no longer keys state() by \`${STATE_KEY}\``);
    out = out.replace(STATE_KEY, 'const key = el.name || (window.twinKey ? window.twinKey(el) : el.id);');
  }
  return out;
}

/**
 * `/twin/common/twin.js`, the first script of every twin document. `ids` and `classes` (hash → original) are what the
 * twins renamed, over every replica page; they live in this external file only, never in a twin's DOM.
 */
export function twinShim(ids: Record<string, string>, classes: Record<string, string>): string {
  return `// Twin shim (test/portals/drift.ts): the replica's scripts find renamed ids and classes by their original names.
(function () {
  'use strict';
  var IDS = ${JSON.stringify(ids)};
  var CLASSES = ${JSON.stringify(classes)};
  ${HASH_JS}
  // common/replica.js's state() keys a control by name, else by this: the original id of a renamed one.
  window.twinKey = function (el) {
    var h = el.getAttribute('data-k') || (/^k[0-9a-z]+$/.test(el.id) ? el.id.slice(1) : '');
    return (h && IDS[h]) || el.id;
  };
  // The prototypes that own the methods, found from this document's own objects (Document.prototype etc. in a browser).
  function owner(object, name) {
    for (var proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
      if (Object.prototype.hasOwnProperty.call(proto, name)) return proto;
    }
  }
  var D = owner(document, 'getElementById');
  if (!D || D.getElementById.twin) return;
  var byId = D.getElementById, query = owner(document, 'querySelector').querySelector;
  D.getElementById = function (id) {
    var found = byId.call(this, id);
    if (found || id === null || id === undefined || id === '') return found;
    var h = twinHash(String(id));
    if (IDS[h] !== String(id)) return found;
    return byId.call(this, 'k' + h) || query.call(this, '[data-k="' + h + '"]');
  };
  var IDENT = /^-?[A-Za-z_\\u00a0-\\uffff][\\w\\u00a0-\\uffff-]*/;
  var cache = Object.create(null);
  function token(kind, name) {
    var h = twinHash(name);
    if (kind === '#' && IDS[h] === name) return ':is(#' + name + ',#k' + h + ',[data-k="' + h + '"])';
    if (kind === '.' && CLASSES[h] === name) return ':is(.' + name + ',.k' + h + ',[data-c~="' + h + '"])';
    return kind + name;
  }
  // Rewrites #id and .class tokens outside strings and attribute selectors.
  function rewrite(selector) {
    if (typeof selector !== 'string') return selector;
    if (selector in cache) return cache[selector];
    var out = '', i = 0, n = selector.length;
    while (i < n) {
      var c = selector[i], j;
      if (c === '\\\\') { out += selector.substr(i, 2); i += 2; continue; }
      if (c === '"' || c === "'") {
        for (j = i + 1; j < n && selector[j] !== c; j += selector[j] === '\\\\' ? 2 : 1);
        out += selector.slice(i, j + 1); i = j + 1; continue;
      }
      if (c === '[') {
        var quote = '';
        for (j = i + 1; j < n && (quote || selector[j] !== ']'); j++) {
          if (quote) { if (selector[j] === '\\\\') j++; else if (selector[j] === quote) quote = ''; }
          else if (selector[j] === '"' || selector[j] === "'") quote = selector[j];
        }
        out += selector.slice(i, j + 1); i = j + 1; continue;
      }
      if (c === '#' || c === '.') {
        var m = IDENT.exec(selector.slice(i + 1));
        if (m) { out += token(c, m[0]); i += 1 + m[0].length; continue; }
      }
      out += c; i++;
    }
    return (cache[selector] = out);
  }
  D.getElementById.twin = true;
  function patch(object, name) {
    var proto = owner(object, name), original = proto && proto[name];
    if (typeof original !== 'function' || original.twin) return;
    proto[name] = function (selector) { return original.call(this, rewrite(selector)); };
    proto[name].twin = true;
  }
  var element = document.documentElement, fragment = document.createDocumentFragment();
  [document, element, fragment].forEach(function (object) { patch(object, 'querySelector'); patch(object, 'querySelectorAll'); });
  patch(element, 'matches');
  patch(element, 'closest');
})();
`;
}
