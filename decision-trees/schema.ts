// The single source of truth for the shape of trees, flows, catalogues and legal dates.
// Imports zod only: this file is shared by the build, the worker and the web app.
import * as z from 'zod';

import { LANGS, type Lang } from './langs.ts';
export { LANGS, type Lang };

const slug = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** A text in the three languages of the product. Every language is required. */
export const Localised = z.strictObject({
  fr: z.string().min(1),
  de: z.string().min(1),
  en: z.string().min(1),
});
export type Localised = z.infer<typeof Localised>;

/** Legal references: "AI Act Art 5(1)(c)", "GDPR Art 35(3)", "Guidelines §4 Transparency". */
export const Sources = z.array(z.string().min(3)).min(1);

export const ROLES = ['provider', 'deployer', 'importer', 'distributor'] as const;
export type Role = (typeof ROLES)[number];
export const RISK_CLASSES = ['out_of_scope', 'prohibited', 'high_risk', 'limited_risk', 'minimal_risk'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

// ---------------------------------------------------------------------------
// Conditions: typed data, compiled to XState guards. Never expression strings.
export type Condition =
  | { type: 'answer'; params: { question: string; option: string } }
  | { type: 'answered'; params: { questions: string[] } }
  | { type: 'fact'; params: { fact: string } }
  | { type: 'anyFact'; params: { facts: string[] } }
  | { type: 'role'; params: { role: Role } }
  | { type: 'riskClass'; params: { in: RiskClass[] } }
  | { type: 'countFacts'; params: { facts: string[]; atLeast: number } }
  | { type: 'is'; params: { condition: string } }
  | { type: 'not'; params: { condition: Condition } }
  | { type: 'all'; params: { conditions: Condition[] } }
  | { type: 'any'; params: { conditions: Condition[] } };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('answer'), params: z.strictObject({ question: slug, option: slug }) }),
    z.strictObject({ type: z.literal('answered'), params: z.strictObject({ questions: z.array(slug).min(1) }) }),
    z.strictObject({ type: z.literal('fact'), params: z.strictObject({ fact: slug }) }),
    z.strictObject({ type: z.literal('anyFact'), params: z.strictObject({ facts: z.array(slug).min(1) }) }),
    z.strictObject({ type: z.literal('role'), params: z.strictObject({ role: z.enum(ROLES) }) }),
    z.strictObject({ type: z.literal('riskClass'), params: z.strictObject({ in: z.array(z.enum(RISK_CLASSES)).min(1) }) }),
    z.strictObject({
      type: z.literal('countFacts'),
      params: z.strictObject({ facts: z.array(slug).min(1), atLeast: z.number().int().min(1) }),
    }),
    // A named condition of the tree (`conditions:`), so that a route and a rule can share one definition.
    z.strictObject({ type: z.literal('is'), params: z.strictObject({ condition: slug }) }),
    z.strictObject({ type: z.literal('not'), params: z.strictObject({ condition: Condition }) }),
    z.strictObject({ type: z.literal('all'), params: z.strictObject({ conditions: z.array(Condition).min(1) }) }),
    z.strictObject({ type: z.literal('any'), params: z.strictObject({ conditions: z.array(Condition).min(1) }) }),
  ]),
);


/** What taking an option (or reaching an outcome) adds to the assessment. All ids refer to blocks. */
export const Effects = z.strictObject({
  facts: z.array(slug).optional(),
  roles: z.array(z.enum(ROLES)).optional(),
  basis: z.array(z.string().min(3)).optional(),
  duties: z.array(slug).optional(),
  flags: z.array(slug).optional(),
  commitments: z.array(slug).optional(),
  openPoints: z.array(slug).optional(),
});
export type Effects = z.infer<typeof Effects>;

/** Where to go next: a node id, or guarded routes tried in order (the last one without `when`). */
export const Route = z.strictObject({ when: Condition.optional(), to: slug });
export const Next = z.union([slug, z.array(Route).min(1)]);
export type Next = z.infer<typeof Next>;

