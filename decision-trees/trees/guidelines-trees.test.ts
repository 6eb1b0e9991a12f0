// Scenario tests for the intro, hosting, transparency and guidelines trees, alone and in the full flow.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { treesAsFlow, walk } from '../testing.ts';
import { Catalogue, LANGS } from '../schema.ts';
import { compileFlow, type CompiledFlow } from '../compile.ts';
import { contentHash, loadAll, ROOT } from '../load.ts';
import type { Answers, AnswerValue, FlowBundle } from '../bundle.ts';
import type { Evaluation } from '../evaluate.ts';

const FULL = ['intro', 'ai-act-risk', 'hosting', 'transparency', 'guidelines'];
const MY_TREES = ['intro', 'hosting', 'transparency', 'guidelines'];

// ---------------------------------------------------------------------------
// Answers for the AI Act tree (ai-act-risk.yaml): only what differs from the helper's defaults.
/** An AI system the administration deploys, no prohibited practice, not high-risk. */
const AI_DEPLOYER: Answers = { def_machine_based: 'yes', def_infers: 'yes', def_outputs: 'yes', def_autonomy: 'yes', role_deployer: 'yes' };
/** Adds an Annex III high-risk use. */
const HIGH_RISK: Answers = { annex3_areas: ['essential_services'], annex3_5_a_public_benefits: 'yes', art6_3_profiling: 'no', art6_3_no_significant_risk: 'no' };
/** The system handles personal data / special-category data / data under professional or official secrecy. */
const PERSONAL: Answers = { gdpr_personal_data: 'yes', gdpr_6_1_e_public_task: 'yes' };
const SPECIAL: Answers = { ...PERSONAL, gdpr_9_special: 'yes' };
const SECRET: Answers = { gdpr_secrecy: 'yes' };
/** The AI Act tree learns that the system generates content (art50_2_synthetic_marking), or that it does not. */
const GENERATES: Answers = { art50_2_synthetic_marking: 'yes' };
const NO_CONTENT: Answers = { art50_2_synthetic_marking: 'no' };
/** Reaches out_prohibited / out_not_ai. */
const PROHIBITED: Answers = { art5_1_a_manipulation: 'yes' };
const NOT_AI: Answers = { def_machine_based: 'no' };

// ---------------------------------------------------------------------------
/** Answers every asked question from the overrides, or a default: "no", ["none"], or a short text. */
function complete(flow: CompiledFlow, overrides: Answers, opts: { lang?: 'fr' | 'de' | 'en' } = {}): Evaluation {
  const answers: Answers = {};
  for (let i = 0; i < 300; i++) {
    const r = walk(flow, answers, opts);
    if (r.complete) return r;
    const id = r.next!.id;
    const q = flow.index.questions.get(id)!;
    let value: AnswerValue | undefined = overrides[id];
    if (value === undefined) {
      if (q.kind === 'text') value = `Test answer for ${id}`;
      else if (q.kind === 'multiple') {
        if (!q.options.some((o) => o.id === 'none')) throw new Error(`no default for multiple choice "${id}": add an override`);
        value = ['none'];
      } else {
        if (!q.options.some((o) => o.id === 'no')) throw new Error(`no default for single choice "${id}": add an override`);
        value = 'no';
      }
    }
    answers[id] = value;
  }
  throw new Error('the walk did not end');
}

const asked = (r: Evaluation) => r.path.map((p) => p.id);
const dutyIds = (r: Evaluation) => r.result!.duties.map((d) => d.id);
const commitmentIds = (r: Evaluation) => r.result!.commitments.map((c) => c.id);
const openPointIds = (r: Evaluation) => r.result!.openPoints.map((c) => c.id);

/** Every excluded service carries a non-empty reason. */
function expectReasons(r: Evaluation) {
  const h = r.result!.hosting!;
  const all = h.services.map((s) => s.id);
  expect([...h.allowed, ...h.excluded.map((e) => e.serviceId)].sort()).toEqual([...all].sort());
  for (const e of h.excluded) expect(e.reason.trim().length).toBeGreaterThan(10);
}

