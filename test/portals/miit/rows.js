// "Add a row" buttons, as the MIIT form's #addIpButton / domain list do: a new empty row per click.
for (const [button, container, rowClass] of [['addIpButton', 'ipScopeDiv', 'ipRow'], ['addDomainButton', 'domainDivVisit', 'domainRow']]) {
  document.getElementById(button)?.addEventListener('click', () => {
    const box = document.getElementById(container);
    const first = box.querySelector('.' + rowClass);
    const row = first.cloneNode(true);
    for (const input of row.querySelectorAll('input')) input.value = '';
    box.appendChild(row);
  });
}
// 前置审批 (portals.md §2.6 `#approvalContent`): a checked type opens its own 文号 panel `wsManageContentDiv<code>`;
// unchecking closes it and empties its 文号.
for (const box of document.querySelectorAll('#approvalContent input[type="checkbox"][name="approval"]')) {
  box.addEventListener('change', () => {
    const panel = document.getElementById('wsManageContentDiv' + box.value);
    if (!panel) return;
    panel.style.display = box.checked ? '' : 'none';
    if (!box.checked) for (const input of panel.querySelectorAll('input[type="text"]')) input.value = '';
  });
}
// The 网站负责人's 长期 takes the end date off (disabled and emptied), as the 主办单位负责人's does.
for (const radio of document.querySelectorAll('input[type="radio"][name="websiteprincipalIsLongTerm"]')) {
  radio.addEventListener('change', () => {
    const end = document.getElementById('websiteprincipalendDateFind');
    if (!end || !radio.checked) return;
    end.disabled = radio.value === '1';
    if (end.disabled) end.value = '';
  });
}
