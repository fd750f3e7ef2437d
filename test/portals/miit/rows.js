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