// Hosting questions answered directly (tree alone).
type Hosting = { data: 'public_only' | 'internal' | 'confidential' | 'unsure'; search: 'yes' | 'no' | 'unsure'; tasks: string[] };
const hostingAnswers = (h: Hosting): Answers => ({ hosting_data_confidentiality: h.data, hosting_web_search: h.search, hosting_task: h.tasks });

/** Every scenario path of this file, checked at the end for questions asked twice. */
const paths: { name: string; ids: string[] }[] = [];
function run(name: string, flow: CompiledFlow, overrides: Answers, opts: { lang?: 'fr' | 'de' | 'en' } = {}): Evaluation {
  const r = complete(flow, overrides, opts);
  paths.push({ name, ids: asked(r) });
  return r;
}

// ---------------------------------------------------------------------------
describe('hosting tree alone', () => {
  const flow = treesAsFlow(['hosting']);
  const hosting = (name: string, h: Hosting) => {
    const r = run(name, flow, hostingAnswers(h));
    expectReasons(r);
    return r.result!.hosting!;
  };

  it('public information for drafting without web search allows Le Chat, Le Chat with search, SharePoint agents and Copilot', () => {
    const h = hosting('public chat', { data: 'public_only', search: 'no', tasks: ['chat_drafting'] });
    expect(h.allowed).toEqual(['le_chat', 'le_chat_web_search', 'sharepoint_agents', 'copilot']);
    expect(h.dataKinds).toEqual(['public']);
    expect(h.tasks).toEqual(['chat_drafting']);
  });

  it('public information with web search allows only Le Chat with web search, and Copilot is excluded for the task', () => {
    const h = hosting('public search', { data: 'public_only', search: 'yes', tasks: ['chat_drafting'] });
    expect(h.allowed).toEqual(['le_chat_web_search']);
    const copilot = h.excluded.find((e) => e.serviceId === 'copilot')!;
    expect(copilot.reason).toContain('does not offer the function');
    expect(copilot.reason).toContain('web_search');
    expect(copilot.reason).not.toContain('must not receive this data');
  });

  it('internal non-public information for drafting may go to the public-cloud services provided by the administration', () => {
    const h = hosting('internal chat', { data: 'internal', search: 'no', tasks: ['chat_drafting'] });
    expect(h.dataKinds).toEqual(['non_public']);
    expect(h.allowed).toEqual(['le_chat', 'le_chat_web_search', 'sharepoint_agents', 'copilot']);
  });

  it('internal information with web search allows only Le Chat with web search', () => {
    const h = hosting('internal search', { data: 'internal', search: 'yes', tasks: ['chat_drafting'] });
    expect(h.allowed).toEqual(['le_chat_web_search']);
  });

  it('confidential information keeps drafting at the CTIE and excludes Copilot for the data', () => {
    const h = hosting('confidential chat', { data: 'confidential', search: 'no', tasks: ['chat_drafting'] });
    expect(h.dataKinds).toEqual(['secret']);
    expect(h.allowed).toEqual(['le_chat', 'sharepoint_agents']);
    for (const id of ['copilot', 'le_chat_web_search']) {
      const e = h.excluded.find((x) => x.serviceId === id)!;
      expect(e.reason).toContain('must not receive this data');
      expect(e.reason).toContain('secret');
    }
  });

  it('confidential information with web search leaves no service at all', () => {
    const h = hosting('confidential search', { data: 'confidential', search: 'yes', tasks: ['chat_drafting'] });
    expect(h.allowed).toEqual([]);
    expect(h.excluded).toHaveLength(7);
  });

  it('an unsure confidentiality answer is treated as confidential and flagged', () => {
    const r = run('unsure data', flow, hostingAnswers({ data: 'unsure', search: 'no', tasks: ['chat_drafting'] }));
    expect(r.result!.hosting!.dataKinds).toEqual(['secret']);
    expect(r.result!.hosting!.allowed).toEqual(['le_chat', 'sharepoint_agents']);
    expect(r.result!.flags.map((f) => f.id)).toContain('unsure_hosting_data_confidentiality');
  });

  it('an unsure web-search answer is treated as web search', () => {
    const h = hosting('unsure search', { data: 'public_only', search: 'unsure', tasks: ['chat_drafting'] });
    expect(h.tasks).toEqual(['chat_drafting', 'web_search']);
    expect(h.allowed).toEqual(['le_chat_web_search']);
  });

  it('code with confidential data allows only Mistral Code', () => {
    const h = hosting('secret code', { data: 'confidential', search: 'no', tasks: ['code'] });
    expect(h.allowed).toEqual(['mistral_code']);
    expect(h.excluded.find((e) => e.serviceId === 'le_chat')!.reason).toContain('code');
  });

  it('code with public data also allows only Mistral Code, as free public tools are never allowed', () => {
    const h = hosting('public code', { data: 'public_only', search: 'no', tasks: ['code'] });
    expect(h.allowed).toEqual(['mistral_code']);
    expect(h.excluded.find((e) => e.serviceId === 'unlisted_public_tools')!.reason).toContain('not deployed or provided');
  });

  it('work on intranet documents with internal information allows only the SharePoint agents', () => {
    const h = hosting('intranet', { data: 'internal', search: 'no', tasks: ['intranet_documents'] });
    expect(h.allowed).toEqual(['sharepoint_agents']);
  });

  it('an AI agent automating tasks on confidential information allows only Agent as a service', () => {
    const h = hosting('agents', { data: 'confidential', search: 'no', tasks: ['agents'] });
    expect(h.allowed).toEqual(['agent_as_a_service']);
  });

  it('drafting and code together allow every CTIE service that offers at least one of them', () => {
    const h = hosting('chat and code', { data: 'confidential', search: 'no', tasks: ['chat_drafting', 'code'] });
    expect(h.allowed).toEqual(['le_chat', 'mistral_code', 'sharepoint_agents']);
  });

  it('free public tools not provided by the administration are excluded in every combination', () => {
    for (const data of ['public_only', 'internal', 'confidential', 'unsure'] as const) {
      for (const search of ['yes', 'no', 'unsure'] as const) {
        for (const tasks of [['chat_drafting'], ['code'], ['intranet_documents'], ['agents'], ['chat_drafting', 'code', 'intranet_documents', 'agents']]) {
          const h = hosting(`combo ${data} ${search} ${tasks.join('+')}`, { data, search, tasks });
          expect(h.allowed).not.toContain('unlisted_public_tools');
          expect(h.excluded.find((e) => e.serviceId === 'unlisted_public_tools')!.reason).toContain('not deployed or provided');
        }
      }
    }
  });

  it('the hosting outcome records the commitment to use only listed services', () => {
    const r = run('commitment', flow, hostingAnswers({ data: 'public_only', search: 'no', tasks: ['chat_drafting'] }));
    expect(commitmentIds(r)).toEqual(['hosting_use_listed_services']);
    expect(r.result!.commitments[0]!.text).toContain('LogOn');
    expect(r.result!.conclusions.map((c) => c.id)).toEqual(['hosting_decided']);
  });
});

