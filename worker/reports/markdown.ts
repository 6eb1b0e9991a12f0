// Markdown report. User text is escaped so that it stays text: no links, no HTML, no headings.
import type { Block } from './document.ts';

/** Escapes Markdown and HTML syntax in a line of text. */
export function mdEscape(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}\[\]()#+\-.!|>~=]/g, (ch) => `\\${ch}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/:\/\//g, ':&#47;&#47;'); // keeps bare URLs from turning into links
}

export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'title': out.push(`# ${mdEscape(b.text)}`, ''); break;
      case 'heading': out.push(`## ${mdEscape(b.text)}`, ''); break;
      case 'subheading': out.push(`### ${mdEscape(b.text)}`, ''); break;
      case 'paragraph': out.push(b.emphasis ? `**${mdEscape(b.text)}**` : mdEscape(b.text), ''); break;
      case 'list': out.push(...b.items.map((i) => `- ${mdEscape(i)}`), ''); break;
      case 'fields': out.push(...b.rows.map(([k, v]) => `- **${mdEscape(k)}:** ${mdEscape(v)}`), ''); break;
    }
  }
  return out.join('\n');
}
