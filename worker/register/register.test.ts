import { describe, expect, it } from 'vitest';
import { SELF } from 'cloudflare:test';
import { Validator } from '@cfworker/json-schema';
import { HIGH_RISK_CASE, ORIGIN, api, as, completeAnswers, json, sessionCookie, signInLocal } from '../test-helpers.ts';
import type { Answers } from '../../decision-trees/bundle.ts';
import { registerSchema } from './standard-schema.ts';
import vendored from './standard/algoritmeregister-publicatiestandaard-1.0.0.schema.json';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** A benefits-eligibility assistant (Annex III 5(a), deployed by the ministry): high risk, FRIA, EU database. */
/** Police comparing evidence images with a database after the event: Annex III 6(c). */
const POLICE: Answers = { intro_title: 'Evidence image search', intro_organisation: 'Police', intro_description: 'Compares seized images with case files.', system_does: ['supports_authorities'], annex3_areas: ['law_enforcement'], annex3_6_law_enforcement: ['annex3_6_c_evidence'], art6_3_profiling: 'no', art6_3_derogation: 'none', data_kinds: ['personal', 'criminal'], hosting_service: 'dedicated_application' };
const HIGH_RISK: Answers = {
  ...HIGH_RISK_CASE,
  intro_title: `Eligibility assistant ${HOSTILE}`,
  intro_description: `=HYPERLINK("http://evil.example") Ranks applications for the housing allowance; write to jean.dupont@ministry-a.lu or call +352 247 86543. ${HOSTILE}`,
};

async function signIn(user: string): Promise<string> {
  const res = await signInLocal(user);
  expect(res.status).toBe(303);
  return sessionCookie(res);
}

const DETAILS = {
  status: 'in_use',
  startDate: '2027-03',
  contact: 'ia@ministry-a.lu',
  themes: ['Social security', 'Housing'],
  texts: { purpose_and_impact: 'Faster decisions on the housing allowance.', considerations: 'Manual triage takes weeks; the assistant only ranks, officers decide.', supplier: 'Intern ontwikkeld', legal_basis: 'Law of 25 February 1979 on housing aid' },
  euDatabase: {
    deployerAddress: '1 rue de la Loi, L-1234 Luxembourg',
    submitter: 'Register office, 1 rue de la Loi, Luxembourg, register@ministry-a.lu',
    friaSummary: 'Applicants could be ranked too low when their files are incomplete; officers review every low rank.',
    dpiaSummary: 'Large-scale processing of applicants’ data; access limited to the allowance service.',
  },
};

const HIGH_RISK_WITH_DPIA: Answers = { ...HIGH_RISK, gdpr_35_dpia: ['large_scale', 'vulnerable_people'] };

/** An assessment of lea's, complete and approved by marc; returns its id and the people's cookies. */
async function approved(overrides: Answers = HIGH_RISK) {
  const [lea, marc, sofia] = [await signIn('lea'), await signIn('marc'), await signIn('sofia')];
  const created = await json(await as(lea, '/workspace/assessments', { method: 'POST', json: { flow: 'assessment', lang: 'en', answers: completeAnswers(overrides) } }));
  expect(created.evaluation.complete).toBe(true);
  expect((await as(lea, `/assessments/${created.id}/review/submit`, { method: 'POST' })).status).toBe(200);
  const read = await json(await as(marc, `/assessments/${created.id}`));
  expect((await as(marc, `/assessments/${created.id}/review/approve`, { method: 'POST', json: { revision: read.meta.revision } })).status).toBe(200);
  return { id: created.id as string, lea, marc, sofia };
}

const extended = new Validator(registerSchema() as never, '7');

/** Publishes and checks what every published entry must be: each record valid against the standard's schema. */
async function publish(cookie: string, id: string, details: unknown = DETAILS): Promise<{ publication: { entryId: string; version: number }; records: Record<string, Record<string, string>> }> {
  const res = await as(cookie, `/assessments/${id}/publication?lang=en`, { method: 'POST', json: details });
  expect(res.status, await res.clone().text()).toBe(201);
  const published = await json(res);
  for (const [lang, record] of Object.entries(published.records)) {
    const result = extended.validate(record);
    expect(result.errors, `${lang}: ${JSON.stringify(result.errors)}`).toEqual([]);
  }
  return published as never;
}

