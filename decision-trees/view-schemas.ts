// The engine's views, as the API returns them: one zod schema per shape, defined once. The engine's
// types are inferred from them, the worker registers them in its OpenAPI document and the web app
// imports the inferred types. Imports zod only.
import * as z from 'zod';
import { DUTY_KINDS, LANGS, OWNERS, REVIEWERS, RISK_CLASSES, ROLES } from './schema.ts';

export const LangView = z.enum(LANGS).describe('Language of the texts: fr, de or en (French by default).');
export const AnswerValueView = z.union([z.string().max(5000), z.array(z.string().max(200)).max(50)]).describe('An option id (single choice), a list of option ids (multiple choice) or a text.');

export const CitationViewSchema = z
  .object({
    ref: z.string().describe('The canonical reference, as in the tree ("AI Act Art 50(4)").'),
    label: z.string().describe('The reference as the language writes it ("Règlement IA, art. 50, par. 4").'),
    url: z.string().nullable().describe('Where to read it: EUR-Lex at the article, recital or annex, or the guidelines’ section.'),
    key: z.string().optional().describe('Key of the provision’s official text in /law/excerpts-<lang>.json.'),
  })
  .describe('A legal reference, labelled and linked in the response language.');

export const QuestionViewSchema = z.object({
  id: z.string(),
  tree: z.string(),
  kind: z.enum(['single', 'multiple', 'text']),
  text: z.string(),
  help: z.string(),
  source: z.array(z.string()),
  sources: z.array(CitationViewSchema),
  options: z.array(z.object({ id: z.string(), label: z.string(), exclusive: z.boolean().optional() })),
  maxLength: z.number().int().optional(),
  optional: z.boolean().optional(),
});

export const DutyViewSchema = z.object({
  id: z.string(),
  kind: z.enum(DUTY_KINDS).describe('obligation (AI Act, GDPR) or recommendation (the national guidelines): shown apart.'),
  kindLabel: z.string(),
  title: z.string(),
  body: z.string(),
  source: z.array(z.string()),
  sources: z.array(CitationViewSchema),
  appliesFrom: z.iso.date().nullable().describe('The date the duty applies from; null for a text in force whose source states no date (the national guidelines).'),
  appliesNow: z.boolean().describe('Already applicable on the assessment date.'),
  originalDate: z.iso.date().optional().describe('The date under the original text, where an amendment moved it.'),
  status: z.enum(['verified', 'reported']).describe('reported: the date or provision rests on an amendment not checked against the Official Journal.'),
  transitions: z.array(z.object({ date: z.iso.date(), label: z.string(), appliesNow: z.boolean() })),
  dateUncertain: z.string().optional().describe('Flow 1.0.0 only.'),
  related: z.array(z.string()).optional(),
  labels: z.array(z.object({ fr: z.string(), de: z.string(), en: z.string() })).optional(),
  tree: z.string(),
});

export const ActionViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.enum(OWNERS),
  ownerLabel: z.string(),
  due: z.object({ type: z.enum(['before_first_use', 'date', 'now']), date: z.iso.date().optional(), label: z.string() }),
  kind: z.enum(DUTY_KINDS),
  kindLabel: z.string(),
  source: z.array(z.string()),
  sources: z.array(CitationViewSchema),
  covers: z.array(z.string()).describe('The duty, open point and flag ids this step takes care of.'),
});

export const FlagViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['unsure', 'review']),
  question: z.string().optional(),
  text: z.string(),
  reviewer: z.enum(REVIEWERS),
  reviewerLabel: z.string(),
  source: z.array(z.string()),
  sources: z.array(CitationViewSchema),
});

export const NoteViewSchema = z.object({ id: z.string(), text: z.string(), source: z.array(z.string()), sources: z.array(CitationViewSchema) });
export const NoticeViewSchema = z.object({ id: z.string(), text: z.string(), amendments: z.array(z.string()) });

