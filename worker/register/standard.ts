// The approved assessment's register entry as records of the Algoritmeregister publication standard
// 1.0.0, one per language: which field comes from the assessment, from the register editor, or is
// derived; what is flagged, shortened to the standard's lengths, or withheld with its reason.
// Differences from the standard are in docs/decisions/0005-register-standard.md.
import { LANGS, type Lang } from '../../decision-trees/langs.ts';
import type { RegisterEntry } from '../../decision-trees/view-schemas.ts';
import type { RiskClass } from '../../decision-trees/schema.ts';
import { flagsOf } from './sensitive.ts';
import { FIELD_LABELS, WORDS, fill } from './words.ts';
import { REASONS, say } from '../http/messages.ts';
import { WITHHOLDABLE, type EditorTextField, type EuDatabaseBlock, type PublicationDetails, type PublicationPreview, type StandardRecord } from './schemas.ts';

/** What one language's evaluation of the approved answers gives the register. */
export interface LanguageSource {
  entry: RegisterEntry;
  riskClass: RiskClass;
  facts: readonly string[];
  duties: readonly string[];
  /** The findings the FRIA and DPIA drafts pre-fill, offered to the editor as a starting text (never published as such). */
  suggestions: { friaSummary: string | null; dpiaSummary: string | null };
}

/**
 * Annex III points 1, 6 and 7 in law enforcement, migration, asylum and border control: registered in
 * the EU database's secure non-public section, with Section C points 1 to 3 only (Art 49(4)). The answers
 * name those areas with facts area_6 and area_7 (a "not sure" on the areas sets them too: the cautious side).
 */
const NON_PUBLIC_AREAS = ['area_6', 'area_7'];

export const ISO_639_3: Record<Lang, StandardRecord['language']> = { fr: 'fra', de: 'deu', en: 'eng' };
const STATUS: Record<PublicationDetails['status'], StandardRecord['status']> = { in_development: 'In ontwikkeling', in_use: 'In gebruik', out_of_use: 'Buiten gebruik' };
const CATEGORY: Record<'A' | 'B' | 'C', StandardRecord['publication_category']> = { A: 'Hoog-risico AI-systeem (Categorie A)', B: 'Impactvolle algoritmes (Categorie B)', C: 'Overige algoritmes (Categorie C)' };

/**
 * Facts that make an algorithm "impactful" (category B): it evaluates, profiles or decides about people,
 * or serves an Annex III purpose (also when the Art 6(3) derogation keeps it out of the high-risk class).
 */
const IMPACTFUL = ['evaluates_people', 'profiling', 'solely_automated_decision', 'wp248_9_prevents_rights', 'annex3_hit'];

/** A: the AI Act's high-risk class; B: Art 50 duties towards people, or effects on people; C: the rest. */
export function categoryOf(riskClass: RiskClass, facts: readonly string[]): 'A' | 'B' | 'C' {
  if (riskClass === 'high_risk') return 'A';
  if (riskClass === 'limited_risk' || IMPACTFUL.some((f) => facts.includes(f))) return 'B';
  return 'C';
}

/** Cut to the standard's maximum at a word, marked with an ellipsis. */
function shorten(text: string, max: number): { text: string; shortened: boolean } {
  if (text.length <= max) return { text, shortened: false };
  const cut = text.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return { text: `${(at > max * 0.6 ? cut.slice(0, at) : cut).trimEnd()}…`, shortened: true };
}

/** Where each text field of the standard takes its value in the assessment's register entry. */
const FROM_ENTRY: Partial<Record<keyof StandardRecord, string>> = {
  name: 'name',
  description_short: 'description',
  organization: 'organisation',
  purpose_and_impact: 'purposeAndImpact',
  human_intervention: 'humanIntervention',
  risk_management: 'riskManagement',
  legal_basis: 'legalBasis',
  data: 'data',
  technical_operation: 'technicalOperation',
  supplier: 'supplier',
};
/** Entry fields written by a person (answers), as opposed to texts of the flow. */
const BY_PERSON = new Set(['name', 'description', 'organisation', 'purposeAndImpact', 'legalBasis', 'supplier']);
const MAX: Partial<Record<string, number>> = { name: 99, description_short: 399, organization: 99, supplier: 199, technical_operation: 4999, impact_assessment_explanation: 2499, purpose_and_impact: 2499, considerations: 2499, human_intervention: 2499, risk_management: 2499, legal_basis: 2499, data: 2499 };
const OPTIONAL = new Set(['legal_basis', 'link', 'end_date', 'impact_assessment_explanation', 'eu_database_submitter']);

type Row = PublicationPreview['fields'][number];

interface Built {
  record: StandardRecord;
  fields: Row[];
  blockers: { name: string; code: string }[];
  euDatabase: EuDatabaseBlock | null;
}

