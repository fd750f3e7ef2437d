// 性质 decides which 证件类型 the list offers (codes differ per 性质, rules-corpus §2.2): the list is disabled until a
// 性质 is chosen, emptied when it changes, and refilled after the system's lookup (a short wait, counted in
// replicaOptionLoadMs like the region's AJAX). Provinces are listed by short name, as this system's province dictionary
// is (portals.md §2.6: 服务器放置地 1 安徽, 2 北京, …). 长期 takes the end date off (disabled and emptied).
// The thickbox opens on demand (`?step=website|access|website-access` opens it at load).
bindDivisions('mainProvince', 'mainCity', 'mainCountry', (name) => name.replace(/(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$/, ''));
const nature = document.getElementById('unitProperty');
const certType = document.getElementById('unitcertificatetypeId');
let certLookup = 0;
nature.addEventListener('change', () => {
  const label = [...nature.options].find((o) => o.selected)?.textContent;
  const ask = ++certLookup;
  certType.innerHTML = '<option value="">' + (nature.value ? '加载中…' : '请先选择单位性质') + '</option>';
  certType.disabled = true;
  if (!nature.value) return;
  const started = performance.now();
  setTimeout(() => {
    if (ask !== certLookup) return;
    certType.innerHTML = '<option value="">请选择</option>';
    for (const [name, code] of Object.entries(window.CERT_TYPES[label] || {})) certType.add(new Option(name, code));
    certType.disabled = false;
    window.replicaOptionLoadMs = (window.replicaOptionLoadMs || 0) + (performance.now() - started);
  }, 150);
});
function bindLongTerm(radioName, endId) {
  const end = document.getElementById(endId);
  for (const radio of document.querySelectorAll('input[type="radio"][name="' + radioName + '"]')) {
    radio.addEventListener('change', () => {
      if (!end) return;
      const longTerm = radio.checked && radio.value === '1';
      if (radio.checked) end.disabled = longTerm;
      if (longTerm) end.value = '';
    });
  }
}
bindLongTerm('isLongTerm', 'endDateFind');
function openThickbox(form) {
  document.getElementById('TB_window').style.display = 'block';
  document.getElementById('TB_iframeContent').src = '/frame/' + form + '/thickbox' + location.search;
}
document.getElementById('addWebsite').addEventListener('click', () => openThickbox('website'));
document.getElementById('addAccess').addEventListener('click', () => openThickbox('access'));
const step = new URLSearchParams(location.search).get('step');
if (step === 'website' || step === 'access' || step === 'website-access') openThickbox(step);
