// Small helpers for server-rendered replica pages.

export const esc = (text: string | number) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function options(map: Readonly<Record<string, string | number>>, placeholder = '请选择'): string {
  return [`<option value="">${placeholder}</option>`, ...Object.entries(map).map(([label, code]) => `<option value="${esc(code)}">${esc(label)}</option>`)].join('');
}

/** Checkboxes in the seed's style: `<input type="checkbox"/> 即时通信`, value = the portal's code. */
export function checkboxes(name: string, map: Readonly<Record<string, string | number>>, labelOf: (label: string) => string = (l) => l): string {
  return Object.entries(map)
    .map(([label, code]) => `<span class="choice"><input type="checkbox" name="${esc(name)}" id="${esc(name)}_${esc(code)}" value="${esc(code)}"/> ${esc(labelOf(label))}</span>`)
    .join(' ');
}

export function page(title: string, body: string, scripts: string[] = []): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:14px/1.6 "Microsoft YaHei",sans-serif;margin:24px}table.form td{padding:4px 8px;vertical-align:top}
td.label{text-align:right;white-space:nowrap;color:#333}.choice{display:inline-block;margin-right:8px}h3{border-bottom:2px solid #0a5dc2;color:#0a5dc2}
input[type=text],textarea,select{width:340px}</style></head><body>${body}
${scripts.map((s) => `<script src="${s}"></script>`).join('\n')}</body></html>`;
}

export const row = (label: string, control: string, required = true) =>
  `<tr><td class="label">${esc(label)}:</td><td>${control}</td><td>${required ? '*' : ''}</td></tr>`;
