// Printable HTML report, self-contained (inline styles allowed by its own CSP), user text escaped.
import type { Block } from './document.ts';

export const htmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #767676;margin-top:2rem}h3{font-size:1.05rem;margin-bottom:.25rem}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
.em{font-weight:600}.sources{font-size:.9em;color:#444}a{color:#0b4f8a}@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}}`;

export function renderHtml(blocks: Block[], lang: string): string {
  const body = blocks
    .map((b) => {
      switch (b.type) {
        case 'title': return `<h1>${htmlEscape(b.text)}</h1>`;
        case 'heading': return `<h2>${htmlEscape(b.text)}</h2>`;
        case 'subheading': return `<h3>${htmlEscape(b.text)}</h3>`;
        case 'paragraph': return `<p${b.emphasis ? ' class="em"' : ''}>${htmlEscape(b.text)}</p>`;
        case 'list': return `<ul>${b.items.map((i) => `<li>${htmlEscape(i)}</li>`).join('')}</ul>`;
        case 'fields': return `<dl>${b.rows.map(([k, v]) => `<dt>${htmlEscape(k)}</dt><dd>${htmlEscape(v)}</dd>`).join('')}</dl>`;
        case 'sources': return `<p class="sources">${htmlEscape(b.label)}: ${b.links.map((l) => (l.href ? `<a href="${htmlEscape(l.href)}">${htmlEscape(l.text)}</a>` : htmlEscape(l.text))).join('; ')}</p>`;
      }
    })
    .join('\n');
  const title = blocks.find((b) => b.type === 'title');
  return `<!doctype html><html lang="${htmlEscape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${htmlEscape(title?.type === 'title' ? title.text : 'Report')}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}