export const HostingResultSchema = z.object({
  choice: z
    .union([
      z.object({ kind: z.literal('service'), serviceId: z.string() }),
      z.object({ kind: z.literal('dedicated'), locationId: z.string() }),
      z.object({ kind: z.literal('undecided') }),
    ])
    .nullable(),
  verdict: z.object({ ok: z.boolean(), text: z.string() }).nullable(),
  allowed: z.array(z.string()),
  excluded: z.array(z.object({ serviceId: z.string(), reason: z.string() })),
  dataKinds: z.array(z.string()),
  tasks: z.array(z.string()),
  services: z.array(z.object({ id: z.string(), name: z.string(), hosting: z.string(), publicCloud: z.boolean(), warning: z.string().optional() })),
  system: z.string().nullable(),
});

export const RegisterEntrySchema = z.object({
  fields: z.array(z.object({ id: z.string(), label: z.string(), value: z.string(), toComplete: z.boolean(), hint: z.string().optional() })),
});

export const AssessmentResultSchema = z
  .object({
    riskClass: z.enum(RISK_CLASSES).nullable(),
    riskClassTitle: z.string(),
    riskClassExplanation: z.string(),
    reason: z.string().describe('One sentence: the class and why, from the deciding answers.'),
    basis: z.array(z.string()),
    basisSources: z.array(CitationViewSchema),
    roles: z.array(z.enum(ROLES)),
    roleLabels: z.array(z.string()),
    conclusions: z.array(z.object({ tree: z.string(), id: z.string(), title: z.string(), body: z.string(), source: z.array(z.string()), sources: z.array(CitationViewSchema) })),
    duties: z.array(DutyViewSchema),
    actions: z.array(ActionViewSchema).describe('The plan of action, in order.'),
    hosting: HostingResultSchema.nullable(),
    flags: z.array(FlagViewSchema),
    commitments: z.array(NoteViewSchema),
    openPoints: z.array(NoteViewSchema),
    registerEntry: RegisterEntrySchema.nullable(),
    notices: z.array(NoticeViewSchema).describe('Said once: the amendments this result rests on that are reported, not verified.'),
    decisive: z.array(z.string()).describe('The questions whose answers decided the class.'),
    facts: z.array(z.string()),
    lawAsOf: z.object({ reviewed: z.iso.date(), assessedOn: z.iso.date(), banner: z.string() }),
    disclaimer: z.string(),
    flow: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  })
  .describe('The assessment result in the stable vocabulary: class and reason, roles, duties, plan of action, hosting, flags.');

export const ProgressSchema = z.object({
  answered: z.number().int(),
  remainingMin: z.number().int(),
  remainingMax: z.number().int(),
  remainingLikely: z.number().int().describe('Questions still to come along the likely path, the current one included.'),
  estimatedTotal: z.number().int().describe('"Question answered + 1 of about estimatedTotal".'),
  percent: z.number().int().min(0).max(100).describe('Never goes down as questions are answered.'),
});

/** One element of an impact-assessment draft: a point of AI Act Art 27(1) or GDPR Art 35(7). */
export const ImpactElementViewSchema = z
  .object({
    id: z.string(),
    point: z.string().describe('The point of the provision it answers: a to f (FRIA), a to d (DPIA).'),
    title: z.string(),
    sources: z.array(CitationViewSchema),
    status: z.enum(['filled', 'toComplete']).describe('filled: the answers gave its content (to be checked); toComplete: the project lead writes it, see hint.'),
    statusLabel: z.string(),
    text: z.string().describe('What the answers established, one line per part ("Label: value"), with the context lines and the values left open by a "not sure" answer ("Label: not known (answered \'not sure\')"); empty when they established nothing.'),
    hint: z.string().optional().describe('What to write, for an element to complete; also on a filled element whose content a required answer always gives (FRIA (a)): what the element must describe.'),
  })
  .describe('One element of an impact-assessment draft.');

