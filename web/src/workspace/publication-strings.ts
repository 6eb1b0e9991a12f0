// The words of the register section of an assessment's page (field, status and flag names come from
// worker/register/words.ts, shared with the public pages).

export interface PublicationStrings {
  title: string;
  notPublished: string;
  published: (version: number, date: string, by: string) => string;
  outOfSync: (version: number) => string;
  publicPage: string;
  onlyEditors: string;
  intro: string;
  status: string;
  startDate: string;
  endDate: string;
  contact: string;
  contactHint: string;
  themes: string;
  themesHint: string;
  link: string;
  texts: string;
  textsHint: string;
  fromAssessment: string;
  euTitle: string;
  submitter: string;
  providerEntryUrl: string;
  deployerAddress: string;
  friaSummary: string;
  dpiaSummary: string;
  summaryHint: string;
  startFromDraft: string;
  euNonPublic: string;
  withhold: string;
  withholdReason: string;
  preview: string;
  publish: string;
  republish: string;
  retract: string;
  retractConfirm: string;
  previewTitle: string;
  previewStale: string;
  blockers: string;
  origin: Record<'assessment' | 'editor' | 'derived' | 'withheld' | 'toComplete', string>;
  shortened: string;
  colField: string;
  colValue: string;
  colCheck: string;
  nothingToCheck: string;
  optional: string;
}
