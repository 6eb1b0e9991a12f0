// The workspace's words in each language (the questionnaire's are in ../i18n).
import type { Lang } from '../../../decision-trees/langs.ts';
import type { PublicationStrings } from './publication-strings.ts';

export interface WorkspaceStrings {
  /** The register section of an assessment's page. */
  publication: PublicationStrings;
  title: string;
  nav: string;
  portfolio: string;
  reviewQueue: string;
  members: string;
  questionnaire: string;
  signIn: string;
  signInIntro: string;
  signInLocal: string;
  signInOff: string;
  signOut: string;
  signedInAs: (name: string, role: string, org: string) => string;
  loading: string;
  failed: string;
  // portfolio
  recheckBanner: (n: number) => string;
  search: string;
  status: string;
  riskClass: string;
  any: string;
  incomplete: string;
  recheckOnly: string;
  apply: string;
  exportCsv: string;
  caption: (org: string, n: number) => string;
  colTitle: string;
  colOwner: string;
  colClass: string;
  colStatus: string;
  colVersion: string;
  colUpdated: string;
  colRecheck: string;
  recheckNeeded: string;
  registerPublished: (v: number) => string;
  registerOutOfSync: (v: number) => string;
  publicRegister: string;
  pages: string;
  previousPage: string;
  nextPage: string;
  pageOf: (from: number, to: number, total: number) => string;
  untitled: string;
  none: string;
  newAssessment: string;
  claimTitle: string;
  claimLabel: string;
  claimHelp: string;
  claim: string;
  claimInvalid: string;
  queueIntro: string;
  queueEmpty: string;
  // members
  membersCaption: (n: number) => string;
  colName: string;
  colEmail: string;
  colRole: string;
  colSource: string;
  sources: Record<'claim' | 'invitation' | 'admin' | 'local', string>;
  changeRole: (name: string) => string;
  remove: (name: string) => string;
  removeButton: string;
  removeConfirm: (name: string) => string;
  invitations: string;
  invitedBy: (name: string) => string;
  withdraw: (email: string) => string;
  invite: string;
  email: string;
  role: string;
  save: string;
  // one assessment
  back: string;
  owner: string;
  version: string;
  updated: string;
  review: string;
  approvedBy: (name: string, role: string, date: string) => string;
  notApproved: string;
  previousApproval: (round: number, name: string, date: string) => string;
  answersHash: string;
  round: (n: number) => string;
  submit: string;
  submitIncomplete: string;
  requestChanges: string;
  note: string;
  approve: string;
  approveHelp: string;
  changeAnswers: string;
  changeAfterApproval: string;
  recheckTitle: (version: string) => string;
  recheckPreview: string;
  recheckNow: string;
  toConfirm: string;
  askedAgain: string;
  notCarried: string;
  answers: string;
  comments: (n: number) => string;
  commentOn: string;
  commentGeneral: string;
  commentLabel: string;
  send: string;
  reply: string;
  resolve: string;
  resolvedBy: (name: string, date: string) => string;
  audit: string;
  auditActions: Record<string, string>;
  downloads: string;
  changesSaved: string;
}

/** One language's words, fetched when the workspace first shows it. */
const LOADERS: Record<Lang, () => Promise<{ strings: WorkspaceStrings }>> = {
  fr: () => import('./strings-fr.ts'),
  de: () => import('./strings-de.ts'),
  en: () => import('./strings-en.ts'),
};
export const loadWorkspaceStrings = async (lang: Lang): Promise<WorkspaceStrings> => (await LOADERS[lang]()).strings;
