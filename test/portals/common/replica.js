// Shared by the server-rendered replicas: test switches in the query string, and the values as the form holds them.
//   ?remove=id1,id2   the page is missing these fields (an adapter must report them not-found)
//   ?reject=id        the page refuses what is written into this field (keeps only its first 2 characters)
(function () {
  const params = new URLSearchParams(location.search);
  function apply(doc) {
    for (const id of (params.get('remove') || '').split(',').filter(Boolean)) doc.getElementById(id)?.remove();
    for (const id of (params.get('reject') || '').split(',').filter(Boolean)) {
      doc.getElementById(id)?.addEventListener('input', (e) => {
        if (e.target.value.length > 2) e.target.value = e.target.value.slice(0, 2);
      });
    }
  }
  function state(doc) {
    const out = {};
    for (const el of doc.querySelectorAll('input, textarea, select')) {
      const key = el.name || el.id;
      if (!key) continue;
      if (el.type === 'checkbox' || el.type === 'radio') {
        out[key] = out[key] || [];
        if (el.checked) out[key].push(el.value);
      } else if (el.type !== 'button') {
        if (key in out) out[key] = [].concat(out[key], el.value);
        else out[key] = el.value;
      }
    }
    return out;
  }
  window.replica = { apply, state: () => state(document) };
  apply(document);
})();