describe('hosting after the AI Act tree', () => {
  const flow = treesAsFlow(['ai-act-risk', 'hosting']);
  const after = (name: string, extra: Answers, h: { search: 'yes' | 'no'; tasks: string[] }) => {
    const r = run(name, flow, { ...AI_DEPLOYER, ...extra, hosting_web_search: h.search, hosting_task: h.tasks });
    expect(asked(r)).not.toContain('hosting_data_confidentiality');
    expectReasons(r);
    return r.result!.hosting!;
  };

  it('personal data with web search leaves no service allowed at all', () => {
    const h = after('personal search', PERSONAL, { search: 'yes', tasks: ['chat_drafting'] });
    expect(h.dataKinds).toContain('personal');
    expect(h.allowed).toEqual([]);
  });

  it('personal data for drafting without web search stays on CTIE-hosted services and excludes Copilot for the data', () => {
    const h = after('personal chat', PERSONAL, { search: 'no', tasks: ['chat_drafting'] });
    expect(h.allowed).toEqual(['le_chat', 'sharepoint_agents']);
    const copilot = h.excluded.find((e) => e.serviceId === 'copilot')!;
    expect(copilot.reason).toContain('must not receive this data');
    expect(copilot.reason).toContain('personal');
  });

  it('special-category data handled by an AI agent allows only Agent as a service', () => {
    const h = after('special agents', SPECIAL, { search: 'no', tasks: ['agents'] });
    expect(h.dataKinds).toContain('special_category');
    expect(h.allowed).toEqual(['agent_as_a_service']);
  });

  it('secret data known from the AI Act tree, for code, allows only Mistral Code', () => {
    const h = after('secret code', SECRET, { search: 'no', tasks: ['code'] });
    expect(h.dataKinds).toEqual(['secret']);
    expect(h.allowed).toEqual(['mistral_code']);
  });

  it('special-category data for drafting exclude both public-cloud services for the data', () => {
    const h = after('special chat', SPECIAL, { search: 'no', tasks: ['chat_drafting'] });
    expect(h.allowed).toEqual(['le_chat', 'sharepoint_agents']);
    for (const id of ['copilot', 'le_chat_web_search']) expect(h.excluded.find((e) => e.serviceId === id)!.reason).toContain('special_category');
  });

  it('without personal data from the AI Act tree, the confidentiality question is asked', () => {
    const r = run('no personal', flow, { ...AI_DEPLOYER, ...hostingAnswers({ data: 'public_only', search: 'no', tasks: ['code'] }) });
    expect(asked(r)).toContain('hosting_data_confidentiality');
    expect(r.result!.hosting!.allowed).toEqual(['mistral_code']);
  });
});