export const Option = z.strictObject({
  id: slug,
  label: Localised,
  /** Why taking this option decided something, as a clause of the result's one-sentence reason ("it ranks applications for benefits"). */
  reason: Localised.optional(),
  /** An exclusive option ("none of these") cannot be combined with others in a multiple choice. */
  exclusive: z.boolean().optional(),
  next: Next.optional(),
  ...Effects.shape,
});
export type Option = z.infer<typeof Option>;

const nodeBase = {
  id: slug,
  source: Sources,
};

export const SingleChoice = z.strictObject({
  ...nodeBase,
  kind: z.literal('single'),
  text: Localised,
  help: Localised,
  /**
   * One option per entry of the flow's catalogue comes first, each leading to `next` (expanded when the
   * flow is built): its `services` (fact `service_<id>`) or the hosting `locations` (fact `location_<id>`).
   */
  optionsFrom: z.strictObject({ source: z.enum(['services', 'locations']), next: slug }).optional(),
  /** At least two once the catalogue's options are added (the checker counts them). */
  options: z.array(Option),
});
export const MultipleChoice = z.strictObject({
  ...nodeBase,
  kind: z.literal('multiple'),
  text: Localised,
  help: Localised,
  options: z.array(Option).min(2),
  /** Taken after the options' own effects; options of a multiple choice carry no `next`. */
  next: Next,
});
export const ShortText = z.strictObject({
  ...nodeBase,
  kind: z.literal('text'),
  text: Localised,
  help: Localised,
  maxLength: z.number().int().min(1).max(5000),
  optional: z.boolean().optional(),
  next: Next,
});
/** A branch asks nothing: it routes on what earlier answers established. */
export const Branch = z.strictObject({
  ...nodeBase,
  kind: z.literal('branch'),
  note: z.string().optional(),
  next: z.array(Route).min(2),
});
export const Outcome = z.strictObject({
  ...nodeBase,
  kind: z.literal('outcome'),
  conclusion: slug,
  riskClass: z.enum(RISK_CLASSES).optional(),
  /** The flow stops here (a prohibited practice): later trees are not walked. */
  endsFlow: z.boolean().optional(),
  reason: Localised.optional(),
  /** Replaces the vocabulary's explanation of the class where this outcome is a special case of it. */
  explanation: Localised.optional(),
  ...Effects.shape,
});
export const Node = z.discriminatedUnion('kind', [SingleChoice, MultipleChoice, ShortText, Branch, Outcome]);
export type SingleChoice = z.infer<typeof SingleChoice>;
export type MultipleChoice = z.infer<typeof MultipleChoice>;
export type ShortText = z.infer<typeof ShortText>;
export type Branch = z.infer<typeof Branch>;
export type Outcome = z.infer<typeof Outcome>;
export type Node = z.infer<typeof Node>;
export type Question = SingleChoice | MultipleChoice | ShortText;

