// Cascading 省/市/县 selects loading their options from the server after the parent changes (like the portals' AJAX).
window.bindDivisions = function (provinceId, cityId, countyId) {
  const $ = (id) => document.getElementById(id);
  // Time spent waiting for option lists, so a benchmark can leave the page's own loading out of a fill's time.
  window.replicaOptionLoadMs = 0;
  async function load(select, parent) {
    select.innerHTML = '<option value="">请选择</option>';
    if (!parent) return;
    const started = performance.now();
    const list = await (await fetch('/api/divisions?parent=' + encodeURIComponent(parent))).json();
    for (const d of list) select.add(new Option(d.name, d.code));
    window.replicaOptionLoadMs += performance.now() - started;
  }
  load($(provinceId), '86');
  $(provinceId).addEventListener('change', () => {
    load($(cityId), $(provinceId).value);
    load($(countyId), '');
  });
  $(cityId).addEventListener('change', () => load($(countyId), $(cityId).value));
};
