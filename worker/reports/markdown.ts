// Markdown report. User text stays text: what Markdown or HTML would interpret is escaped, and
// nothing more, so that the file reads clean as plain text too.
import type { Block } from './document.ts';

/** Escapes the characters that would start Markdown syntax inline, and at the start of a line. */
export function mdEscape(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : `\\${ch}`))
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/, '$1\\$2')
    .replace(/(https?):\/\//gi, '$1:&#47;&#47;'); // keeps bare URLs from turning into links
}

/** A link from the product's own data (never user text), or plain text when there is no address. */
const link = (text: string, href: string | null) => (href ? `[${mdEscape(text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : mdEscape(text));

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
      case 'sources': out.push(`${mdEscape(b.label)}: ${b.links.map((l) => link(l.text, l.href)).join('; ')}`, ''); break;
    }
  }
  return out.join('\n');
}
