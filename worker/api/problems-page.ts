// /api/problems: the catalogue every problem `type` points into (one section per type, #<type>) and
// the reason codes of invalid-params (#codes), generated from the one catalogue of messages.
import { Hono } from 'hono';
import { PROBLEM_KINDS, REASONS, DETAILS } from '../http/messages.ts';
import { EXAMPLE_PARAMS } from '../http/problem-examples.ts';
import { htmlEscape as e } from '../reports/html.ts';


export function problemsHtml(): string {
  const kinds = Object.entries(PROBLEM_KINDS)
    .map(([kind, k]) => `<section id="${kind}"><h2><code>${kind}</code> — ${k.status}</h2><p>${e(k.title.en({}))} · <span lang="fr">${e(k.title.fr({}))}</span> · <span lang="de">${e(k.title.de({}))}</span></p><p>${e(k.when)}</p></section>`)
    .join('\n');
  const details = Object.entries(DETAILS)
    .map(([code, t]) => `<tr><td><code>${code}</code></td><td>${e(t.en(EXAMPLE_PARAMS))}</td></tr>`)
    .join('');
  const reasons = Object.entries(REASONS)
    .map(([code, t]) => `<tr><td><code>${code}</code></td><td>${e(t.en(EXAMPLE_PARAMS))}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Problem types — AI use-case self-assessment API</title><link rel="stylesheet" href="/api/docs.css"></head><body><main>
<h1>Problem types</h1>
<p>Every error of the API is an RFC 9457 problem (<code>application/problem+json</code>) in the request’s language, whose <code>type</code> is one of the sections below. <code>code</code> names the sentence of <code>detail</code>; each entry of <code>invalid-params</code> has a <code>name</code> (a JSON Pointer into the body, such as <code>/answers/intro_title</code>, or <code>query:lang</code>, <code>path:id</code>, <code>header:Authorization</code>), a stable <code>code</code> and a <code>reason</code> in words. Codes are stable; the words may improve.</p>
${kinds}
<h2 id="details">Detail codes</h2><table><thead><tr><th scope="col">code</th><th scope="col">detail (English; also French and German)</th></tr></thead><tbody>${details}</tbody></table>
<h2 id="codes">Reason codes of invalid-params</h2><table><thead><tr><th scope="col">code</th><th scope="col">reason (English; also French and German)</th></tr></thead><tbody>${reasons}</tbody></table>
<p><a href="/api/docs">API reference</a> · <a href="/accessibility/en.html">Accessibility statement</a></p>
</main></body></html>`;
}

export const problemsPage = new Hono().get('/problems', (c) => c.html(problemsHtml(), 200, { 'cache-control': 'public, max-age=3600' }));
