// The single source of truth for the shape of trees, flows, catalogues and legal dates.
// Imports zod only: this file is shared by the build, the worker and the web app.
import * as z from 'zod';

export const LANGS = ['fr', 'de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

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
  options: z.array(Option).min(2),
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
  /** The flow stops here (a prohibited practice, not an AI system): later trees are not walked. */
  endsFlow: z.boolean().optional(),
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
export const DutyBlock = z.strictObject({
  title: Localised,
  body: Localised,
  source: Sources,
  /** A milestone id of law/dates.yaml. */
  appliesFrom: slug,
  /** Duties that belong together (an Art 50 duty and the national label), by id. */
  related: z.array(slug).optional(),
  /** Ready-to-paste label texts for labelling duties. */
  labels: z.array(Localised).optional(),
});
export const ConclusionBlock = z.strictObject({ title: Localised, body: Localised, source: Sources });
export const FlagBlock = z.strictObject({
  text: Localised,
  reviewer: z.enum(['lawyer', 'dpo', 'lawyer_or_dpo', 'project_lead']),
  source: Sources,
});
export const NoteBlock = z.strictObject({ text: Localised, source: Sources });

/** A rule adds effects when its condition holds at the end of the tree: duties by outcome and role. */
export const Rule = z.strictObject({ id: slug, when: Condition, ...Effects.shape });
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
  duties: z.record(slug, DutyBlock).optional(),
  conclusions: z.record(slug, ConclusionBlock).optional(),
  flags: z.record(slug, FlagBlock).optional(),
  commitments: z.record(slug, NoteBlock).optional(),
  openPoints: z.record(slug, NoteBlock).optional(),
});
export type Tree = z.infer<typeof Tree>;

/** A flow chains trees: each tree's outcome leads to the next tree's start unless it ends the flow. */
export const Flow = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: Localised,
  trees: z.array(z.string()).min(1),
  catalogue: z.string(),
  disclaimer: Localised,
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

export const Catalogue = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  administration: z.string(),
  services: z.array(CatalogueService).min(1),
  /** Which fact of the flow means each data kind and task. */
  dataFacts: z.record(z.enum(DATA_KINDS), slug),
  taskFacts: z.record(z.enum(TASKS), slug),
  reasons: z.strictObject({
    notProvided: Localised,
    dataNotAllowed: Localised,
    taskNotSupported: Localised,
  }),
});
export type Catalogue = z.infer<typeof Catalogue>;

// ---------------------------------------------------------------------------
// Legal dates that change (application dates, amendments), as data.
export const Milestone = z.strictObject({
  date: isoDate,
  label: Localised,
  source: Sources,
  /** The date under the original 2024 text, where an amendment moved it. */
  originalDate: isoDate.optional(),
  /** Set where the date rests on reports not checked against the Official Journal. */
  uncertain: Localised.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

export const LawDates = z.strictObject({
  $schema: z.string().optional(),
  reviewed: isoDate,
  banner: Localised,
  milestones: z.record(slug, Milestone),
});
export type LawDates = z.infer<typeof LawDates>;
