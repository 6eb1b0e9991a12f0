// The register's shapes: what a register editor sends to publish, the preview, a published version and
// the record of the Dutch Algoritmeregister publication standard 1.0.0 (standards/). One zod schema each;
// the routes, the Durable Object, the pages and the web app use them.
import { z } from '@hono/zod-openapi';
import { LANGS } from '../../decision-trees/langs.ts';
import { FORBIDDEN } from '../../decision-trees/answers.ts';
import { EDITOR_TEXT_FIELDS, FLAG_KINDS, PUBLICATION_STATUSES, WITHHOLDABLE } from './fields.ts';

export { EDITOR_TEXT_FIELDS, FLAG_KINDS, PUBLICATION_STATUSES, WITHHOLDABLE };
export type { EditorTextField, Withholdable } from './fields.ts';

const Text = (max: number) => z.string().trim().min(1).max(max).refine((t) => !FORBIDDEN.test(t), { message: 'control_character' });

export const PublicationStatus = z.enum(PUBLICATION_STATUSES).openapi('PublicationStatus', { description: 'in_development, in_use or out_of_use (the standard’s “In ontwikkeling”, “In gebruik”, “Buiten gebruik”).' });

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ description: 'Year and month, YYYY-MM.', example: '2027-03' });
const HttpsUrl = z.string().max(500).url().refine((u) => /^https?:\/\//.test(u), { message: 'invalid_value' });

export const PublicationDetails = z
  .object({
    status: PublicationStatus,
    startDate: Month.openapi({ description: 'When the system was (or will be) put into use.' }),
    endDate: Month.optional().openapi({ description: 'When it went out of use (status out_of_use).' }),
    contact: z
      .string()
      .max(200)
      .refine((v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) || /^https:\/\/\S+$/.test(v), { message: 'invalid_value' })
      .openapi({ description: 'A generic mailbox or web page for questions about the entry (not a person’s address).', example: 'ia@ministere.etat.lu' }),
    themes: z.array(Text(60)).min(1).max(10).openapi({ description: 'Policy areas the system serves.', example: ['Sécurité sociale'] }),
    link: HttpsUrl.optional().openapi({ description: 'A public page about the system, if any.' }),
    texts: z.partialRecord(z.enum(EDITOR_TEXT_FIELDS), Text(2499)).default({}).openapi({ description: 'Text for a field the assessment leaves to complete (the preview marks them). A field the assessment fills cannot be overwritten here (422).' }),
    euDatabase: z
      .object({
        deployerAddress: Text(300).optional().openapi({ description: 'The deployer’s address (Annex VIII Section C point 1; its name is the organisation, its contact the public contact).' }),
        submitter: Text(300).optional().openapi({ description: 'Name, address and contact details of the person submitting on behalf of the deployer (point 2).' }),
        providerEntryUrl: HttpsUrl.optional().openapi({ description: 'The URL of the provider’s entry of the system in the EU database (point 3).' }),
        friaSummary: Text(2499).optional().openapi({ description: 'A summary of the findings of the fundamental rights impact assessment carried out (point 4). The preview suggests the draft’s findings as a starting text; what is published is what is sent here.' }),
        dpiaSummary: Text(2499).optional().openapi({ description: 'A summary of the data protection impact assessment carried out (point 5), where one is required.' }),
      })
      .strict()
      .optional()
      .openapi({ description: 'For a high-risk system: what the Annex VIII Section C block needs beyond the assessment.' }),
    withheld: z
      .array(z.object({ field: z.enum(WITHHOLDABLE), reason: Text(300) }).strict())
      .max(WITHHOLDABLE.length)
      .default([])
      .openapi({ description: 'Fields kept off the public entry, each with the reason shown in its place.' }),
  })
  .strict()
  .openapi('PublicationDetails');
export type PublicationDetails = z.infer<typeof PublicationDetails>;

/** One record of the Dutch Algoritmeregister publication standard 1.0.0 (language extended to fra, deu, eng). */
export const StandardRecord = z
  .object({
    name: z.string().max(99),
    description_short: z.string().max(399),
    organization: z.string().max(99),
    theme: z.array(z.string()),
    status: z.enum(['In ontwikkeling', 'In gebruik', 'Buiten gebruik']),
    start_date: z.string(),
    end_date: z.string().optional(),
    contact: z.string(),
    link: z.string().optional(),
    publication_category: z.enum(['Hoog-risico AI-systeem (Categorie A)', 'Impactvolle algoritmes (Categorie B)', 'Overige algoritmes (Categorie C)']),
    purpose_and_impact: z.string().max(2499),
    considerations: z.string().max(2499),
    human_intervention: z.string().max(2499),
    risk_management: z.string().max(2499),
    legal_basis: z.string().max(2499).optional(),
    impact_assessments: z.string(),
    impact_assessment_explanation: z.string().max(2499).optional(),
    data: z.string().max(2499),
    technical_operation: z.string().max(4999),
    supplier: z.string().max(199),
    source_id: z.string(),
    language: z.enum(['fra', 'deu', 'eng']),
    schema: z.literal('1.0.0'),
  })
  .openapi('AlgorithmRegisterRecord', { description: 'A record of the Algoritmeregister publication standard 1.0.0 (https://github.com/MinBZK/Algoritmeregister), `language` extended to fra, deu and eng; validated against the standard’s JSON Schema.' });
export type StandardRecord = z.infer<typeof StandardRecord>;
export type StandardField = keyof StandardRecord;

/** The block a public-authority deployer submits to the EU database (AI Act Art 49(3), Annex VIII Section C). */
export const EuDatabaseBlock = z
  .object({
    section: z.enum(['public', 'non_public']).openapi({ description: 'non_public: Annex III points 1, 6 and 7 in law enforcement, migration, asylum and border control go into the secure non-public section with points 1 to 3 only (Art 49(4)); such a block is never published in the public register.' }),
    deployerName: z.string().openapi({ description: 'Point 1: the deployer’s name.' }),
    deployerAddress: z.string().nullable().openapi({ description: 'Point 1: the deployer’s address; null while to complete or withheld.' }),
    deployerContact: z.string().openapi({ description: 'Point 1: the deployer’s contact details.' }),
    submitter: z.string().nullable().openapi({ description: 'Point 2: who submits on behalf of the deployer; null while to complete or withheld.' }),
    providerEntryUrl: z.string().nullable().openapi({ description: 'Point 3: the URL of the provider’s entry in the EU database; null while to complete.' }),
    friaSummary: z.string().nullable().openapi({ description: 'Point 4: a summary of the findings of the fundamental rights impact assessment carried out (Art 27), as the register editor gives it; null while to complete, withheld, or in the non-public section.' }),
    dpiaSummary: z.string().nullable().openapi({ description: 'Point 5: a summary of the data protection impact assessment (Art 26(8)); null where none is required (then not in toComplete) or while to complete.' }),
    toComplete: z.array(z.string()).openapi({ description: 'The points left to complete.' }),
  })
  .openapi('EuDatabaseBlock');
export type EuDatabaseBlock = z.infer<typeof EuDatabaseBlock>;

export const FieldFlag = z.enum(FLAG_KINDS).openapi('FieldFlag', { description: 'Why a field needs a look before it goes public: free_text (written by a person), email, phone, identifier (a long number, IBAN or national number), internal_address (an intranet address or file path), personal_mailbox (looks like a person’s address), personal_data (names a person).' });

export const PreviewField = z.object({
  field: z.string().openapi({ description: 'The standard’s field name, or eu_database_submitter.' }),
  label: z.string(),
  value: z.string().nullable().openapi({ description: 'What becomes public (in the preview’s language); null when not published.' }),
  origin: z.enum(['assessment', 'editor', 'derived', 'withheld', 'toComplete']).openapi({ description: 'assessment: from the approved answers; editor: from the publication details; derived: computed (category, language); withheld: replaced by the reason; toComplete: nothing yet.' }),
  flags: z.array(FieldFlag),
  withholdable: z.boolean(),
  required: z.boolean(),
  shortened: z.boolean().openapi({ description: 'Cut to the standard’s maximum length.' }),
});

export const PublicationPreview = z
  .object({
    lang: z.enum(LANGS),
    publishable: z.boolean(),
    blockers: z.array(z.object({ name: z.string(), code: z.string(), reason: z.string() })).openapi({ description: 'Why it cannot be published yet (as invalid-params would name them).' }),
    fields: z.array(PreviewField),
    records: z.record(z.string(), StandardRecord).openapi({ description: 'The records that would be published, one per language (fr, de, en).' }),
    euDatabase: EuDatabaseBlock.nullable().openapi({ description: 'For a high-risk system deployed by a public authority.' }),
    suggestions: z
      .object({ friaSummary: z.string().nullable(), dpiaSummary: z.string().nullable() })
      .openapi({ description: 'The findings of the FRIA and DPIA drafts, offered as a starting text for points 4 and 5: the summaries of the assessments carried out are the editor’s to give (euDatabase.friaSummary, dpiaSummary).' }),
  })
  .openapi('PublicationPreview');
export type PublicationPreview = z.infer<typeof PublicationPreview>;

/** One published version of an entry, as the public reads it. */
export const PublishedVersion = z
  .object({
    entryId: z.string(),
    version: z.number().int().min(1),
    publishedAt: z.iso.datetime(),
    organisationId: z.string(),
    riskClass: z.string(),
    approvedAt: z.iso.datetime(),
    flow: z.object({ id: z.string(), version: z.string() }),
    records: z.record(z.string(), StandardRecord).openapi({ description: 'fr, de and en.' }),
    withheld: z.array(z.object({ field: z.string(), reason: z.string() })),
    euDatabase: EuDatabaseBlock.nullable(),
  })
  .openapi('PublishedEntryVersion');
export type PublishedVersion = z.infer<typeof PublishedVersion>;

/** An entry in the register's list: its latest version, with when it was first published and its status. */
export const EntrySummary = PublishedVersion.pick({ entryId: true, version: true, publishedAt: true, organisationId: true, riskClass: true, records: true })
  .extend({ firstPublishedAt: z.iso.datetime(), status: PublicationStatus })
  .openapi('RegisterEntry');
export type EntrySummary = z.infer<typeof EntrySummary>;

/** What the assessment's members see of its publication. */
export const PublicationState = z
  .object({
    entryId: z.string(),
    version: z.number().int(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.object({ id: z.string(), name: z.string() }),
    outOfSync: z.boolean().openapi({ description: 'The assessment changed after this version was published: republish (after approval) to bring the register up to date.' }),
    details: PublicationDetails,
  })
  .openapi('Publication');
export type PublicationState = z.infer<typeof PublicationState>;