// ---------------------------------------------------------------------------
// Blocks: defined once, referenced by id.
export const DUTY_KINDS = ['obligation', 'recommendation'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export const DutyBlock = z.strictObject({
  title: Localised,
  body: Localised,
  source: Sources,
  /** `obligation`: binding law (AI Act, GDPR, national law); `recommendation`: the national guidelines' advice. */
  kind: z.enum(DUTY_KINDS),
  /** A milestone id of law/dates.yaml. */
  appliesFrom: slug,
  /** Other milestones shown with the duty (a transition date for systems already in use, a grace period). */
  transitions: z.array(slug).optional(),
  /** Amendments (law/dates.yaml `amendments`) that changed the duty's provision. */
  amendments: z.array(slug).optional(),
  /** Duties that belong together (an Art 50 duty and the national label), by id. */
  related: z.array(slug).optional(),
  /** Ready-to-paste label texts for labelling duties. */
  labels: z.array(Localised).optional(),
});
export const ConclusionBlock = z.strictObject({ title: Localised, body: Localised, source: Sources });
export const REVIEWERS = ['lawyer', 'dpo', 'lawyer_or_dpo', 'project_lead'] as const;
export type Reviewer = (typeof REVIEWERS)[number];
export const FlagBlock = z.strictObject({
  text: Localised,
  reviewer: z.enum(REVIEWERS),
  source: Sources,
  /** Reported changes of `law/dates.yaml` this flag is about: they enter the result's notice on the state of the law. */
  amendments: z.array(slug).optional(),
});

/** Who carries out a step of the plan of action. */
export const OWNERS = ['project_lead', 'dpo', 'legal_service', 'ctie', 'management'] as const;
export type Owner = (typeof OWNERS)[number];

/**
 * A step of the plan of action: taken when any duty, open point or flag it covers is in the result.
 * `due`: `before_first_use`, or `applies_from` (the date the covered duties apply from).
 */
export const ActionBlock = z.strictObject({
  title: Localised,
  owner: z.enum(OWNERS),
  due: z.enum(['before_first_use', 'applies_from']),
  covers: z.strictObject({
    duties: z.array(slug).optional(),
    openPoints: z.array(slug).optional(),
    flags: z.array(slug).optional(),
    /** Every "not sure" answer (flags of kind unsure). */
    unsureAnswers: z.boolean().optional(),
  }),
  /** Order in the plan: lower first. */
  rank: z.number().int().min(0).max(99),
});
export type ActionBlock = z.infer<typeof ActionBlock>;
export const NoteBlock = z.strictObject({ text: Localised, source: Sources });

/** A rule adds effects when its condition holds at the end of the tree: duties by outcome and role. */
export const Rule = z.strictObject({ id: slug, when: Condition, reason: Localised.optional(), ...Effects.shape });
export type Rule = z.infer<typeof Rule>;

export const Tree = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: Localised,
  description: Localised,
  start: slug,
  nodes: z.array(Node).min(1),
  rules: z.array(Rule).optional(),
  /** Named conditions, referenced as `{ type: is, params: { condition: name } }` by routes and rules. */
  conditions: z.record(slug, Condition).optional(),
  duties: z.record(slug, DutyBlock).optional(),
  conclusions: z.record(slug, ConclusionBlock).optional(),
  flags: z.record(slug, FlagBlock).optional(),
  commitments: z.record(slug, NoteBlock).optional(),
  openPoints: z.record(slug, NoteBlock).optional(),
  actions: z.record(slug, ActionBlock).optional(),
});
export type Tree = z.infer<typeof Tree>;

/**
 * Every user-visible sentence of a result that is not a block of a tree: class titles and
 * explanations, role, reviewer and owner names, badges, the reason sentence, due dates, notices.
 * Templates take `{name}` placeholders.
 */
export const Vocabulary = z.strictObject({
  riskClasses: z.strictObject(Object.fromEntries(RISK_CLASSES.map((c) => [c, z.strictObject({ title: Localised, explanation: Localised })])) as Record<RiskClass, z.ZodObject<{ title: typeof Localised; explanation: typeof Localised }>>),
  roles: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, Localised])) as Record<Role, typeof Localised>),
  reviewers: z.strictObject(Object.fromEntries(REVIEWERS.map((r) => [r, Localised])) as Record<Reviewer, typeof Localised>),
  owners: z.strictObject(Object.fromEntries(OWNERS.map((r) => [r, Localised])) as Record<Owner, typeof Localised>),
  kinds: z.strictObject(Object.fromEntries(DUTY_KINDS.map((r) => [r, Localised])) as Record<DutyKind, typeof Localised>),
  /** Flag text of every "not sure" answer, after the question. */
  unsureFlag: Localised,
  /** `{class} because {reasons}`; `{reasons}` joined with `and`. */
  reason: Localised,
  and: Localised,
  due: z.strictObject({ beforeFirstUse: Localised, now: Localised, by: Localised, beforeFirstUseFrom: Localised }),
  /** The one notice on reported, unverified amendments: `{date}` (the check), `{changes}` (their list). */
  lawUnverified: Localised,
  /** One reported change in the notice: {act} is the amending act's name, {change} what it changes. */
  amendmentChange: Localised,
});
export type Vocabulary = z.infer<typeof Vocabulary>;

const fieldId = z.string().regex(/^[a-z][a-zA-Z0-9_]*$/, 'must be camelCase or snake_case');
// Shapes shared by the register mapping and the impact-assessment drafts: where a value comes from.
const fromAnswer = { from: z.literal('answer'), question: slug };
const fromDuties = { from: z.literal('duties'), duties: z.array(slug).min(1) };
const fromCommitments = { from: z.literal('commitments'), commitments: z.array(slug).min(1) };
/** The AI Act class in words, with the references that decided it. */
const fromClassification = { from: z.literal('classification') };
const fromDataKinds = { from: z.literal('dataKinds'), labels: z.record(z.string(), Localised) };
/** The AI service or application chosen, with where it is hosted. */
const fromSystem = { from: z.literal('system') };