// ---------------------------------------------------------------------------
describe('transparency tree alone', () => {
  const flow = treesAsFlow(['transparency']);
  const transparency = (name: string, a: Answers) => run(name, flow, { transparency_produces_content: 'yes', transparency_register: 'no', ...a });

  it('public content entirely generated by AI needs the public label only', () => {
    const r = transparency('public full', { transparency_audience: 'public', transparency_ai_share: 'full' });
    expect(dutyIds(r)).toEqual(['lu_label_public_content']);
  });

  it('internal content with substantial AI portions gets the recommended internal label only', () => {
    const r = transparency('internal substantial', { transparency_audience: 'internal', transparency_ai_share: 'substantial' });
    expect(dutyIds(r)).toEqual(['lu_label_internal_recommended']);
  });

  it('content for both audiences entirely generated by AI gets both labels', () => {
    const r = transparency('both full', { transparency_audience: 'both', transparency_ai_share: 'full' });
    expect(dutyIds(r).sort()).toEqual(['lu_label_internal_recommended', 'lu_label_public_content']);
  });

  it('light AI assistance on public content needs no label', () => {
    const r = transparency('public light', { transparency_audience: 'public', transparency_ai_share: 'light' });
    expect(dutyIds(r)).toEqual([]);
  });

  it('light AI assistance on internal content needs no label', () => {
    const r = transparency('internal light', { transparency_audience: 'internal', transparency_ai_share: 'light' });
    expect(dutyIds(r)).toEqual([]);
  });

  it('unsure audience and unsure share take the cautious branch: public content with substantial AI portions', () => {
    const r = transparency('unsure both', { transparency_audience: 'unsure', transparency_ai_share: 'unsure' });
    expect(r.result!.facts).toEqual(expect.arrayContaining(['audience_public', 'ai_share_substantial']));
    expect(dutyIds(r)).toEqual(['lu_label_public_content']);
    expect(r.result!.flags.map((f) => f.question)).toEqual(['transparency_audience', 'transparency_ai_share']);
  });

  it('a system that produces no content skips the audience and share questions', () => {
    const r = run('no content', flow, { transparency_produces_content: 'no', transparency_register: 'no' });
    expect(asked(r)).toEqual(['transparency_produces_content', 'transparency_register']);
    expect(dutyIds(r)).toEqual([]);
  });

  it('an unsure answer on content production is treated as producing content', () => {
    const r = run('unsure content', flow, { transparency_produces_content: 'unsure', transparency_audience: 'public', transparency_ai_share: 'full', transparency_register: 'no' });
    expect(asked(r)).toContain('transparency_audience');
    expect(dutyIds(r)).toEqual(['lu_label_public_content']);
  });

  it('a system used in a process that affects people needs an entry in the algorithm register', () => {
    const yes = run('register yes', flow, { transparency_produces_content: 'no', transparency_register: 'yes' });
    expect(dutyIds(yes)).toEqual(['lu_algorithm_register']);
    const unsure = run('register unsure', flow, { transparency_produces_content: 'no', transparency_register: 'unsure' });
    expect(dutyIds(unsure)).toEqual(['lu_algorithm_register']);
  });

  it('national duties apply from the guidelines milestone and link to the AI Act duties', () => {
    const r = transparency('duty details', { transparency_audience: 'public', transparency_ai_share: 'full', transparency_register: 'yes' });
    for (const d of r.result!.duties) {
      expect(d.appliesFrom).toBe('2026-11-28');
      expect(d.appliesNow).toBe(true);
      expect(d.source).toContain('Lignes directrices IA, §4 Transparence');
    }
    const label = r.result!.duties.find((d) => d.id === 'lu_label_public_content')!;
    expect(label.related).toEqual(['art50_4_public_interest_text_disclosure', 'art50_4_deepfake_disclosure', 'art50_2_machine_readable_marking']);
  });

  it('every label duty carries two or three ready-to-paste labels in French, German and English, and the decision mention one', () => {
    const tree = loadAll().trees.get('transparency')!;
    const duties = tree.duties!;
    for (const id of ['lu_label_public_content', 'lu_label_internal_recommended']) {
      const labels = duties[id]!.labels!;
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(labels.length).toBeLessThanOrEqual(3);
      for (const l of labels) for (const lang of LANGS) expect(l[lang].length).toBeGreaterThan(10);
    }
    expect(duties.lu_mention_high_risk_decision!.labels).toHaveLength(1);
    expect(duties.lu_label_public_content!.labels![0]!.fr).toContain('entièrement généré');
    const r = transparency('labels in result', { transparency_audience: 'public', transparency_ai_share: 'full' });
    const label = r.result!.duties.find((d) => d.id === 'lu_label_public_content')!;
    for (const lang of LANGS) expect(label.labels![0]![lang]).toBeTruthy();
  });

  it('no transparency question mentions high risk: that comes from the AI Act tree', () => {
    const tree = loadAll().trees.get('transparency')!;
    const questions = tree.nodes.filter((n) => n.kind === 'single' || n.kind === 'multiple' || n.kind === 'text');
    expect(questions.length).toBe(4);
    for (const q of questions) {
      expect(q.id.startsWith('transparency_')).toBe(true);
      const texts = [q.text, q.help, ...('options' in q ? q.options.map((o) => o.label) : [])].flatMap((t) => LANGS.map((l) => t[l]));
      for (const t of texts) expect(t).not.toMatch(/haut risque|hochrisiko|high[- ]risk/i);
    }
  });
});

  it('the label and register duties say where the guidelines only recommend or stay silent', () => {
    const duties = loadAll().trees.get('transparency')!.duties!;
    // The guidelines word labelling in the conditional ("mériterait"): the duty must not present it as a plain obligation.
    for (const lang of LANGS) expect(duties.lu_label_public_content!.body[lang]).toContain('mériterait');
    // The guidelines say neither which systems belong in the register nor how it is kept.
    expect(duties.lu_algorithm_register!.body.fr).toMatch(/ne précisent ni quels systèmes/);
    expect(duties.lu_algorithm_register!.body.de).toMatch(/weder fest, welche Systeme/);
    expect(duties.lu_algorithm_register!.body.en).toMatch(/neither which systems/);
  });