describe('the public register', () => {
  it('widens only the language of the vendored standard: nld is refused, fra/deu/eng accepted', () => {
    expect(vendored.properties.language.const).toBe('nld');
    const schema = registerSchema();
    expect({ ...schema, properties: { ...schema.properties, language: undefined } }).toEqual({ ...vendored, properties: { ...vendored.properties, language: undefined } });
    expect(schema.properties.language.enum).toEqual(['fra', 'deu', 'eng']);
  });

  it('refuses to publish an assessment that is not approved, and says so in the preview', async () => {
    const [lea, sofia] = [await signIn('lea'), await signIn('sofia')];
    const created = await json(await as(lea, '/workspace/assessments', { method: 'POST', json: { flow: 'assessment', lang: 'en', answers: completeAnswers(HIGH_RISK) } }));
    const preview = await json(await as(sofia, `/assessments/${created.id}/publication/preview?lang=en`, { method: 'POST', json: DETAILS }));
    expect(preview.publishable).toBe(false);
    expect(preview.blockers).toEqual([expect.objectContaining({ name: 'path:id', code: 'not_approved' })]);
    const refused = await as(sofia, `/assessments/${created.id}/publication`, { method: 'POST', json: DETAILS });
    expect(refused.status).toBe(409);
    expect((await json(refused))['invalid-params']).toEqual([expect.objectContaining({ name: 'path:id', code: 'not_approved' })]);
    // Nor can a project lead publish, even an approved one.
    expect((await as(lea, `/assessments/${created.id}/publication`, { method: 'POST', json: DETAILS })).status).toBe(403);
  });

  it('names each mandatory field of the standard left to complete, and text sent for a field the assessment fills', async () => {
    const { id, sofia } = await approved();
    const bare = await json(await as(sofia, `/assessments/${id}/publication/preview?lang=en`, { method: 'POST', json: { ...DETAILS, texts: { data: 'Another text' } } }));
    expect(bare.publishable).toBe(false);
    expect(bare.blockers.map((b: { name: string; code: string }) => `${b.name} ${b.code}`).sort()).toEqual(['/texts/considerations required', '/texts/data filled_by_assessment', '/texts/purpose_and_impact required', '/texts/supplier required']);
    const refused = await as(sofia, `/assessments/${id}/publication`, { method: 'POST', json: { ...DETAILS, texts: {} } });
    expect(refused.status).toBe(400);
    expect((await json(refused))['invalid-params'].map((p: { name: string }) => p.name)).toContain('/texts/considerations');
  });

  it('publishes exactly what the preview showed; every record validates against the standard', async () => {
    const { id, sofia, lea } = await approved();
    const preview = await json(await as(sofia, `/assessments/${id}/publication/preview?lang=en`, { method: 'POST', json: DETAILS }));
    expect(preview.blockers).toEqual([]);
    expect(preview.publishable).toBe(true);
    const field = (f: string) => preview.fields.find((x: { field: string }) => x.field === f);
    // What could carry personal data or internal details is flagged.
    expect(field('description_short').flags).toEqual(expect.arrayContaining(['free_text', 'email', 'phone']));
    expect(field('name').flags).toContain('free_text');
    expect(field('publication_category')).toMatchObject({ value: 'Hoog-risico AI-systeem (Categorie A)', origin: 'derived', withholdable: false });
    expect(field('eu_database_submitter').flags).toContain('personal_data');
    expect(field('considerations')).toMatchObject({ origin: 'editor', value: DETAILS.texts.considerations });
    const published = await publish(sofia, id);
    expect(published.records).toEqual(preview.records);
    expect(published.publication).toMatchObject({ version: 1, outOfSync: false, publishedBy: { id: 'sofia' } });
    for (const [lang, record] of Object.entries(published.records)) {
      const result = extended.validate(record);
      expect(result.errors, `${lang}: ${JSON.stringify(result.errors)}`).toEqual([]);
      expect(record).toMatchObject({ language: { fr: 'fra', de: 'deu', en: 'eng' }[lang], schema: '1.0.0', source_id: published.publication.entryId });
    }
    // The public reads the same records, in the list and on its own.
    const list = await json(await api('/register'));
    const entry = list.entries.find((e: { entryId: string }) => e.entryId === published.publication.entryId);
    expect(entry.records).toEqual(preview.records);
    const one = await json(await api(`/register/${published.publication.entryId}`));
    expect(one.entry.records).toEqual(preview.records);
    expect(one.entry.euDatabase).toEqual({
      section: 'public',
      deployerName: 'Ministry A',
      deployerAddress: DETAILS.euDatabase.deployerAddress,
      deployerContact: 'ia@ministry-a.lu',
      submitter: DETAILS.euDatabase.submitter,
      providerEntryUrl: null,
      friaSummary: DETAILS.euDatabase.friaSummary,
      dpiaSummary: DETAILS.euDatabase.dpiaSummary,
      toComplete: ['providerEntryUrl'],
    });
    // The register's explanation carries the summaries of the assessments carried out, as the editor gave them.
    expect(published.records.en!.impact_assessment_explanation).toContain(DETAILS.euDatabase.friaSummary);
    expect(one.versions).toHaveLength(1);
    // The members see it published.
    expect((await json(await as(lea, `/assessments/${id}/publication`))).publication).toMatchObject({ version: 1, outOfSync: false });
  });

  it('keeps hostile text inert on the pages, in the CSV and in the JSON', async () => {
    const { id, sofia } = await approved();
    const { publication } = await publish(sofia, id);
    for (const path of [`/register/${publication.entryId}?lang=en`, `/register?lang=en&q=eligibility`, `/register/${publication.entryId}?lang=fr`]) {
      const page = await SELF.fetch(`${ORIGIN}${path}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Eligibility assistant');
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('&lt;script&gt;');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    const bytes = new Uint8Array(await (await api('/register.csv?lang=en')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('entry_id,version,published_at,name,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")`);
    const res = await api(`/register/${publication.entryId}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('takes the FRIA and DPIA summaries of the EU database block from the editor only, offering the drafts’ findings as a starting text', async () => {
    const { id, sofia } = await approved(HIGH_RISK_WITH_DPIA);
    const preview = await json(await as(sofia, `/assessments/${id}/publication/preview?lang=en`, { method: 'POST', json: { ...DETAILS, euDatabase: { submitter: 'Register office' } } }));
    expect(preview.euDatabase).toMatchObject({ section: 'public', friaSummary: null, dpiaSummary: null, toComplete: ['deployerAddress', 'providerEntryUrl', 'friaSummary', 'dpiaSummary'] });
    expect(preview.suggestions.friaSummary).toMatch(/applicants for and recipients of essential public assistance/);
    expect(preview.records.en.impact_assessment_explanation).not.toContain('pre-filled');
    expect(preview.records.en.impact_assessment_explanation).not.toContain(preview.suggestions.friaSummary);
  });

  it('keeps the EU database block of a law-enforcement system out of the public register (Art 49(4)): points 1 to 3 only', async () => {
    const { id, sofia } = await approved(POLICE);
    const preview = await json(await as(sofia, `/assessments/${id}/publication/preview?lang=en`, { method: 'POST', json: DETAILS }));
    expect(preview.euDatabase).toMatchObject({ section: 'non_public', friaSummary: null, dpiaSummary: null });
    expect(preview.fields.map((f: { field: string }) => f.field)).not.toContain('eu_database_fria_summary');
    expect(preview.records.en.impact_assessment_explanation).not.toContain(DETAILS.euDatabase.friaSummary);
    const { publication } = await publish(sofia, id);
    const one = await json(await api(`/register/${publication.entryId}`));
    expect(one.entry.euDatabase).toBeNull();
    expect(await (await SELF.fetch(`${ORIGIN}/register/${publication.entryId}?lang=en`)).text()).not.toContain('Annex VIII');
  });

  it('withholds a field with its reason: the value is nowhere public', async () => {
    const { id, sofia } = await approved();
    const withheld = { ...DETAILS, withheld: [{ field: 'description_short', reason: 'Names a member of staff' }] };
    const preview = await json(await as(sofia, `/assessments/${id}/publication/preview?lang=en`, { method: 'POST', json: withheld }));
    expect(preview.fields.find((f: { field: string }) => f.field === 'description_short')).toMatchObject({ origin: 'withheld', value: 'Not published: Names a member of staff' });
    const { publication } = await publish(sofia, id, withheld);
    const csvLines = (await (await api('/register.csv')).text()).split('\r\n').filter((l) => l.startsWith(publication.entryId));
    expect(csvLines).toHaveLength(3);
    const everywhere = [await (await api(`/register/${publication.entryId}`)).text(), csvLines.join('\n'), await (await SELF.fetch(`${ORIGIN}/register/${publication.entryId}?lang=de`)).text()];
    for (const text of everywhere) {
      expect(text).not.toContain('jean.dupont@ministry-a.lu');
    }
    expect(everywhere[2]).toContain('Nicht veröffentlicht: Names a member of staff');
    // A field that identifies the entry cannot be withheld.
    expect((await as(sofia, `/assessments/${id}/publication/preview`, { method: 'POST', json: { ...DETAILS, withheld: [{ field: 'name', reason: 'x'.repeat(5) }] } })).status).toBe(400);
  });

  it('marks the entry out of sync after a change, until the editor republishes; the history stays public', async () => {
    const { id, lea, marc, sofia } = await approved();
    const first = await publish(sofia, id);
    const entryId = first.publication.entryId;
    expect((await as(lea, `/assessments/${id}/answers/intro_description`, { method: 'PUT', json: { value: 'Ranks applications for the housing allowance.' } })).status).toBe(200);
    expect((await json(await as(lea, `/assessments/${id}/publication`))).publication.outOfSync).toBe(true);
    const row = (await json(await as(lea, '/workspace/assessments?limit=1000'))).entries.find((e: { id: string }) => e.id === id);
    expect(row.publication).toEqual({ entryId, version: 1, outOfSync: true });
    // The change reopened the review: nothing new is published until it is approved again.
    expect((await as(sofia, `/assessments/${id}/publication`, { method: 'POST', json: DETAILS })).status).toBe(409);
    expect((await as(lea, `/assessments/${id}/review/submit`, { method: 'POST' })).status).toBe(200);
    const read = await json(await as(marc, `/assessments/${id}`));
    expect((await as(marc, `/assessments/${id}/review/approve`, { method: 'POST', json: { revision: read.meta.revision } })).status).toBe(200);
    const second = await publish(sofia, id);
    expect(second.publication).toMatchObject({ entryId, version: 2, outOfSync: false });
    const one = await json(await api(`/register/${entryId}`));
    expect(one.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(one.entry.records.en.description_short).toBe('Ranks applications for the housing allowance.');
    const old = await json(await api(`/register/${entryId}?version=1`));
    expect(old.entry.records.en.description_short).toContain('jean.dupont');
    const page = await (await SELF.fetch(`${ORIGIN}/register/${entryId}/versions/1?lang=en`)).text();
    expect(page).toContain('You are reading an earlier version of this entry.');
    const audit = await json(await as(lea, `/assessments/${id}/audit`));
    expect(audit.entries.filter((e: { action: string }) => e.action === 'published').map((e: { detail: { version: number } }) => e.detail.version)).toEqual([1, 2]);
  });

  it('retracts an entry from the pages, the JSON and the CSV', async () => {
    const { id, sofia, lea } = await approved();
    const { publication } = await publish(sofia, id);
    expect((await api('/register.csv')).status).toBe(200);
    expect((await as(lea, `/assessments/${id}/publication`, { method: 'DELETE' })).status).toBe(403);
    expect((await as(sofia, `/assessments/${id}/publication`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/register/${publication.entryId}`)).status).toBe(404);
    expect((await api(`/register/${publication.entryId}?version=1`)).status).toBe(404);
    expect((await json(await api('/register'))).entries.map((e: { entryId: string }) => e.entryId)).not.toContain(publication.entryId);
    expect(await (await api('/register.csv')).text()).not.toContain(publication.entryId);
    const page = await SELF.fetch(`${ORIGIN}/register/${publication.entryId}?lang=en`);
    expect(page.status).toBe(404);
    expect(await (await SELF.fetch(`${ORIGIN}/register?lang=en`)).text()).not.toContain(publication.entryId);
    expect((await json(await as(lea, `/assessments/${id}/publication`))).publication).toBeNull();
    expect((await as(sofia, `/assessments/${id}/publication`, { method: 'DELETE' })).status).toBe(404);
  });

  it('keeps other organisations out, and caches the public pages by the register’s revision', async () => {
    const { id } = await approved();
    const bea = await signIn('bea');
    expect((await as(bea, `/assessments/${id}/publication/preview`, { method: 'POST', json: DETAILS })).status).toBe(404);
    const first = await api('/register');
    // Every entry the register holds (all this file's publications) validates against the standard.
    for (const entry of (await json(first.clone())).entries) for (const record of Object.values(entry.records)) expect(extended.validate(record).errors).toEqual([]);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toMatch(/^public/);
    expect((await api('/register', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });
});
