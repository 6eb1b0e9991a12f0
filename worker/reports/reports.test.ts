import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { SAMPLE_HIGH, api, createAssessment, json } from '../test-helpers.ts';

const sample = { flow: 'sample', version: '1.0.0', lang: 'en' };
const HOSTILE = '<script>alert(1)</script> [click](https://evil.test) **bold** 漢字 🙂 \u0000\u202e';

/** Parses the PDF with pdf-lib and returns the text of its pages' content streams (WinAnsi decoded). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  let content = '';
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    for (const s of streams) if (s instanceof PDFRawStream) content += new TextDecoder('latin1').decode(decodePDFRawStream(s).decode());
  }
  const strings = [...content.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) =>
    m[1]!.replace(/\\([0-7]{3}|.)/g, (_, e: string) => (e.length === 3 ? String.fromCharCode(parseInt(e, 8)) : e)),
  );
  return strings.join(' ');
}

const pdfHasText = async (bytes: Uint8Array, text: string) => (await pdfText(bytes)).includes(text);

describe('reports', () => {
  it('renders the whole assessment as JSON with the result, the path and the pinned version', async () => {
    const a = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const res = await api(`/assessments/${a.id}/report.json`, { token: a.editToken });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const r = await json(res);
    expect(r.evaluation.result.riskClass).toBe('high_risk');
    expect(r.evaluation.path).toHaveLength(5);
    expect(r.meta).toMatchObject({ version: '1.0.0' });
  });

  it('renders Markdown and HTML with risk class, duties with dates, hosting, questions and sources', async () => {
    const a = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const md = await (await api(`/assessments/${a.id}/report.md`, { token: a.editToken })).text();
    expect(md).toContain('High-risk AI system');
    expect(md).not.toMatch(/\\[-.()!]/);
    expect(md).toMatch(/\]\(<https:\/\/eur-lex\.europa\.eu\/[^>]+>\)/);
    expect(md).toContain('Deployer');
    expect(md).toContain('AI Act Art 26');
    expect(md).toContain('Uses AI?');
    expect(md).toContain('Not legal advice');
    const htmlRes = await api(`/assessments/${a.id}/report.html?lang=de`, { token: a.editToken });
    expect(htmlRes.headers.get('content-type')).toContain('text/html');
    expect(htmlRes.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await htmlRes.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Hochrisiko-KI-System');
    expect(html).toContain('Le Chat (sans recherche web)');
  });

  it('renders a PDF that parses and holds the result, in the assessment language', async () => {
    const a = await createAssessment({ ...sample, lang: 'fr', answers: SAMPLE_HIGH });
    const res = await api(`/assessments/${a.id}/report.pdf`, { token: a.editToken });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(0);
    expect(await pdfHasText(bytes, 'En bref')).toBe(true);
    expect(await pdfHasText(bytes, 'Surveiller.')).toBe(true);
  });

  it('embeds the answers in the PDF as a draft that loads back', async () => {
    const a = await createAssessment({ ...sample, lang: 'fr', answers: SAMPLE_HIGH });
    const bytes = new Uint8Array(await (await api(`/assessments/${a.id}/report.pdf`, { token: a.editToken })).arrayBuffer());
    const doc = await PDFDocument.load(bytes);
    const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
    const files = names.lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    expect(files.size()).toBe(2);
    const spec = files.lookup(1, PDFDict);
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) throw new Error('the embedded file is not a stream');
    const draft = JSON.parse(new TextDecoder().decode(decodePDFRawStream(stream).decode()));
    expect(draft).toMatchObject({ format: 'ai-use-case-assessment-draft', flow: { id: 'sample', version: '1.0.0' }, lang: 'fr', answers: SAMPLE_HIGH });
  });

  it('serves the same reports read-only through the share link', async () => {
    const a = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    for (const f of ['report.json', 'report.md', 'report.html', 'report.pdf']) expect((await api(`/shared/${a.shareId}/${f}`)).status).toBe(200);
    expect((await api(`/shared/${a.shareId}/report.exe`)).status).toBe(404);
  });

  it('keeps hostile user text inert in every format', async () => {
    const a = await createAssessment({ ...sample, answers: { ...SAMPLE_HIGH, title: HOSTILE.slice(0, 20) } });
    const b = await createAssessment({ flow: 'sample', version: '1.1.0', lang: 'en' });
    expect(b.id).toBeTruthy();
    const html = await (await api(`/assessments/${a.id}/report.html`, { token: a.editToken })).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const md = await (await api(`/assessments/${a.id}/report.md`, { token: a.editToken })).text();
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/\]\(https?:/);
    const pdf = await api(`/assessments/${a.id}/report.pdf`, { token: a.editToken });
    expect(pdf.status).toBe(200);
    await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()));
  });

  it('replaces characters the PDF font lacks instead of failing', async () => {
    const a = await createAssessment({ ...sample, answers: { ...SAMPLE_HIGH, title: '漢字 🙂 Ωμέγα' } });
    const res = await api(`/assessments/${a.id}/report.pdf`, { token: a.editToken });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(await pdfHasText(bytes, '?? ? ')).toBe(true);
  });

  it('says the assessment is incomplete when questions remain', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'Bot' } });
    expect(await (await api(`/assessments/${a.id}/report.md`, { token: a.editToken })).text()).toContain('Incomplete assessment');
  });
});
