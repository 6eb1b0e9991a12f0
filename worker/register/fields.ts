// The register's plain lists (no zod): the schemas, the pages and the web app share them.

/** The standard's status values, as this service names them (the standard's Dutch words are in standard.ts). */
export const PUBLICATION_STATUSES = ['in_development', 'in_use', 'out_of_use'] as const;
/** Fields of the standard the editor writes when the assessment leaves them to complete. */
export const EDITOR_TEXT_FIELDS = ['purpose_and_impact', 'considerations', 'human_intervention', 'risk_management', 'legal_basis', 'data', 'technical_operation', 'supplier'] as const;
export type EditorTextField = (typeof EDITOR_TEXT_FIELDS)[number];

/** Fields that can be withheld from the public entry (with a reason); the others identify the entry. */
export const WITHHOLDABLE = ['description_short', 'purpose_and_impact', 'considerations', 'human_intervention', 'risk_management', 'legal_basis', 'impact_assessments', 'impact_assessment_explanation', 'data', 'technical_operation', 'supplier', 'link', 'eu_database_deployer_address', 'eu_database_submitter', 'eu_database_fria_summary', 'eu_database_dpia_summary'] as const;
export type Withholdable = (typeof WITHHOLDABLE)[number];

export const FLAG_KINDS = ['free_text', 'email', 'phone', 'identifier', 'internal_address', 'personal_mailbox', 'personal_data'] as const;
