// /api/docs: a browsable, self-contained reference of the OpenAPI document (no asset from outside).
import { Hono } from 'hono';
import { DOCS_SCRIPT } from './docs-script.ts';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>API reference — AI use-case self-assessment</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><header><h1>API reference</h1><p>OpenAPI 3.1 document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Errors are RFC 9457 problem details (<code>application/problem+json</code>).</p></header>
<main id="ops" aria-live="polite"><p>Loading…</p></main><footer><p><a href="/accessibility/en.html">Accessibility statement</a></p></footer><script src="/api/docs.js" defer></script></body></html>`;

const CSS = `body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:0 auto;padding:1rem}
a{color:#0b5cad}code,pre{font:13px/1.4 ui-monospace,monospace;background:#f3f3f3}pre{padding:.5rem;overflow:auto;max-height:24rem}
section{border:1px solid #767676;border-radius:4px;margin:1rem 0;padding:.5rem 1rem}
.m{display:inline-block;min-width:4rem;font-weight:700}.m-get{color:#0a6b2e}.m-post{color:#0b5cad}.m-put,.m-patch{color:#7a4a00}.m-delete{color:#a30000}
label{display:block;margin:.25rem 0}input,textarea{font:inherit;width:100%;box-sizing:border-box}textarea{min-height:6rem}
button{font:inherit;padding:.25rem .75rem;min-height:24px}summary{cursor:pointer;min-height:24px;padding:.25rem 0}:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}`;

export const docs = new Hono()
  .get('/docs', (c) => c.html(PAGE))
  .get('/docs.js', (c) => c.body(DOCS_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
  .get('/docs.css', (c) => c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
