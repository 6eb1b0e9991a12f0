// Scenario tests of the hosting, transparency and guidelines trees (1.1.0) in the whole flow, the
// intro, the flow itself and the swap of the catalogue.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { completeWalk, treesAsFlow } from '../testing.ts';
import { Catalogue, LANGS } from '../schema.ts';
import { compileFlow } from '../compile.ts';
import { contentHash, ROOT } from '../load.ts';
import { assembleBundle, type Answers } from '../bundle.ts';
import { evaluate, type Evaluation } from '../evaluate.ts';
import type { Lang } from '../schema.ts';

const FULL = ['intro', 'ai-act-risk', 'hosting', 'transparency', 'guidelines'];
const flow = treesAsFlow(FULL);
const paths: { name: string; ids: string[] }[] = [];

function run(name: string, overrides: Answers, lang: Lang = 'en'): Evaluation {
  const r = completeWalk(flow, overrides, { lang });
  paths.push({ name, ids: r.path.map((p) => p.id) });
  return r;
}
const asked = (r: Evaluation) => r.path.map((p) => p.id);
const duties = (r: Evaluation) => r.result!.duties.map((d) => d.id);
const hosting = (r: Evaluation) => r.result!.hosting!;

const PERSONAL: Answers = { data_kinds: ['personal'] };
const UNDECIDED = (tasks: string[], data: string[]): Answers => ({ hosting_service: 'not_decided', hosting_tasks: tasks, data_kinds: data });

describe('hosting: a catalogue service chosen', () => {
  it('Le Chat at the CTIE may take personal data', () => {
    const h = hosting(run('le chat personal', { ...PERSONAL, hosting_service: 'le_chat' }));
    expect(h.choice).toEqual({ kind: 'service', serviceId: 'le_chat' });
    expect(h.verdict).toMatchObject({ ok: true });
    expect(h.system).toBe('Le Chat (sans recherche web) (at the CTIE (state IT centre))');
  });
  it('Copilot should not receive personal data, and the verdict names the services that may', () => {
    const h = hosting(run('copilot personal', { ...PERSONAL, hosting_service: 'copilot' }));
    expect(h.verdict!.ok).toBe(false);
    expect(h.verdict!.text).toMatch(/should not receive this data under the guidelines/);
    expect(h.verdict!.text).toMatch(/Services that may: .*Le Chat \(sans recherche web\)/);
    expect(h.services.find((s) => s.id === 'copilot')).toMatchObject({ publicCloud: true, warning: expect.stringMatching(/public cloud/) });
  });
  it('Copilot may take non-public professional information', () => {
    expect(hosting(run('copilot non public', { data_kinds: ['non_public'], hosting_service: 'copilot' })).verdict!.ok).toBe(true);
  });
  it('a freely accessible public tool is to be avoided whatever the data', () => {
    const h = hosting(run('public tool', { data_kinds: ['public'], hosting_service: 'unlisted_public_tools' }));
    expect(h.verdict!.ok).toBe(false);
    expect(h.verdict!.text).toMatch(/neither deploys nor provides/);
  });
  it('the register entry carries the system actually chosen', () => {
    const f = run('register system', { ...PERSONAL, system_does: ['interacts'], hosting_service: 'sharepoint_agents' }).result!.registerEntry!.fields.find((x) => x.id === 'technicalOperation')!;
    expect(f.value).toContain('Agents IA pour SharePoint');
  });
});