/** Where a field of the draft register entry takes its value from. */
export const RegisterSource = z.discriminatedUnion('from', [
  z.strictObject(fromAnswer),
  z.strictObject(fromDuties),
  z.strictObject(fromCommitments),
  z.strictObject(fromClassification),
  z.strictObject({ from: z.literal('byClass'), texts: z.strictObject(Object.fromEntries(RISK_CLASSES.map((c) => [c, Localised])) as Record<RiskClass, typeof Localised>) }),
  z.strictObject(fromDataKinds),
  z.strictObject(fromSystem),
  /** Left for the project lead, with a hint. */
  z.strictObject({ from: z.literal('toComplete') }),
  // The 1.0.0 mapping, kept so that published assessments read as they did.
  z.strictObject({ from: z.literal('basis') }),
  z.strictObject({ from: z.literal('allowedServices') }),
  z.strictObject({ from: z.literal('commitmentPrefix'), prefix: z.string(), duties: z.array(slug).optional() }),
]);
export type RegisterSource = z.infer<typeof RegisterSource>;
export const RegisterMapping = z.strictObject({
  fields: z.array(z.strictObject({ id: fieldId, label: Localised, hint: Localised.optional(), source: RegisterSource })).min(1),
  toComplete: Localised,
});
export type RegisterMapping = z.infer<typeof RegisterMapping>;

// ---------------------------------------------------------------------------
// Drafts of the impact assessments (AI Act Art 27 FRIA, GDPR Art 35 DPIA), pre-filled from the answers.
const fillPart = {
  /** Said before the value ("Use case: …"); the parts of an element with the same label make one line. */
  label: Localised.optional(),
  /** Context (a duty that applies, the class): shown, but never makes the element filled on its own. */
  context: z.boolean().optional(),
};
/**
 * One part of an element and what fills it. `answer`: a text answer, quoted. `options`: the labels of the
 * options chosen in choice questions (never an exclusive option, nor a bare yes, no or not sure).
 * `byAnswer`: a sentence per option chosen; with `complete`, an answer none of whose options is listed
 * there keeps the element to complete (its sentence says why). `duties`: `text` when one of the duties is
 * in the result, else their titles. `commitments`, `flags`: their texts. `facts`: a sentence per fact
 * established; with `holdsBack`, a fact established keeps the element to complete (its sentence says
 * why). `classification`, `dataKinds`, `system`: as in the register entry.
 * A value whose only source is a "not sure" answer (option `unsure`: the cautious branch) is never
 * content: `options`, `byAnswer` (without a text for `unsure`), `facts` and `dataKinds` show it as "not
 * known" (the section's `notKnown`), as context.
 */
export const ImpactFill = z.discriminatedUnion('from', [
  z.strictObject({ ...fromAnswer, ...fillPart }),
  z.strictObject({ from: z.literal('options'), questions: z.array(slug).min(1), ...fillPart }),
  z.strictObject({ from: z.literal('byAnswer'), question: slug, texts: z.record(slug, Localised), complete: z.array(slug).min(1).optional(), ...fillPart }),
  z.strictObject({ ...fromDuties, text: Localised.optional(), ...fillPart }),
  z.strictObject({ ...fromCommitments, ...fillPart }),
  z.strictObject({ from: z.literal('flags'), flags: z.array(slug).min(1), ...fillPart }),
  z.strictObject({ from: z.literal('facts'), texts: z.record(slug, Localised), holdsBack: z.literal(true).optional(), ...fillPart }),
  z.strictObject({ ...fromClassification, ...fillPart }),
  z.strictObject({ ...fromDataKinds, ...fillPart }),
  z.strictObject({ ...fromSystem, ...fillPart }),
]);
export type ImpactFill = z.infer<typeof ImpactFill>;

