// The script of /api/docs: renders operations from the OpenAPI document and lets a reader try them.
export const DOCS_SCRIPT = `(() => {
  const el = (tag, attrs = {}, ...kids) => { const e = document.createElement(tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); for (const k of kids) e.append(k); return e; };
  const resolve = (doc, s) => (s && s.$ref ? doc.components.schemas[s.$ref.split('/').pop()] : s);
  let n = 0;
  fetch('/api/v1/openapi.json').then((r) => r.json()).then((doc) => {
    const main = document.getElementById('ops');
    main.textContent = '';
    main.append(el('p', {}, doc.info.description));
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const id = 'op' + n++;
        const s = el('section', { 'aria-labelledby': id });
        s.append(el('h2', { id }, el('span', { class: 'm m-' + method }, method.toUpperCase()), ' ', el('code', {}, '/api/v1' + path)));
        if (op.summary) s.append(el('p', {}, op.summary));
        if (op.description) s.append(el('p', {}, op.description));
        const form = el('form');
        for (const p of op.parameters || []) {
          const input = el('input', { name: p.in + ':' + p.name });
          form.append(el('label', {}, p.name + ' (' + p.in + ')' + (p.required ? ' *' : ''), input));
        }
        if (op.security) form.append(el('label', {}, 'Edit token (Authorization: Bearer)', el('input', { name: 'token', autocomplete: 'off' })));
        const body = op.requestBody && op.requestBody.content['application/json'];
        if (body) {
          const schema = resolve(doc, body.schema);
          s.append(el('details', {}, el('summary', {}, 'Request body schema'), el('pre', { tabindex: '0' }, JSON.stringify(schema, null, 2))));
          form.append(el('label', {}, 'Body (JSON)', el('textarea', { name: 'body' })));
        }
        s.append(el('details', {}, el('summary', {}, 'Responses'), el('pre', { tabindex: '0' }, JSON.stringify(op.responses, null, 2))));
        const out = el('pre', { 'aria-live': 'polite', tabindex: '0' });
        form.append(el('button', { type: 'submit' }, 'Send'));
        form.addEventListener('submit', async (ev) => {
          ev.preventDefault();
          const data = new FormData(form);
          let url = '/api/v1' + path;
          const query = new URLSearchParams();
          const headers = {};
          for (const [k, v] of data.entries()) {
            const [where, name] = k.split(':');
            if (where === 'path') url = url.replace('{' + name + '}', encodeURIComponent(v));
            if (where === 'query' && v) query.set(name, v);
          }
          if (data.get('token')) headers.authorization = 'Bearer ' + data.get('token');
          const init = { method: method.toUpperCase(), headers };
          if (data.get('body')) { init.body = data.get('body'); headers['content-type'] = 'application/json'; }
          const res = await fetch(url + (query.size ? '?' + query : ''), init);
          const type = res.headers.get('content-type') || '';
          out.textContent = res.status + ' ' + type + '\\n' + (type.includes('json') || type.startsWith('text/') ? await res.text() : '(' + (await res.blob()).size + ' bytes)');
        });
        s.append(el('details', {}, el('summary', {}, 'Try it'), form, out));
        main.append(s);
      }
    }
  }).catch(() => { document.getElementById('ops').textContent = 'The OpenAPI document could not be loaded.'; });
})();`;
