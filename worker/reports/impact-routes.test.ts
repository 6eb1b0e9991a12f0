import { describe, expect, it } from 'vitest';
import { HIGH_RISK_CASE, api, completeAnswers, createAssessment, json } from '../test-helpers.ts';

describe('impact assessment drafts', () => {
  it('gives a high-risk public-authority case a FRIA draft with the six elements of Art 27(1), and a DPIA outline with the four of GDPR Art 35(7)', async () => {
    const a = await createAssessment({ flow: 'assessment', lang: 'en', answers: completeAnswers({ ...HIGH_RISK_CASE, gdpr_35_dpia: ['large_scale', 'vulnerable_people'] }) });
    expect(a.evaluation.result.duties.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining(['art27_fria', 'gdpr35_dpia']));
    const fria = await json(await api(`/assessments/${a.id}/fria.json`, { token: a.editToken }));
    expect(fria.draft.kind).toBe('fria');
    expect(fria.draft.elements.map((e: { point: string }) => e.point)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const e of fria.draft.elements) expect(['filled', 'toComplete']).toContain(e.status);
    expect(fria.draft.complements).toMatchObject({ kind: 'dpia', required: true });
    expect(fria.draft.summary.length).toBeGreaterThan(20);
    const dpia = await json(await api(`/assessments/${a.id}/dpia.json?lang=de`, { token: a.editToken }));
    expect(dpia.draft.elements.map((e: { point: string }) => e.point)).toEqual(['a', 'b', 'c', 'd']);
    const md = await (await api(`/assessments/${a.id}/fria.md?lang=fr`, { token: a.editToken })).text();
    expect(md).toContain('Eligibility assistant');
    const html = await api(`/assessments/${a.id}/fria.html`, { token: a.editToken });
    expect(html.headers.get('content-disposition')).toMatch(/^attachment; filename="fria-draft-/);
    expect(await html.text()).not.toContain('<script');
    const pdf = new Uint8Array(await (await api(`/shared/${a.shareId}/fria.pdf`)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    // Without the token, nothing.
    expect((await api(`/assessments/${a.id}/fria.json`)).status).toBe(401);
  });

  it('keeps hostile text of the answers inert in every format of the drafts', async () => {
    const hostile = '<script>alert(1)</script> [link](javascript:alert(2)) =cmd';
    const a = await createAssessment({ flow: 'assessment', lang: 'en', answers: completeAnswers({ ...HIGH_RISK_CASE, intro_title: hostile, intro_description: hostile, fria_period_frequency: hostile }) });
    const html = await (await api(`/assessments/${a.id}/fria.html`, { token: a.editToken })).text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const md = await (await api(`/assessments/${a.id}/fria.md`, { token: a.editToken })).text();
    expect(md).not.toContain('<script>');
    // Markdown syntax in an answer is escaped: the link is text, not a link.
    expect(md).toContain('\\[link\\](javascript:alert(2))');
    expect(md).not.toContain(' [link](');
    const draft = await json(await api(`/assessments/${a.id}/fria.json`, { token: a.editToken }));
    expect(draft.draft.elements.find((e: { point: string }) => e.point === 'b').text).toContain(hostile);
  });

  it('refuses a FRIA draft where the result requires none, and before the assessment is complete', async () => {
    const minimal = await createAssessment({ flow: 'assessment', lang: 'en', answers: completeAnswers({ data_kinds: ['public'] }) });
    expect(minimal.evaluation.result.duties.map((d: { id: string }) => d.id)).not.toContain('art27_fria');
    const refused = await api(`/assessments/${minimal.id}/fria.json`, { token: minimal.editToken });
    expect(refused.status).toBe(409);
    expect((await json(refused))['invalid-params']).toEqual([expect.objectContaining({ name: 'path:id', code: 'not_required' })]);
    const started = await createAssessment({ flow: 'assessment', lang: 'en', answers: { intro_title: 'Half done' } });
    const early = await api(`/shared/${started.shareId}/dpia.md`);
    expect(early.status).toBe(409);
    expect((await json(early))['invalid-params'][0].code).toBe('incomplete');
  });
});
