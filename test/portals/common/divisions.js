// Cascading 省/市/县 selects loading their options from the server after the parent changes (like the portals' AJAX).
// `provinceName` (optional) is how the portal lists a province (MIIT 企业侧: its short name); values stay GB/T 2260 codes.
window.bindDivisions = function (provinceId, cityId, countyId, provinceName) {
  const $ = (id) => document.getElementById(id);
  // Time spent waiting for option lists, so a benchmark can leave the page's own loading out of a fill's time.
  window.replicaOptionLoadMs = 0;
  async function load(select, parent) {
    select.innerHTML = '<option value="">请选择</option>';
    if (!parent) return;
    const started = performance.now();
    const list = await (await fetch('/api/divisions?parent=' + encodeURIComponent(parent))).json();
    const nameOf = parent === '86' && provinceName ? provinceName : (name) => name;
    for (const d of list) select.add(new Option(nameOf(d.name), d.code));
    window.replicaOptionLoadMs += performance.now() - started;
  }
  load($(provinceId), '86');
  $(provinceId).addEventListener('change', () => {
    load($(cityId), $(provinceId).value);
    load($(countyId), '');
  });
  $(cityId).addEventListener('change', () => load($(countyId), $(cityId).value));
};