function buildOne(lang: Lang, src: LanguageSource, d: PublicationDetails, entryId: string, orgName: string): Built {
  const fieldOf = (id: string) => src.entry.fields.find((f) => f.id === id);
  const withheld = new Map(d.withheld.map((x) => [x.field as string, x.reason]));
  const rows: Row[] = [];
  const blockers: { name: string; code: string }[] = [];
  const values: Record<string, string | undefined> = {};

  const put = (field: string, raw: string | undefined, origin: Row['origin'], byPerson: boolean) => {
    const max = MAX[field];
    const cut = raw !== undefined && max ? shorten(raw, max) : { text: raw, shortened: false };
    const reason = withheld.get(field);
    const value = reason !== undefined ? fill(WORDS.withheld[lang], { reason }) : cut.text;
    const finalValue = value !== undefined && max ? shorten(value, max).text : value;
    rows.push({
      field,
      label: FIELD_LABELS[field]![lang],
      value: finalValue ?? null,
      origin: reason !== undefined ? 'withheld' : raw === undefined ? 'toComplete' : origin,
      flags: flagsOf(cut.text ?? null, byPerson, field),
      withholdable: (WITHHOLDABLE as readonly string[]).includes(field),
      required: !OPTIONAL.has(field),
      shortened: cut.shortened && reason === undefined,
    });
    values[field] = finalValue;
  };

  // From the assessment, or the editor's text where the assessment leaves the field to complete.
  const fromEntry = (field: keyof StandardRecord, fallback?: string) => {
    const id = FROM_ENTRY[field]!;
    const f = fieldOf(id);
    const editorText = d.texts[field as EditorTextField];
    if (f && !f.toComplete) {
      if (editorText !== undefined) blockers.push({ name: `/texts/${field}`, code: 'filled_by_assessment' });
      put(field, f.value, 'assessment', BY_PERSON.has(id));
    } else if (editorText !== undefined) put(field, editorText, 'editor', true);
    else if (fallback !== undefined) put(field, fallback, 'derived', false);
    else {
      put(field, undefined, 'toComplete', false);
      if (!OPTIONAL.has(field) && !withheld.has(field)) blockers.push({ name: `/texts/${field}`, code: 'required' });
    }
  };

  fromEntry('name');
  fromEntry('description_short');
  fromEntry('organization', orgName);
  put('theme', d.themes.join(', '), 'editor', true);
  put('status', STATUS[d.status], 'editor', false);
  put('start_date', d.startDate, 'editor', false);
  if (d.endDate) put('end_date', d.endDate, 'editor', false);
  put('contact', d.contact, 'editor', true);
  if (d.link) put('link', d.link, 'editor', false);
  const category = categoryOf(src.riskClass, src.facts);
  put('publication_category', CATEGORY[category], 'derived', false);
  fromEntry('purpose_and_impact');
  if (d.texts.considerations !== undefined) put('considerations', d.texts.considerations, 'editor', true);
  else {
    put('considerations', undefined, 'toComplete', false);
    if (!withheld.has('considerations')) blockers.push({ name: '/texts/considerations', code: 'required' });
  }
  fromEntry('human_intervention');
  fromEntry('risk_management');
  fromEntry('legal_basis');
  const ia = fieldOf('impactAssessments');
  put('impact_assessments', ia && !ia.toComplete ? ia.value : WORDS.noImpactAssessment[lang], ia && !ia.toComplete ? 'assessment' : 'derived', false);
  const registers = src.duties.includes('art49_registration');
  const nonPublic = registers && NON_PUBLIC_AREAS.some((f) => src.facts.includes(f));
  // The summaries of the impact assessments carried out, as the editor gives them (Annex VIII C(4)-(5)).
  const eu = d.euDatabase ?? {};
  const summaries = nonPublic
    ? []
    : [eu.friaSummary !== undefined ? fill(WORDS.friaSummary[lang], { value: eu.friaSummary }) : null, eu.dpiaSummary !== undefined ? fill(WORDS.dpiaSummary[lang], { value: eu.dpiaSummary }) : null].filter((x): x is string => x !== null);
  const cls = fieldOf('aiActClassification');
  const explanation = [cls && !cls.toComplete ? fill(WORDS.classification[lang], { value: cls.value }) : null, ...summaries].filter((x): x is string => x !== null);
  // One paragraph each (the pages split text on blank lines).
  put('impact_assessment_explanation', explanation.length ? explanation.join('\n\n') : undefined, 'derived', summaries.length > 0);
  fromEntry('data');
  fromEntry('technical_operation');
  fromEntry('supplier');

  if (d.endDate && d.endDate < d.startDate) blockers.push({ name: '/endDate', code: 'end_before_start' });
  if (d.endDate && d.status !== 'out_of_use') blockers.push({ name: '/endDate', code: 'end_date_needs_out_of_use' });

  // The EU database block: a public authority deploying an Annex III system registers its use (Art 49(3)).
  let euDatabase: EuDatabaseBlock | null = null;
  if (registers) {
    /** One point of the block given by the editor: its preview row, and its value unless withheld. */
    const point = (field: string, raw: string | undefined, required = true) => {
      const reason = withheld.get(field);
      rows.push({
        field,
        label: FIELD_LABELS[field]![lang],
        value: raw === undefined ? null : reason !== undefined ? fill(WORDS.withheld[lang], { reason }) : raw,
        origin: raw === undefined ? 'toComplete' : reason !== undefined ? 'withheld' : 'editor',
        flags: flagsOf(raw ?? null, true, field),
        withholdable: (WITHHOLDABLE as readonly string[]).includes(field),
        required: false,
        shortened: false,
      });
      return { value: raw !== undefined && reason === undefined ? raw : null, open: raw === undefined && required };
    };
    const address = point('eu_database_deployer_address', eu.deployerAddress);
    const submitter = point('eu_database_submitter', eu.submitter);
    const provider = point('eu_database_provider_entry', eu.providerEntryUrl);
    // Points 4 and 5 only in the public section; point 5 where a DPIA is required.
    const fria = nonPublic ? { value: null, open: false } : point('eu_database_fria_summary', eu.friaSummary);
    const dpia = nonPublic ? { value: null, open: false } : point('eu_database_dpia_summary', eu.dpiaSummary, src.duties.includes('gdpr35_dpia'));
    euDatabase = {
      section: nonPublic ? 'non_public' : 'public',
      deployerName: values.organization ?? orgName,
      deployerAddress: address.value,
      deployerContact: d.contact,
      submitter: submitter.value,
      providerEntryUrl: provider.value,
      friaSummary: fria.value,
      dpiaSummary: dpia.value,
      toComplete: [
        ...(address.open ? ['deployerAddress'] : []),
        ...(submitter.open ? ['submitter'] : []),
        ...(provider.open ? ['providerEntryUrl'] : []),
        ...(fria.open ? ['friaSummary'] : []),
        ...(dpia.open ? ['dpiaSummary'] : []),
      ],
    };
  } else if (d.euDatabase) blockers.push({ name: '/euDatabase', code: 'not_high_risk' });

  const record: StandardRecord = {
    name: values.name ?? '',
    description_short: values.description_short ?? '',
    organization: values.organization ?? '',
    theme: d.themes,
    status: STATUS[d.status],
    start_date: d.startDate,
    ...(d.endDate ? { end_date: d.endDate } : {}),
    contact: d.contact,
    ...(d.link && !withheld.has('link') ? { link: d.link } : {}),
    publication_category: CATEGORY[category],
    purpose_and_impact: values.purpose_and_impact ?? '',
    considerations: values.considerations ?? '',
    human_intervention: values.human_intervention ?? '',
    risk_management: values.risk_management ?? '',
    ...(values.legal_basis !== undefined ? { legal_basis: values.legal_basis } : {}),
    impact_assessments: values.impact_assessments ?? '',
    ...(values.impact_assessment_explanation !== undefined ? { impact_assessment_explanation: values.impact_assessment_explanation } : {}),
    data: values.data ?? '',
    technical_operation: values.technical_operation ?? '',
    supplier: values.supplier ?? '',
    source_id: entryId,
    language: ISO_639_3[lang],
    schema: '1.0.0',
  };
  return { record, fields: rows, blockers, euDatabase };
}

/**
 * The preview: the records of every language (what publishing stores, unchanged), the fields of the
 * asked language with their flags, and why it cannot be published yet. `extraBlockers` come from the
 * assessment itself (not approved, prohibited, no register mapping).
 */
export function buildPublication(sources: Record<Lang, LanguageSource>, details: PublicationDetails, entryId: string, orgName: string, lang: Lang, extraBlockers: { name: string; code: string }[] = []): PublicationPreview {
  const built = Object.fromEntries(LANGS.map((l) => [l, buildOne(l, sources[l], details, entryId, orgName)])) as Record<Lang, Built>;
  const blockers = [...extraBlockers, ...built[lang].blockers];
  return {
    lang,
    publishable: blockers.length === 0,
    blockers: blockers.map((b) => ({ ...b, reason: say(REASONS[b.code as keyof typeof REASONS], lang) })),
    fields: built[lang].fields,
    records: Object.fromEntries(LANGS.map((l) => [l, built[l].record])),
    euDatabase: built[lang].euDatabase,
    suggestions: sources[lang].suggestions,
  };
}