describe('transparency after the AI Act tree', () => {
  const flow = treesAsFlow(['ai-act-risk', 'transparency']);

  it('a high-risk system gets the decision mention and the register entry without any transparency question on high risk', () => {
    const r = run('high risk', flow, { ...AI_DEPLOYER, ...HIGH_RISK, ...NO_CONTENT, transparency_register: 'no' });
    expect(r.result!.riskClass).toBe('high_risk');
    expect(dutyIds(r)).toEqual(expect.arrayContaining(['lu_mention_high_risk_decision', 'lu_algorithm_register']));
    const mention = r.result!.duties.find((d) => d.id === 'lu_mention_high_risk_decision')!;
    expect(mention.labels).toHaveLength(1);
    expect(mention.related).toEqual(['art86_explanation', 'art26_11_inform_affected']);
  });

  it('a system that is not high-risk gets no decision mention', () => {
    const r = run('not high risk', flow, { ...AI_DEPLOYER, ...NO_CONTENT, transparency_register: 'no' });
    expect(r.result!.riskClass).not.toBe('high_risk');
    expect(dutyIds(r)).not.toContain('lu_mention_high_risk_decision');
    expect(dutyIds(r)).not.toContain('lu_algorithm_register');
  });

  it('content generation known from the AI Act tree is not asked again', () => {
    const r = run('generates', flow, { ...AI_DEPLOYER, ...GENERATES, transparency_audience: 'public', transparency_ai_share: 'full', transparency_register: 'no' });
    expect(asked(r)).not.toContain('transparency_produces_content');
    expect(asked(r)).toContain('transparency_audience');
    expect(dutyIds(r)).toContain('lu_label_public_content');
  });

  it('a "no content" answer in the AI Act tree goes straight to the register question', () => {
    const r = run('no content ai act', flow, { ...AI_DEPLOYER, ...NO_CONTENT, transparency_register: 'yes' });
    const mine = asked(r).filter((id) => id.startsWith('transparency_'));
    expect(mine).toEqual(['transparency_register']);
    expect(dutyIds(r)).toContain('lu_algorithm_register');
  });
});