describe('hosting: a dedicated application', () => {
  it('asks where its data is processed, with the catalogue’s locations as options', () => {
    const r = run('dedicated ctie', { ...PERSONAL, hosting_service: 'dedicated_application', hosting_location: 'state_it_centre' });
    expect(asked(r)).toContain('hosting_location');
    const location = flow.index.questions.get('hosting_location')!;
    expect(location.kind === 'single' && location.options.map((o) => o.id)).toEqual(['state_it_centre', 'other_state_host', 'vendor_eu', 'vendor_non_eu', 'public_cloud', 'unknown']);
    expect(hosting(r).verdict).toMatchObject({ ok: true });
  });
  it('a vendor’s cloud in the EU should not take personal data under the guidelines', () => {
    const h = hosting(run('dedicated vendor eu', { ...PERSONAL, hosting_service: 'dedicated_application', hosting_location: 'vendor_eu' }));
    expect(h.verdict!.ok).toBe(false);
    expect(h.verdict!.text).toMatch(/should not receive personal data/);
    expect(h.verdict!.text).toMatch(/processor contract/);
  });
  it('a vendor’s cloud outside the EU with public data is possible, with a warning on transfers', () => {
    const h = hosting(run('dedicated non eu', { data_kinds: ['public'], hosting_service: 'dedicated_application', hosting_location: 'vendor_non_eu' }));
    expect(h.verdict!.ok).toBe(true);
    expect(h.verdict!.text).toMatch(/Chapter V/);
  });
  it('an unknown location takes only public information', () => {
    expect(hosting(run('dedicated unknown', { data_kinds: ['non_public'], hosting_service: 'dedicated_application', hosting_location: 'unknown' })).verdict!.ok).toBe(false);
  });
  it('the verdict never says the dedicated application is a catalogue service', () => {
    const r = run('dedicated register', { ...PERSONAL, system_does: ['interacts'], hosting_service: 'dedicated_application', hosting_location: 'state_it_centre' });
    expect(r.result!.registerEntry!.fields.find((x) => x.id === 'technicalOperation')!.value).toBe('dedicated application, data processed at the CTIE');
  });
});

describe('hosting: not decided yet', () => {
  it('public information for drafting allows Le Chat, Le Chat with search, the SharePoint agents and Copilot', () => {
    expect(hosting(run('undecided public drafting', UNDECIDED(['chat_drafting'], ['public']))).allowed).toEqual(['le_chat', 'le_chat_web_search', 'sharepoint_agents', 'copilot']);
  });
  it('personal data with web search leaves no service at all', () => {
    expect(hosting(run('undecided personal search', UNDECIDED(['web_search'], ['personal']))).allowed).toEqual([]);
  });
  it('code with confidential data allows only Mistral Code', () => {
    expect(hosting(run('undecided code secret', UNDECIDED(['code'], ['secret']))).allowed).toEqual(['mistral_code']);
  });
  it('an AI agent on special-category data allows only Agent as a service', () => {
    expect(hosting(run('undecided agents special', UNDECIDED(['agents'], ['special_category']))).allowed).toEqual(['agent_as_a_service']);
  });
  it('every excluded service carries a reason, and free public tools are always excluded', () => {
    const h = hosting(run('undecided reasons', UNDECIDED(['chat_drafting', 'code'], ['public'])));
    for (const e of h.excluded) expect(e.reason.length).toBeGreaterThan(10);
    expect(h.excluded.map((e) => e.serviceId)).toContain('unlisted_public_tools');
  });
  it('the hosting outcome records the commitment to use only listed services', () => {
    expect(run('commitment', {}).result!.commitments.map((c) => c.id)).toContain('hosting_use_listed_services');
  });
  it('a tool that is not AI is not asked which AI service it uses', () => {
    expect(asked(run('not ai hosting', { def_ai_system: 'fixed_rules' }))).not.toContain('hosting_service');
  });
});