/** One element the law requires of the assessment (Art 27(1)(a)-(f), GDPR Art 35(7)(a)-(d)). */
export const ImpactElement = z.strictObject({
  id: slug,
  /** The point of the provision it answers: a, b, c… in order. */
  point: z.string().regex(/^[a-z]$/, 'must be one lower-case letter'),
  title: Localised,
  /** The element named in a sentence of the summary ("risks of harm"). */
  shortTitle: Localised,
  source: Sources,
  /** What to write when the answers cannot fill it (and, with `hintAlways`, what the element must describe). */
  hint: Localised,
  /** The hint is shown on the filled element too: where it is filled whenever a required question is answered, its status says nothing about its content. */
  hintAlways: z.literal(true).optional(),
  /** How the summary states what the element found, `{values}` standing for its own (non-context) values; stated only when the element is filled. */
  finding: Localised.optional(),
  /** The answers never settle it (every part is context): it always stays to complete, with its hint. */
  alwaysToComplete: z.literal(true).optional(),
  fill: z.array(ImpactFill).min(1),
});
export type ImpactElement = z.infer<typeof ImpactElement>;

export const ImpactDraft = z.strictObject({
  /** The duty of the result that requires this assessment: the draft exists exactly when it is there. */
  duty: slug,
  title: Localised,
  intro: Localised,
  source: Sources,
  elements: z.array(ImpactElement).min(1),
  /** The sentence linking it to the other assessment: when that one is required too, and (optionally) when not; `source`: the provisions the sentences cite. */
  complements: z.strictObject({ required: Localised, notRequired: Localised.optional(), source: Sources.optional() }),
  /**
   * `counts`: {filled}, {total}, {missing} (the short titles of the elements to complete), `one` when
   * {filled} takes the singular in the language (CLDR plural category: French 0 and 1, English and German
   * 1), `other` otherwise; `complete`: {total}; `findings`: {findings} (the filled elements' `finding`s).
   */
  summary: z.strictObject({ counts: z.strictObject({ one: Localised, other: Localised }), complete: Localised, findings: Localised }),
});
export type ImpactDraft = z.infer<typeof ImpactDraft>;

export const ImpactAssessments = z.strictObject({
  /** The status words of an element. */
  filled: Localised,
  toComplete: Localised,
  /** Said of a value the answers left open ("not sure"): shown as context, never as content. */
  notKnown: Localised,
  fria: ImpactDraft,
  dpia: ImpactDraft,
});
export type ImpactAssessments = z.infer<typeof ImpactAssessments>;

const version = z.string().regex(/^\d+\.\d+\.\d+$/);
/**
 * How answers of an earlier version carry over on migration: a rule sets an answer of this version
 * when its condition holds over the old answers (single choice: the first rule that holds; multiple
 * choice: every option whose rule holds). Answers to questions whose id is unchanged carry over as they are.
 */
export const Migration = z.strictObject({
  from: version,
  rules: z.array(z.strictObject({ question: slug, option: slug, when: Condition })),
  /** Questions kept under the same id whose old answers do not carry over: what an answer means changed. */
  reask: z.array(slug).optional(),
});
export type Migration = z.infer<typeof Migration>;

/** A flow chains trees: each tree's outcome leads to the next tree's start unless it ends the flow. */
export const Flow = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version,
  title: Localised,
  trees: z.array(z.string()).min(1),
  catalogue: z.string(),
  disclaimer: Localised,
  vocabulary: Vocabulary.optional(),
  register: RegisterMapping.optional(),
  /** Drafts of the FRIA and the DPIA, pre-filled from the answers (flow 1.2.0 and later). */
  impactAssessments: ImpactAssessments.optional(),
  migrations: z.array(Migration).optional(),
});
export type Flow = z.infer<typeof Flow>;

// ---------------------------------------------------------------------------
// The AI services one administration allows (the guidelines' table).
export const DATA_KINDS = ['public', 'non_public', 'personal', 'special_category', 'secret'] as const;
export type DataKind = (typeof DATA_KINDS)[number];
export const TASKS = ['chat_drafting', 'web_search', 'code', 'intranet_documents', 'agents'] as const;
export type Task = (typeof TASKS)[number];

