// 上传备案资料 (21vianet/upload.ts): each material's plain `<input type="file">`. On `change` the page checks every chosen
// file against the field's `accept` and size limit (`window.UPLOAD_LIMITS`, written by the page, by input name),
// shows what it refuses in the row's message, lists what it takes (name, size, status, 删除) and sends it to
// `POST /api/upload` (the replica server; nothing leaves the machine). A single-file field's new choice replaces its
// list; the `multiple` field adds to it. A refusal empties the input, so the refused file is not held.
//
// `window.replicaState()`: per input name, the files in the page's own list `{ name, size, type, sha256 }` (an entry
// appears once its bytes are digested), and `rejected`: per input name, `{ name, reason }` of each refused file.
(function () {
  'use strict';
  const limits = window.UPLOAD_LIMITS || {};
  const lists = {};
  const rejected = {};
  const digested = {};
  const versions = {};

  function sha256(file) {
    return file
      .arrayBuffer()
      .then((bytes) => crypto.subtle.digest('SHA-256', bytes))
      .then((hash) => Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join(''));
  }

  // The page's sizes, as its messages word them: "2M", "180K".
  function sizeText(bytes) {
    const mb = bytes / 1048576;
    return mb >= 1 ? Math.round(mb * 10) / 10 + 'M' : Math.max(1, Math.round(bytes / 1024)) + 'K';
  }

  function accepts(accept, file) {
    if (!accept) return true;
    const ext = (/\.[^.]+$/.exec(file.name) || [''])[0].toLowerCase();
    const mime = (file.type || '').toLowerCase();
    return accept.split(',').some((t) => {
      t = t.trim().toLowerCase();
      return t.charAt(0) === '.' ? ext === t : t.slice(-2) === '/*' ? mime.indexOf(t.slice(0, -1)) === 0 : mime === t;
    });
  }

  function reasonFor(limit, file) {
    if (!accepts(limit.accept, file)) return '文件“' + file.name + '”格式不正确，只能上传JPG格式的图片';
    if (file.size === 0) return '文件“' + file.name + '”为空，请重新选择';
    if (file.size > limit.maxBytes) return '文件“' + file.name + '”大小为' + sizeText(file.size) + '，超过' + sizeText(limit.maxBytes) + '的限制，请压缩后重新上传';
    return '';
  }

  function digest(key) {
    const version = (versions[key] = (versions[key] || 0) + 1);
    const files = lists[key].map((item) => item.file);
    Promise.all(files.map((f) => sha256(f).then((hex) => ({ name: f.name, size: f.size, type: f.type, sha256: hex })))).then((list) => {
      if (versions[key] === version) digested[key] = list;
    });
  }

  function render(key) {
    const ul = document.getElementById(key + 'List');
    if (!ul) return;
    ul.textContent = '';
    lists[key].forEach((item, i) => {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = item.file.name;
      const size = document.createElement('span');
      size.textContent = ' (' + sizeText(item.file.size) + ') ';
      const status = document.createElement('span');
      status.textContent = item.url ? '已上传' : '上传中…';
      const del = document.createElement('a');
      del.href = '#';
      del.textContent = '删除';
      del.addEventListener('click', (e) => {
        e.preventDefault();
        lists[key].splice(i, 1);
        const input = document.getElementById(key);
        if (input) input.value = '';
        render(key);
        digest(key);
      });
      li.append(name, size, status, del);
      ul.append(li);
    });
  }

  function send(key, item) {
    fetch('/api/upload', { method: 'POST', body: item.file, headers: { 'content-type': 'application/octet-stream' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))))
      .then((answer) => {
        item.url = answer.url;
        render(key);
      })
      .catch(() => {
        item.url = '';
        render(key);
      });
  }

  function onChange(input) {
    const key = input.name;
    const limit = limits[key] || { accept: input.accept, maxBytes: Infinity, multiple: input.multiple };
    const chosen = Array.from(input.files || []);
    if (chosen.length === 0) return;
    const taken = [];
    const reasons = [];
    for (const file of chosen) {
      const reason = reasonFor(limit, file);
      if (reason) {
        reasons.push(reason);
        rejected[key].push({ name: file.name, reason: reason });
      } else taken.push({ file: file, url: undefined });
    }
    const error = document.getElementById(key + 'Error');
    if (error) error.textContent = reasons.join('；');
    if (reasons.length) input.value = '';
    if (taken.length === 0) return;
    lists[key] = limit.multiple ? lists[key].concat(taken) : taken;
    render(key);
    digest(key);
    taken.forEach((item) => send(key, item));
  }

  for (const input of document.querySelectorAll('input[type="file"]')) {
    if (!input.name) continue;
    lists[input.name] = [];
    rejected[input.name] = [];
    digested[input.name] = [];
    input.addEventListener('change', () => onChange(input));
  }

  window.replicaState = function () {
    const out = {};
    for (const key of Object.keys(lists)) out[key] = digested[key].map((f) => Object.assign({}, f));
    out.rejected = {};
    for (const key of Object.keys(rejected)) out.rejected[key] = rejected[key].map((r) => Object.assign({}, r));
    return out;
  };
  window.replicaOptionLoadMs = 0;
})();
