// 主办单位证件类型 follows 主办单位性质 (seed 000): disabled until a 性质 is chosen, then offering only that 性质's documents
// (`window.CERTS_BY_NATURE`, written by the page: 性质 code → [label, code]); a change of 性质 empties the choice.
// The pairs: 开始备案 (checkUnitProperty → checkCertType) and 主办单位基本信息 (unitProperty → unitCertType).
for (const [natureId, certTypeId] of [['checkUnitProperty', 'checkCertType'], ['unitProperty', 'unitCertType']]) {
  const nature = document.getElementById(natureId);
  const certType = document.getElementById(certTypeId);
  if (!nature || !certType) continue;
  nature.addEventListener('change', () => {
    const list = (window.CERTS_BY_NATURE || {})[nature.value] || [];
    certType.innerHTML = '';
    certType.add(new Option(nature.value ? '请选择' : '请先选择主办单位性质', ''));
    for (const [label, code] of list) certType.add(new Option(label, String(code)));
    certType.value = '';
    certType.disabled = !nature.value;
  });
}