export const ImpactAssessmentDraftSchema = z
  .object({
    kind: z.enum(['fria', 'dpia']).describe('fria: fundamental rights impact assessment (AI Act Art 27); dpia: data protection impact assessment (GDPR Art 35).'),
    title: z.string(),
    intro: z.string(),
    sources: z.array(CitationViewSchema),
    elements: z.array(ImpactElementViewSchema),
    complements: z
      .object({ kind: z.enum(['fria', 'dpia']), required: z.boolean(), text: z.string() })
      .nullable()
      .describe('How it relates to the other assessment (AI Act Art 27(4)), and whether that one is required too.'),
    summary: z.string().describe('A few sentences: which elements are filled and the main findings (the `findings` sentence), for the EU database (Annex VIII Section C points 4-5) and the register.'),
    findings: z
      .string()
      .describe(
        "The findings part of the summary alone ('' when none): the findings of the filled elements only, never of an element to complete nor of a 'not sure' answer. A starting point for the summary of the completed assessment (Annex VIII Section C points 4-5), to be confirmed by whoever completes it; never the findings of a conducted assessment.",
      ),
  })
  .describe('A draft of an impact assessment, pre-filled from the answers: to complete and check.');

export const ImpactAssessmentDraftsSchema = z
  .object({ fria: ImpactAssessmentDraftSchema.nullable(), dpia: ImpactAssessmentDraftSchema.nullable() })
  .describe('The drafts a complete result calls for: the FRIA when it holds art27_fria, the DPIA when it holds gdpr35_dpia.');

/** A saved draft: the answers of an assessment, as a JSON file or attached to its PDF report. */
export const DraftSchema = z.object({
  format: z.literal('ai-use-case-assessment-draft'),
  formatVersion: z.literal(1),
  flow: z.object({ id: z.string(), version: z.string() }),
  lang: LangView,
  savedAt: z.iso.datetime(),
  answers: z.record(z.string(), AnswerValueView),
});
export type Draft = z.infer<typeof DraftSchema>;

export type CitationViewOf = z.infer<typeof CitationViewSchema>;
export type QuestionView = z.infer<typeof QuestionViewSchema>;
export type DutyView = z.infer<typeof DutyViewSchema>;
export type ActionView = z.infer<typeof ActionViewSchema>;
export type FlagView = z.infer<typeof FlagViewSchema>;
export type NoteView = z.infer<typeof NoteViewSchema>;
export type NoticeView = z.infer<typeof NoticeViewSchema>;
export type HostingResult = z.infer<typeof HostingResultSchema>;
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
export type Progress = z.infer<typeof ProgressSchema>;
export type ImpactElementView = z.infer<typeof ImpactElementViewSchema>;
export type ImpactAssessmentDraft = z.infer<typeof ImpactAssessmentDraftSchema>;
export type ImpactAssessmentDrafts = z.infer<typeof ImpactAssessmentDraftsSchema>;

// ---------------------------------------------------------------------------
// The question catalogue of a flow version: every question with its texts in every language, how the
// walk reaches it (typed conditions a client can evaluate), and every id a result can hold.
const LocalisedView = z.object({ fr: z.string(), de: z.string(), en: z.string() });
/** The condition union, given the schema it nests (so that the worker can register a named, recursive copy for OpenAPI). */
export const conditionUnion = (self: () => z.ZodType) =>
  z.union([
    z.object({ type: z.enum(['answer']), params: z.object({ question: z.string(), option: z.string() }) }),
    z.object({ type: z.enum(['answered']), params: z.object({ questions: z.array(z.string()) }) }),
    z.object({ type: z.enum(['fact']), params: z.object({ fact: z.string() }) }),
    z.object({ type: z.enum(['anyFact']), params: z.object({ facts: z.array(z.string()) }) }),
    z.object({ type: z.enum(['role']), params: z.object({ role: z.enum(ROLES) }) }),
    z.object({ type: z.enum(['riskClass']), params: z.object({ in: z.array(z.enum(RISK_CLASSES)) }) }),
    z.object({ type: z.enum(['countFacts']), params: z.object({ facts: z.array(z.string()), atLeast: z.number().int() }) }),
    z.object({ type: z.enum(['is']), params: z.object({ condition: z.string() }) }),
    z.object({ type: z.enum(['not']), params: z.object({ condition: z.lazy(self) }) }),
    z.object({ type: z.enum(['all', 'any']), params: z.object({ conditions: z.array(z.lazy(self)) }) }),
  ]);
const ConditionView: z.ZodType = z.lazy(() => conditionUnion(() => ConditionView));
export const ConditionViewSchema = ConditionView.describe('A typed condition over the answers, facts and roles established before this point ({ type, params }; "is" names a condition of `conditions`).');