describe('transparency: the national recommendations', () => {
  const content = (use: string[], share: string): Answers => ({ system_does: ['generates_text'], content_use: use, transparency_ai_share: share });
  it('public content entirely generated by AI gets the systematic label', () => {
    expect(duties(run('public full', content(['citizen_documents'], 'full')))).toContain('lu_label_public_content');
  });
  it('public content with substantial AI portions gets the mention of AI help', () => {
    expect(duties(run('public substantial', content(['citizen_documents'], 'substantial')))).toContain('lu_mention_ai_assistance');
  });
  it('internal content with substantial AI portions gets the recommended internal label only', () => {
    const d = duties(run('internal substantial', content(['internal'], 'substantial')));
    expect(d).toContain('lu_label_internal_recommended');
    expect(d).not.toContain('lu_label_public_content');
  });
  it('light AI help on internal content gets no label', () => {
    expect(duties(run('internal light', content(['internal'], 'light'))).filter((d) => d.startsWith('lu_label'))).toEqual([]);
  });
  it('an unsure share takes the cautious branch (substantial portions)', () => {
    expect(duties(run('internal unsure', content(['internal'], 'unsure')))).toContain('lu_label_internal_recommended');
  });
  it('a system that produces no content is not asked how much the AI writes', () => {
    expect(asked(run('no content', { system_does: ['none'] }))).not.toContain('transparency_ai_share');
  });
  it('a system that concerns people needs no register question: the entry is proposed', () => {
    const r = run('register derived', { system_does: ['interacts'], data_kinds: ['personal'] });
    expect(asked(r)).not.toContain('transparency_register');
    expect(duties(r)).toContain('lu_algorithm_register');
  });
  it('otherwise the register question is asked', () => {
    const r = run('register asked', { system_does: ['none'], transparency_register: 'no' });
    expect(asked(r)).toContain('transparency_register');
    expect(duties(r)).not.toContain('lu_algorithm_register');
  });
  it('every label recommendation carries ready-to-paste labels in French, German and English', () => {
    const tree = flow.index.bundle.trees.find((t) => t.id === 'transparency')!;
    for (const [id, d] of Object.entries(tree.duties!)) {
      expect(d.kind).toBe('recommendation');
      if (id === 'lu_algorithm_register') continue;
      expect(d.labels!.length).toBeGreaterThanOrEqual(1);
      for (const l of d.labels!) for (const lang of LANGS) expect(l[lang].length).toBeGreaterThan(10);
    }
  });
  it('the register recommendation says the guidelines do not make publication mandatory and that the EU database is separate', () => {
    const d = flow.index.bundle.trees.find((t) => t.id === 'transparency')!.duties!.lu_algorithm_register!;
    expect(d.body.fr).toMatch(/ne précisent ni quels systèmes doivent y figurer/);
    expect(d.body.en).toMatch(/separate obligation \(AI Act Art 49\)/);
  });
});

describe('guidelines: the seven principles as one checklist', () => {
  it('lists the seven principles in the order of the guidelines', () => {
    const q = flow.index.questions.get('principles_checklist')!;
    expect(q.kind === 'multiple' && q.options.map((o) => o.id)).toEqual(['human_oversight', 'robustness', 'privacy', 'transparency', 'fairness', 'wellbeing', 'accountability', 'none']);
  });
  it('every principle ticked is a commitment, with the contacts, and no open point', () => {
    const r = run('all principles', {});
    expect(r.result!.commitments.map((c) => c.id)).toEqual(expect.arrayContaining(['human_oversight_commitment', 'accountability_commitment', 'contacts_and_training']));
    expect(r.result!.openPoints).toEqual([]);
  });
  it('each principle left unticked is an open point with what to do', () => {
    const r = run('two principles', { principles_checklist: ['human_oversight', 'privacy'] });
    expect(r.result!.openPoints.map((o) => o.id)).toEqual(['robustness_open', 'transparency_open', 'fairness_open', 'wellbeing_open', 'accountability_open']);
    expect(r.result!.actions.find((a) => a.id === 'national_guidelines')).toMatchObject({ kind: 'recommendation' });
  });
  it('"none so far" gives seven open points', () => {
    expect(run('no principle', { principles_checklist: ['none'] }).result!.openPoints).toHaveLength(7);
  });
  it('the contacts name the ministry, the CTIE, the CGSD and the training bodies in every language', () => {
    const c = flow.index.bundle.trees.find((t) => t.id === 'guidelines')!.commitments!.contacts_and_training!;
    for (const lang of LANGS) for (const x of ['info@digital.etat.lu', 'helpdesk@ctie.etat.lu', 'info@cgsd.etat.lu', 'INAP', 'GovTech Lab']) expect(c.text[lang]).toContain(x);
  });
});

