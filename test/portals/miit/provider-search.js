// Seed 003: type one or two keywords, 查询 lists matching providers in a popup, pick one with its radio, 确定.
document.getElementById('aspQuery').addEventListener('click', () => {
  const words = document.getElementById('aspKeyword').value.trim().split(/\s+/).filter(Boolean);
  const found = window.PROVIDERS.filter((name) => words.length && words.every((w) => name.includes(w)));
  const table = document.getElementById('aspResult');
  table.innerHTML = '';
  // The result arrives later, as the portal's query does.
  setTimeout(() => {
    for (const name of found) {
      const tr = table.insertRow();
      tr.className = 'aspRow';
      tr.innerHTML = '<td><input type="radio" name="asp"/></td><td class="aspName"></td>';
      tr.querySelector('.aspName').textContent = name;
    }
    document.getElementById('aspPopup').style.display = 'block';
  }, 50);
});
document.getElementById('aspConfirm').addEventListener('click', () => {
  const row = [...document.querySelectorAll('#aspResult tr')].find((r) => r.querySelector('input').checked);
  if (row) document.getElementById('aspname').value = row.querySelector('.aspName').textContent;
  document.getElementById('aspPopup').style.display = 'none';
});
