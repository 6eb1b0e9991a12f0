import { describe, expect, it } from 'vitest';
import { api, json } from '../test-helpers.ts';

describe('trees', () => {
  it('lists every published flow version with its trees and marks the current one', async () => {
    const { flows } = await json(await api('/trees?lang=en'));
    const sample = flows.filter((f: any) => f.id === 'sample');
    expect(sample.map((f: any) => [f.version, f.current])).toEqual([
      ['1.0.0', false],
      ['1.1.0', true],
    ]);
    expect(sample[0].trees.map((t: any) => t.id)).toEqual(['sample-risk', 'sample-followup']);
    // Older versions of the real flow come from the flow archive (a static asset), not the bundle.
    const assessment = flows.filter((f: any) => f.id === 'assessment');
    expect(assessment.map((f: any) => [f.version, f.current])).toEqual([
      ['1.0.0', false],
      ['1.1.0', false],
      ['1.2.0', true],
    ]);
  });

  it('returns one tree version with its texts in the requested language', async () => {
    const tree = await json(await api('/trees/sample-risk?flow=sample&version=1.0.0&lang=de'));
    expect(tree.version).toBe('1.0.0');
    const q = tree.nodes.find((n: any) => n.id === 'uses_ai');
    expect(q.text).toBe('Nutzt KI?');
    expect(q.source).toEqual(['AI Act Art 2']);
    expect(tree.duties.sample_deployer_duty.title).toBe('Betreiber');
  });

  it('returns the Mermaid source of a tree and of the flow', async () => {
    const res = await api('/trees/sample-risk/diagram?flow=sample&version=1.0.0&audience=authors');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text.startsWith('flowchart TD')).toBe(true);
    expect(text).toContain('uses_ai -->|no| out_none');
    // For users: texts in their language, no node or option ids in the labels.
    const users = await (await api('/trees/sample-risk/diagram?flow=sample&version=1.0.0&lang=de')).text();
    expect(users).toContain('uses_ai -->|Nein| out_none');
    expect(users).not.toMatch(/\["uses_ai:/);
    expect(await (await api('/trees/flow/diagram?flow=sample')).text()).toContain('sample_risk --> sample_followup');
  });

  it('answers 404 problem+json for an unknown tree or version', async () => {
    const unknown = await api('/trees/nope?flow=sample');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect((await api('/trees/sample-risk?flow=sample&version=0.0.1')).status).toBe(404);
  });

  it('publishes an OpenAPI 3.1 document with every endpoint and a self-contained docs page', async () => {
    const doc = await json(await api('/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    for (const p of ['/health', '/trees', '/trees/{id}', '/trees/{id}/diagram', '/flows/{flow}/{version}/questions', '/evaluate', '/assessments', '/assessments/{id}', '/assessments/{id}/answers/{questionId}', '/assessments/{id}/back', '/assessments/{id}/report.pdf', '/shared/{shareId}', '/shared/{shareId}/report.md']) {
      expect(paths).toContain(p);
    }
    // Every operation has an id, a security statement and documented problem statuses.
    for (const [p, ops] of Object.entries<any>(doc.paths))
      for (const [m, op] of Object.entries<any>(ops)) {
        if (m === 'servers') continue; // the sign-in routes' own server (the service's root)
        expect([m, p, typeof op.operationId]).toEqual([m, p, 'string']);
        expect(op.responses['429'], `${m} ${p}`).toBeDefined();
      }
    const page = await (await api('/../docs')).text();
    expect(page).toContain('/api/v1/openapi.json');
    expect(page).not.toMatch(/src="https?:/);
  });
});