describe('the full assessment flow', () => {
  it('chains the five trees with the CTIE catalogue', () => {
    expect(flow.index.bundle.trees.map((t) => t.id)).toEqual(FULL);
    expect(flow.index.bundle.catalogue.id).toBe('ctie');
  });
  it('a complete walk gives the class with its reason, the plan of action, hosting, recommendations, commitments, register entry, disclaimer and law date', () => {
    const r = run('complete', { ...PERSONAL, system_does: ['generates_text'], content_use: ['internal'] }).result!;
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.reason).toMatch(/^Minimal risk, because it is neither a prohibited practice nor high-risk/);
    expect(r.actions.length).toBeGreaterThan(0);
    for (const a of r.actions) {
      expect(a.ownerLabel.length).toBeGreaterThan(2);
      expect(a.due.label.length).toBeGreaterThan(2);
      expect(a.sources.length).toBeGreaterThan(0);
    }
    expect(r.hosting!.verdict!.ok).toBe(true);
    expect(r.registerEntry!.fields.find((f) => f.id === 'name')!.value).toBe('Use case');
    expect(r.disclaimer).toMatch(/not legal advice/);
    expect(r.lawAsOf.reviewed).toBe('2026-12-01');
  });
  it('the result is given in French and German too', () => {
    const fr = run('fr', {}, 'fr').result!;
    expect(fr.riskClassTitle).toBe('Risque minimal');
    expect(fr.actions[0]!.ownerLabel).toMatch(/Direction|Chef de projet|Délégué|Service juridique/);
    expect(run('de', {}, 'de').result!.riskClassTitle).toBe('Minimales Risiko');
  });
  it('a prohibited practice ends the flow before hosting', () => {
    expect(asked(run('prohibited', { art5_1_a_b_manipulation: 'manipulation' }))).not.toContain('hosting_service');
  });
  it('the intro asks for the title, the organisation and a description without personal data', () => {
    const r = run('intro', {});
    expect(asked(r).slice(0, 3)).toEqual(['intro_title', 'intro_organisation', 'intro_description']);
    expect(flow.index.questions.get('intro_description')!.help.fr).toMatch(/aucune donnée personnelle/);
  });
  it('progress never goes down during a walk, and says "of about" how many questions', () => {
    // A long walk that opens blocks late (every Annex III area): replay it answer by answer.
    const full = completeWalk(flow, { system_does: ['evaluates_people', 'generates_text'], data_kinds: ['personal'], annex3_areas: ['unsure'] });
    const answers: Answers = {};
    let last = -1;
    for (const step of full.path) {
      const r = evaluate(flow, answers, { lang: 'en', date: '2026-12-01' });
      if (!r.ok) throw new Error('invalid answers');
      expect(r.progress.percent).toBeGreaterThanOrEqual(last);
      expect(r.progress.estimatedTotal).toBeGreaterThan(r.progress.answered);
      last = r.progress.percent;
      answers[step.id] = step.answer;
    }
    expect(full.progress.percent).toBe(100);
  });
});

describe('across trees', () => {
  it('no question appears twice on any scenario path of this file', () => {
    for (const p of paths) expect(new Set(p.ids).size, p.name).toBe(p.ids.length);
  });
  it('every question cites a source and has help in every language', () => {
    for (const q of flow.index.questions.values()) {
      expect(q.source.length).toBeGreaterThan(0);
      for (const lang of LANGS) expect(q.help[lang].length).toBeGreaterThan(20);
    }
  });
  it('swapping the catalogue changes the services offered and allowed for the same answers without any code change', () => {
    const other = Catalogue.parse(parse(readFileSync(join(ROOT, 'fixtures/catalogue-other.yaml'), 'utf8')));
    const b = flow.index.bundle;
    const base = assembleBundle(b.flow, b.trees.map((t) => ({ ...t, nodes: t.nodes.map((n) => (n.kind === 'single' && n.optionsFrom ? { ...n, options: n.options.filter((o) => !b.catalogue.services.some((s) => s.id === o.id) && !(b.catalogue.locations ?? []).some((l) => l.id === o.id)) } : n)) })), other, b.law);
    const swapped = compileFlow({ ...base, hash: contentHash(base) });
    const service = swapped.index.questions.get('hosting_service')!;
    expect(service.kind === 'single' && service.options.map((o) => o.id)).toEqual([...other.services.map((s) => s.id), 'dedicated_application', 'not_decided']);
    const r = completeWalk(swapped, { hosting_service: 'not_decided', hosting_tasks: ['chat_drafting'], data_kinds: ['public'] });
    expect(r.result!.hosting!.allowed).not.toEqual(hosting(run('ctie same answers', UNDECIDED(['chat_drafting'], ['public']))).allowed);
    expect(r.result!.hosting!.allowed.every((id) => other.services.some((s) => s.id === id))).toBe(true);
  });
});