export const CatalogueService = z.strictObject({
  id: slug,
  name: z.string(),
  hosting: z.enum(['state_it_centre', 'hybrid', 'public_cloud', 'unknown']),
  hostingLabel: Localised,
  /** false for tools the administration neither deploys nor provides (free public tools). */
  providedByAdministration: z.boolean(),
  dataAllowed: z.array(z.enum(DATA_KINDS)).min(1),
  tasks: z.array(z.enum(TASKS)).min(1),
  source: Sources,
});
export type CatalogueService = z.infer<typeof CatalogueService>;

/** Where a dedicated application (bought or built, not one of the services) may process its data. */
export const HostingLocation = z.strictObject({
  id: slug,
  /** As said in a sentence ("at the CTIE"). */
  label: Localised,
  /** As offered in the question, where it differs from the label. */
  optionLabel: Localised.optional(),
  dataAllowed: z.array(z.enum(DATA_KINDS)).min(1),
  /** Said with the verdict whatever the data (for example: public cloud, outside the EU). */
  warning: Localised.optional(),
  source: Sources,
});
export type HostingLocation = z.infer<typeof HostingLocation>;

export const Catalogue = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  administration: z.string(),
  services: z.array(CatalogueService).min(1),
  locations: z.array(HostingLocation).optional(),
  /** Which fact of the flow means each data kind and task. */
  dataFacts: z.record(z.enum(DATA_KINDS), slug),
  taskFacts: z.record(z.enum(TASKS), slug),
  reasons: z.strictObject({
    notProvided: Localised,
    dataNotAllowed: Localised,
    taskNotSupported: Localised,
    /** Said of every service whose hosting is (partly) the public cloud. */
    publicCloud: Localised.optional(),
  }),
  /** The one-line hosting verdict, as templates: {service}, {data}, {reasons}, {location}, {refused}, {list}. */
  verdicts: z
    .strictObject({
      serviceOk: Localised,
      serviceNotOk: Localised,
      locationOk: Localised,
      locationNotOk: Localised,
      alternatives: Localised,
      none: Localised,
      dedicated: Localised,
    })
    .optional(),
  /** Localised names of the data kinds, for the verdict. */
  dataKindLabels: z.strictObject(Object.fromEntries(DATA_KINDS.map((k) => [k, Localised])) as Record<DataKind, typeof Localised>).optional(),
});
export type Catalogue = z.infer<typeof Catalogue>;

// ---------------------------------------------------------------------------
// Legal dates that change (application dates, amendments), as data.
export const Milestone = z.strictObject({
  /** Absent only with `inForce`: a text in force whose date the source does not state (the national guidelines). */
  date: isoDate.optional(),
  inForce: z.literal(true).optional(),
  label: Localised,
  source: Sources,
  /** The date under the original 2024 text, where an amendment moved it. */
  originalDate: isoDate.optional(),
  /** Set where the date rests on reports not checked against the Official Journal (1.0.0; later: `amendment`). */
  uncertain: Localised.optional(),
  /** The amendment (of `amendments`) that set this date. */
  amendment: slug.optional(),
}).refine((m) => Boolean(m.date) !== Boolean(m.inForce), { message: 'a milestone has either a date or inForce: true', path: ['date'] });
export type Milestone = z.infer<typeof Milestone>;

/**
 * A change an amending act made to a provision or a date, recorded against the provision, with its
 * verification status: `verified` (checked against the Official Journal) or `reported` (secondary
 * sources only). The result says plainly which reported changes it rests on.
 */
export const Amendment = z.strictObject({
  act: z.string(),
  /** The provisions changed, as references ("AI Act Art 113"). */
  provisions: Sources,
  change: Localised,
  /** When the change takes effect. */
  from: isoDate,
  status: z.enum(['verified', 'reported']),
  /** The reports it rests on, while not verified. */
  reportedBy: z.array(z.string()).optional(),
});
export type Amendment = z.infer<typeof Amendment>;

export const LawDates = z.strictObject({
  $schema: z.string().optional(),
  reviewed: isoDate,
  banner: Localised,
  milestones: z.record(slug, Milestone),
  amendments: z.record(slug, Amendment).optional(),
});
export type LawDates = z.infer<typeof LawDates>;