/** The catalogue's schema, given the condition schema it uses (see conditionUnion). */
export const catalogueSchemas = (Condition: z.ZodType) => {
  const CatalogueQuestion = z.object({
  id: z.string(),
  tree: z.string(),
  kind: z.enum(['single', 'multiple', 'text']),
  required: z.boolean().describe('Every question on the path needs an answer, except an optional text.'),
  maxLength: z.number().int().optional(),
  text: LocalisedView,
  help: LocalisedView,
  sources: z.array(z.object({ ref: z.string(), label: LocalisedView, url: z.object({ fr: z.string().nullable(), de: z.string().nullable(), en: z.string().nullable() }) })),
  options: z.array(
    z.object({
      id: z.string(),
      label: LocalisedView,
      exclusive: z.boolean().optional(),
      next: z.array(z.object({ when: Condition.optional(), to: z.string() })).optional().describe('Single choice: where this option leads (the first route whose condition holds).'),
      facts: z.array(z.string()).optional().describe('Facts this option establishes (routes and rules read them).'),
      roles: z.array(z.enum(ROLES)).optional().describe('Roles this option establishes.'),
    }),
  ),
  next: z.array(z.object({ when: Condition.optional(), to: z.string() })).optional().describe('Multiple choice and text: where the question leads.'),
  askedAfter: z.array(z.object({ from: z.string(), option: z.string().optional(), when: Condition.optional() })).describe('The ways the walk reaches this question: from a node, through an option or a route with its condition.'),
});

  const QuestionCatalogue = z.object({
  flow: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  start: z.string().describe('The first node of the walk.'),
  trees: z.array(z.object({ id: z.string(), start: z.string(), title: LocalisedView })),
  questions: z.array(CatalogueQuestion),
  branches: z.array(z.object({ id: z.string(), tree: z.string(), next: z.array(z.object({ when: Condition.optional(), to: z.string() })) })).describe('Nodes that ask nothing and route on what was established.'),
  outcomes: z.array(
    z.object({
      id: z.string(),
      tree: z.string(),
      conclusion: z.string(),
      riskClass: z.enum(RISK_CLASSES).optional(),
      facts: z.array(z.string()).optional(),
      roles: z.array(z.enum(ROLES)).optional(),
      endsFlow: z.boolean(),
      next: z.string().nullable().describe('The next tree’s start, or null at the end of the flow.'),
    }),
  ),
  rules: z.array(z.object({ tree: z.string(), id: z.string(), when: Condition, facts: z.array(z.string()).optional(), roles: z.array(z.enum(ROLES)).optional() })).describe('Applied when the walk reaches its tree’s outcome, after the outcome’s own effects (riskClass conditions read the class the outcome set).'),
  conditions: z.record(z.string(), Condition).describe('Named conditions, referenced by { type: "is" }.'),
  ids: z.object({
    duties: z.record(z.string(), z.object({ kind: z.enum(DUTY_KINDS), title: LocalisedView, appliesFrom: z.string() })),
    conclusions: z.record(z.string(), z.object({ title: LocalisedView })),
    flags: z.record(z.string(), z.object({ text: LocalisedView, reviewer: z.enum(REVIEWERS) })),
    openPoints: z.record(z.string(), z.object({ text: LocalisedView })),
    commitments: z.record(z.string(), z.object({ text: LocalisedView })),
    actions: z.record(z.string(), z.object({ title: LocalisedView, owner: z.enum(OWNERS), rank: z.number().int() })),
    services: z.array(z.object({ id: z.string(), name: z.string(), hosting: z.string() })),
    facts: z.record(z.string(), z.object({ setBy: z.array(z.string()).describe('question/option or node ids that establish it') })),
    riskClasses: z.record(z.string(), z.object({ title: LocalisedView })),
    roles: z.record(z.string(), LocalisedView),
  }),
});
  return { CatalogueQuestion, QuestionCatalogue };
};
export const { CatalogueQuestion: CatalogueQuestionSchema, QuestionCatalogue: QuestionCatalogueSchema } = catalogueSchemas(ConditionViewSchema);
export type QuestionCatalogue = z.infer<typeof QuestionCatalogueSchema>;
