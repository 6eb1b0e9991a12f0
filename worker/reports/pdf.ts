// PDF report: a small writer for text-only documents in the standard Helvetica fonts (WinAnsi).
// Characters the fonts lack become a visible "?", so no user text can break the file.
// Why not pdf-lib: with its font data and compression library it was 60% of the worker bundle
// (docs/decisions/0002-pdf-writer.md); tests still parse every report with pdf-lib.
import type { Block } from './document.ts';
import { HELVETICA_BOLD_WIDTHS, HELVETICA_WIDTHS, WIN_ANSI_EXTRA } from './font-metrics.ts';

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
type FontKey = 'F1' | 'F2';
const WIDTHS: Record<FontKey, readonly number[]> = { F1: HELVETICA_WIDTHS, F2: HELVETICA_BOLD_WIDTHS };

/** Unicode text -> WinAnsi codes; what WinAnsi cannot encode becomes "?". */
export function toWinAnsi(text: string): number[] {
  const codes: number[] = [];
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) codes.push(cp);
    else codes.push(WIN_ANSI_EXTRA[cp] ?? 0x3f);
  }
  return codes;
}

const widthOf = (codes: number[], font: FontKey, size: number) => (codes.reduce((w, c) => w + (WIDTHS[font][c] ?? 500), 0) * size) / 1000;

/** Greedy word wrap on WinAnsi codes; a word longer than a line is cut. */
function wrap(codes: number[], font: FontKey, size: number, width: number): number[][] {
  const words: number[][] = [[]];
  for (const c of codes) c === 0x20 ? words.push([]) : words[words.length - 1]!.push(c);
  const lines: number[][] = [];
  let line: number[] = [];
  for (let word of words) {
    const candidate = line.length ? [...line, 0x20, ...word] : word;
    if (widthOf(candidate, font, size) <= width) {
      line = candidate;
      continue;
    }
    if (line.length) lines.push(line);
    while (widthOf(word, font, size) > width && word.length > 1) {
      let n = word.length - 1;
      while (n > 1 && widthOf(word.slice(0, n), font, size) > width) n--;
      lines.push(word.slice(0, n));
      word = word.slice(n);
    }
    line = word;
  }
  if (line.length) lines.push(line);
  return lines;
}

/** A PDF literal string: parentheses and backslash escaped, bytes above 126 as octal. */
function literal(codes: number[]): string {
  let s = '(';
  for (const c of codes) {
    if (c === 0x28 || c === 0x29 || c === 0x5c) s += `\\${String.fromCharCode(c)}`;
    else if (c < 0x20 || c > 0x7e) s += `\\${c.toString(8).padStart(3, '0')}`;
    else s += String.fromCharCode(c);
  }
  return `${s})`;
}

/** Metadata strings may hold any character: UTF-16BE with a byte-order mark. */
function utf16(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** `attachment`: a file embedded in the PDF (the assessment as JSON, so that a draft loads back from its PDF). */
export async function renderPdf(blocks: Block[], meta: { title: string; lang: string; footer: string; attachment?: { name: string; description: string; json: string } }): Promise<Uint8Array> {
  const width = PAGE.width - 2 * PAGE.margin;
  const pages: string[][] = [[]];
  let y = PAGE.height - PAGE.margin;
  const ensure = (h: number) => {
    if (y - h < PAGE.margin + 20) {
      pages.push([]);
      y = PAGE.height - PAGE.margin;
    }
  };
  const write = (text: string, font: FontKey, size: number, indent = 0, gapAfter = 4) => {
    for (const line of wrap(toWinAnsi(text), font, size, width - indent)) {
      ensure(size * 1.35);
      const x = (PAGE.margin + indent).toFixed(2);
      pages[pages.length - 1]!.push(`BT /${font} ${size} Tf ${x} ${(y - size).toFixed(2)} Td ${literal(line)} Tj ET`);
      y -= size * 1.35;
    }
    y -= gapAfter;
  };
  for (const b of blocks) {
    switch (b.type) {
      case 'title': write(b.text, 'F2', 18, 0, 10); break;
      case 'heading': y -= 8; ensure(40); write(b.text, 'F2', 13, 0, 6); break;
      case 'subheading': ensure(30); write(b.text, 'F2', 11, 0, 2); break;
      case 'paragraph': write(b.text, b.emphasis ? 'F2' : 'F1', 10); break;
      case 'list': for (const item of b.items) write(`• ${item}`, 'F1', 10, 10, 2); y -= 4; break;
      case 'fields': for (const [k, v] of b.rows) write(`${k}: ${v}`, 'F1', 10, 0, 2); y -= 4; break;
      case 'sources': write(`${b.label}: ${b.links.map((l) => l.text).join('; ')}`, 'F1', 9, 0, 6); break;
    }
  }

  // Objects: 1 catalog, 2 page tree, 3-4 fonts, 5 info, then a page and its content per page, then the attachment.
  const objects: (string | Uint8Array)[] = [];
  const pageIds = pages.map((_, i) => 6 + 2 * i);
  const encoderForAttachment = new TextEncoder();
  let names = '';
  if (meta.attachment) {
    const fileId = 6 + 2 * pages.length;
    const specId = fileId + 1;
    const raw = encoderForAttachment.encode(meta.attachment.json);
    const packed = await deflate(raw);
    objects[fileId] = concat(
      encoderForAttachment.encode(`<< /Type /EmbeddedFile /Subtype /application#2Fjson /Params << /Size ${raw.length} >> /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`),
      packed,
      encoderForAttachment.encode('\nendstream'),
    );
    const name = literal(toWinAnsi(meta.attachment.name));
    objects[specId] = `<< /Type /Filespec /F ${name} /UF ${utf16(meta.attachment.name)} /Desc ${utf16(meta.attachment.description)} /EF << /F ${fileId} 0 R >> /AFRelationship /Data >>`;
    names = ` /Names << /EmbeddedFiles << /Names [${name} ${specId} 0 R] >> >> /AF [${specId} 0 R]`;
  }
  objects[1] = `<< /Type /Catalog /Pages 2 0 R /Lang ${literal(toWinAnsi(meta.lang))}${names} >>`;
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title ${utf16(meta.title)} /Producer (AI use-case self-assessment) >>`;
  const encoder = new TextEncoder();
  for (const [i, ops] of pages.entries()) {
    const footer = `BT /F1 8 Tf ${PAGE.margin} ${PAGE.margin / 2} Td ${literal(toWinAnsi(`${meta.footer} — ${i + 1}/${pages.length}`))} Tj ET`;
    const content = await deflate(latin1([...ops, footer].join('\n')));
    const id = pageIds[i]!;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = concat(encoder.encode(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`), content, encoder.encode('\nendstream'));
  }

  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    const body = objects[id]!;
    const chunk = concat(encoder.encode(`${id} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, encoder.encode('\nendobj\n'));
    offsets[id] = offset;
    offset += chunk.length;
    parts.push(chunk);
  }
  const xref = [`xref\n0 ${objects.length}\n0000000000 65535 f \n`, ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(encoder.encode(`${xref}trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return concat(...parts);
}

/** Bytes of a string whose characters are all below 256 (PDF syntax and WinAnsi text). */
function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function concat(...arrays: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