// ---------------------------------------------------------------------------
describe('guidelines tree: the seven principles', () => {
  const flow = treesAsFlow(['guidelines']);
  const PRINCIPLES = ['human_oversight', 'robustness', 'privacy', 'transparency', 'fairness', 'wellbeing', 'accountability'];
  const all = (v: string): Answers => Object.fromEntries(PRINCIPLES.map((p) => [`principle_${p}`, v]));

  it('asks the seven principles in the order of the guidelines', () => {
    const r = run('principles order', flow, all('yes'));
    expect(asked(r)).toEqual(PRINCIPLES.map((p) => `principle_${p}`));
  });

  it('yes to every principle gives seven commitments, the contacts and no open point', () => {
    const r = run('all yes', flow, all('yes'));
    expect(commitmentIds(r)).toEqual([...PRINCIPLES.map((p) => `${p}_commitment`), 'contacts_and_training']);
    expect(openPointIds(r)).toEqual([]);
  });

  it('no to every principle gives seven open points and still the contacts', () => {
    const r = run('all no', flow, all('no'));
    expect(openPointIds(r)).toEqual(PRINCIPLES.map((p) => `${p}_open`));
    expect(commitmentIds(r)).toEqual(['contacts_and_training']);
  });

  it('not sure gives the open point, not the commitment, and is flagged', () => {
    const r = run('all unsure', flow, all('unsure'));
    expect(openPointIds(r)).toEqual(PRINCIPLES.map((p) => `${p}_open`));
    expect(r.result!.flags.filter((f) => f.kind === 'unsure')).toHaveLength(7);
  });

  it('mixed answers give a commitment for each yes and an open point for each other answer', () => {
    const r = run('mixed', flow, { ...all('yes'), principle_robustness: 'no', principle_wellbeing: 'unsure' });
    expect(commitmentIds(r)).toEqual(['human_oversight_commitment', 'privacy_commitment', 'transparency_commitment', 'fairness_commitment', 'accountability_commitment', 'contacts_and_training']);
    expect(openPointIds(r)).toEqual(['robustness_open', 'wellbeing_open']);
  });

  it('the contacts name the ministry, the CTIE, the CGSD and the training bodies in every language', () => {
    for (const lang of LANGS) {
      const r = run(`contacts ${lang}`, flow, all('no'), { lang });
      const contacts = r.result!.commitments.find((c) => c.id === 'contacts_and_training')!.text;
      for (const s of ['info@digital.etat.lu', 'helpdesk@ctie.etat.lu', 'info@cgsd.etat.lu', 'CTIE', 'CGSD', 'INAP', 'GovTech Lab']) expect(contacts).toContain(s);
    }
  });
});

