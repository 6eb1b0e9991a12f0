// PDF report with pdf-lib's standard Helvetica (WinAnsi): characters it lacks become a visible "?".
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { Block } from './document.ts';

const PAGE = { width: 595.28, height: 841.89, margin: 56 };

/** Replaces what the font cannot encode, so that no user text can break the PDF. */
export function fitToFont(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) out += supported.has(ch.codePointAt(0)!) ? ch : '?';
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A word longer than the line is cut.
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let n = rest.length - 1;
      while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderPdf(blocks: Block[], meta: { title: string; lang: string; footer: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(fitToFont(meta.title, regular));
  doc.setLanguage(meta.lang);
  doc.setProducer('AI use-case self-assessment');
  doc.setCreationDate(new Date(0)); // deterministic output for the same assessment
  doc.setModificationDate(new Date(0));

  const width = PAGE.width - 2 * PAGE.margin;
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const ensure = (h: number) => {
    if (y - h < PAGE.margin + 20) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };
  const write = (text: string, font: PDFFont, size: number, indent = 0, gapAfter = 4) => {
    for (const line of wrap(fitToFont(text, font), font, size, width - indent)) {
      ensure(size * 1.35);
      page.drawText(line, { x: PAGE.margin + indent, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size * 1.35;
    }
    y -= gapAfter;
  };

  for (const b of blocks) {
    switch (b.type) {
      case 'title': write(b.text, bold, 18, 0, 10); break;
      case 'heading': y -= 8; ensure(40); write(b.text, bold, 13, 0, 6); break;
      case 'subheading': ensure(30); write(b.text, bold, 11, 0, 2); break;
      case 'paragraph': write(b.text, b.emphasis ? bold : regular, 10); break;
      case 'list': for (const item of b.items) write(`• ${item}`, regular, 10, 10, 2); y -= 4; break;
      case 'fields': for (const [k, v] of b.rows) write(`${k}: ${v}`, regular, 10, 0, 2); y -= 4; break;
    }
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(fitToFont(`${meta.footer} — ${i + 1}/${pages.length}`, regular), { x: PAGE.margin, y: PAGE.margin / 2, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
  });
  return doc.save();
}
