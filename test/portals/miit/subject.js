// 性质 decides which 证件类型 the list offers (codes differ per 性质, rules-corpus §2.2); the thickbox opens on demand
// (`?step=website|access|website-access` opens it at load).
bindDivisions('mainProvince', 'mainCity', 'mainCountry');
const nature = document.getElementById('unitProperty');
const certType = document.getElementById('unitcertificatetypeId');
nature.addEventListener('change', () => {
  const label = [...nature.options].find((o) => o.selected)?.textContent;
  certType.innerHTML = '<option value="">请选择</option>';
  for (const [name, code] of Object.entries(window.CERT_TYPES[label] || {})) certType.add(new Option(name, code));
});
function openThickbox(form) {
  document.getElementById('TB_window').style.display = 'block';
  document.getElementById('TB_iframeContent').src = '/frame/' + form + '/thickbox' + location.search;
}
document.getElementById('addWebsite').addEventListener('click', () => openThickbox('website'));
document.getElementById('addAccess').addEventListener('click', () => openThickbox('access'));
const step = new URLSearchParams(location.search).get('step');
if (step === 'website' || step === 'access' || step === 'website-access') openThickbox(step);