// ---------------------------------------------------------------------------
describe('the full assessment flow', () => {
  // The real flow of flows/assessment.yaml (same trees as treesAsFlow(FULL), with its own disclaimer).
  const bundle = loadAll().bundles.find((b) => b.flow.id === 'assessment')!;
  const flow = compileFlow(bundle);

  it('chains the five trees with the CTIE catalogue', () => {
    expect(bundle.flow.trees).toEqual(FULL);
    expect(bundle.catalogue.id).toBe('ctie');
    expect(treesAsFlow(FULL).index.questions.size).toBe(flow.index.questions.size);
  });
  const intro = { intro_title: 'Drafting replies to citizen e-mails', intro_organisation: 'Ministry X, public relations', intro_description: 'Suggests draft replies to general questions.' };
  const principlesYes = { principle_human_oversight: 'yes', principle_robustness: 'yes', principle_privacy: 'yes', principle_transparency: 'yes', principle_fairness: 'yes', principle_wellbeing: 'yes', principle_accountability: 'yes' };

  it('a complete walk gives the risk class, hosting, transparency duties, commitments, register entry, disclaimer and law date', () => {
    const r = run('full walk', flow, {
      ...intro,
      ...AI_DEPLOYER,
      ...GENERATES,
      ...hostingAnswers({ data: 'internal', search: 'no', tasks: ['chat_drafting'] }),
      transparency_audience: 'public',
      transparency_ai_share: 'substantial',
      transparency_register: 'yes',
      ...principlesYes,
    });
    expect(r.complete).toBe(true);
    const res = r.result!;
    expect(res.riskClass).toBeTruthy();
    expect(res.hosting!.allowed).toEqual(['le_chat', 'le_chat_web_search', 'sharepoint_agents', 'copilot']);
    expect(dutyIds(r)).toEqual(expect.arrayContaining(['lu_label_public_content', 'lu_algorithm_register']));
    expect(commitmentIds(r)).toEqual(expect.arrayContaining(['hosting_use_listed_services', 'human_oversight_commitment', 'robustness_commitment', 'contacts_and_training']));
    expect(res.conclusions.map((c) => c.tree)).toEqual(FULL);
    const entry = res.registerEntry!;
    const field = (id: string) => entry.fields.find((f) => f.id === id)!;
    expect(field('name')).toMatchObject({ value: 'Drafting replies to citizen e-mails', toComplete: false });
    expect(field('organisation').value).toBe('Ministry X, public relations');
    expect(field('humanIntervention').toComplete).toBe(false);
    expect(field('riskManagement').value).toContain('tested');
    expect(field('data').value).toContain('non_public');
    expect(field('purposeAndImpact').toComplete).toBe(true);
    expect(field('supplier').toComplete).toBe(true);
    expect(res.disclaimer).toContain('not legal advice');
    expect(res.lawAsOf).toMatchObject({ reviewed: '2026-11-28', assessedOn: '2026-11-28' });
    expect(res.lawAsOf.banner.length).toBeGreaterThan(10);
  });

  it('a high-risk use case in the full flow gets the decision mention', () => {
    const r = run('full high risk', flow, { ...intro, ...AI_DEPLOYER, ...HIGH_RISK, ...NO_CONTENT, ...hostingAnswers({ data: 'internal', search: 'no', tasks: ['chat_drafting'] }), transparency_register: 'no', ...principlesYes });
    expect(r.result!.riskClass).toBe('high_risk');
    expect(dutyIds(r)).toEqual(expect.arrayContaining(['lu_mention_high_risk_decision', 'lu_algorithm_register']));
  });

  it('the result is given in French and German too', () => {
    for (const lang of ['fr', 'de'] as const) {
      const r = run(`full ${lang}`, flow, { ...intro, ...AI_DEPLOYER, ...hostingAnswers({ data: 'public_only', search: 'no', tasks: ['chat_drafting'] }), ...principlesYes }, { lang });
      expect(r.result!.disclaimer).toContain(lang === 'fr' ? 'avis juridique' : 'Rechtsberatung');
      expect(r.result!.registerEntry!.fields[0]!.value).toBe(intro.intro_title);
    }
  });

  it('a system that is not AI ends the flow before hosting', () => {
    const r = run('not ai', flow, { ...intro, ...NOT_AI });
    expect(r.context.outcomes['ai-act-risk']).toBe('out_not_ai');
    expect(asked(r).some((id) => /^(hosting|transparency|principle)_/.test(id))).toBe(false);
    expect(r.result!.hosting).toBeNull();
    expect(r.result!.registerEntry!.fields[0]!.value).toBe(intro.intro_title);
  });

  it('a prohibited practice ends the flow before hosting', () => {
    const r = run('prohibited', flow, { ...intro, ...AI_DEPLOYER, ...PROHIBITED });
    expect(r.result!.riskClass).toBe('prohibited');
    expect(r.context.outcomes['ai-act-risk']).toBe('out_prohibited');
    expect(asked(r).some((id) => /^(hosting|transparency|principle)_/.test(id))).toBe(false);
    expect(r.result!.hosting).toBeNull();
  });

  it('the intro asks for the title, the organisation and a description without personal data', () => {
    const r = run('intro only', treesAsFlow(['intro']), intro);
    expect(asked(r)).toEqual(['intro_title', 'intro_organisation', 'intro_description']);
    const q = flow.index.questions.get('intro_description')!;
    expect(q.help.en).toMatch(/personal data/);
    expect(q.source).toContain('GDPR Art 5(1)(c)');
  });
});

// ---------------------------------------------------------------------------
describe('across trees', () => {
  it('no question appears twice on any scenario path of this file', () => {
    expect(paths.length).toBeGreaterThan(30);
    for (const p of paths) expect(new Set(p.ids).size, `${p.name}: ${p.ids.join(', ')}`).toBe(p.ids.length);
  });

  it('node ids of these trees carry their prefixes and every question cites a source and has help', () => {
    const trees = loadAll().trees;
    const prefixes: Record<string, RegExp> = {
      intro: /^(intro_|out_intro_)/,
      hosting: /^(hosting_|route_hosting_|out_hosting_)/,
      transparency: /^(transparency_|route_transparency_|out_transparency_)/,
      guidelines: /^(principle_|out_guidelines_)/,
    };
    for (const id of MY_TREES) {
      const tree = trees.get(id)!;
      expect(tree.version).toBe('1.0.0');
      for (const n of tree.nodes) {
        expect(n.id).toMatch(prefixes[id]!);
        expect(n.source.length).toBeGreaterThan(0);
        if (n.kind === 'single' && n.options.some((o) => o.id === 'yes')) {
          expect(n.options.map((o) => [o.id, o.label.en])).toEqual([['yes', 'Yes'], ['no', 'No'], ['unsure', 'Not sure']]);
        }
      }
    }
  });

  it('swapping the catalogue changes the allowed services for the same answers without any code change', () => {
    const loaded = loadAll();
    const other = Catalogue.parse(parse(readFileSync(join(ROOT, 'fixtures/catalogue-other.yaml'), 'utf8')));
    const base = {
      flow: { id: 'test-other', version: '0.0.0', title: { fr: 'T', de: 'T', en: 'T' }, trees: ['hosting'], catalogue: other.id, disclaimer: { fr: '-', de: '-', en: '-' } },
      trees: [loaded.trees.get('hosting')!],
      catalogue: other,
      law: loaded.bundles[0]!.law,
    };
    const bundle: FlowBundle = { ...base, hash: contentHash(base) };
    const swapped = compileFlow(bundle);
    const answers = hostingAnswers({ data: 'public_only', search: 'no', tasks: ['chat_drafting'] });
    const ctie = complete(treesAsFlow(['hosting']), answers).result!.hosting!;
    const mine = complete(swapped, answers).result!.hosting!;
    expect(ctie.allowed).toEqual(['le_chat', 'le_chat_web_search', 'sharepoint_agents', 'copilot']);
    expect(mine.allowed).toEqual(['cloud_assistant', 'onprem_assistant']);
    const internal = complete(swapped, hostingAnswers({ data: 'internal', search: 'no', tasks: ['chat_drafting'] })).result!.hosting!;
    expect(internal.allowed).toEqual(['onprem_assistant']);
    expect(internal.excluded).toEqual([{ serviceId: 'cloud_assistant', reason: 'This public-cloud service accepts public information only. (non_public)' }]);
  });
});
