// The workspace's calls: same origin, with the session cookie the browser sends by itself.
import { createApi } from '../lib/api.ts';
import type { AssessmentState } from '../lib/types.ts';
import type { Comment, AuditEntry, Me, Member, Invitation, Portfolio, Role } from '../../../worker/workspace/schemas.ts';
import type { PublicationDetails, PublicationPreview, PublicationState } from '../../../worker/register/schemas.ts';

export type { Comment, AuditEntry, Me, Member, Invitation, Portfolio, Role, PublicationDetails, PublicationPreview, PublicationState };
export interface RecheckPreview {
  from: string;
  to: string;
  toConfirm: string[];
  askedAgain: string[];
  notCarried: { question: string; reason: string }[];
}

const post = (body?: unknown) => ({ method: 'POST', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

export function workspaceApi() {
  const { call } = createApi('');
  const view = (lang: string) => `?lang=${lang}&expand=path`;
  return {
    me: () => call<Me>('/me'),
    portfolio: (query: string) => call<Portfolio>(`/workspace/assessments${query}`),
    create: (lang: string) => call<AssessmentState & { id: string }>('/workspace/assessments', post({ lang })),
    claim: (id: string, editToken: string, lang: string) => call<AssessmentState>(`/workspace/assessments/${id}/claim${view(lang)}`, post({ editToken })),
    members: () => call<{ members: Member[]; invitations: Invitation[] }>('/workspace/members'),
    invite: (email: string, role: Role) => call<{ members: Member[]; invitations: Invitation[] }>('/workspace/invitations', post({ email, role })),
    withdraw: (email: string) => call<null>(`/workspace/invitations/${encodeURIComponent(email)}`, { method: 'DELETE' }),
    setRole: (userId: string, role: Role) => call<Member>(`/workspace/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body: JSON.stringify({ role }) }),
    remove: (userId: string) => call<null>(`/workspace/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
    read: (id: string, lang: string) => call<AssessmentState>(`/assessments/${id}${view(lang)}`),
    submit: (id: string, lang: string) => call<AssessmentState>(`/assessments/${id}/review/submit${view(lang)}`, post()),
    requestChanges: (id: string, note: string, lang: string) => call<AssessmentState>(`/assessments/${id}/review/request-changes${view(lang)}`, post(note ? { note } : {})),
    approve: (id: string, revision: number, lang: string) => call<AssessmentState>(`/assessments/${id}/review/approve${view(lang)}`, post({ revision })),
    comments: (id: string) => call<{ comments: Comment[] }>(`/assessments/${id}/comments`),
    comment: (id: string, body: string, question: string | null, parent: string | null) => call<{ comments: Comment[] }>(`/assessments/${id}/comments`, post({ body, question, parent })),
    resolve: (id: string, commentId: string) => call<{ comments: Comment[] }>(`/assessments/${id}/comments/${commentId}/resolve`, post()),
    audit: (id: string) => call<{ entries: AuditEntry[] }>(`/assessments/${id}/audit`),
    recheck: (id: string) => call<RecheckPreview>(`/assessments/${id}/recheck`),
    publication: (id: string) => call<{ publication: PublicationState | null }>(`/assessments/${id}/publication`),
    previewPublication: (id: string, details: PublicationDetails, lang: string) => call<PublicationPreview>(`/assessments/${id}/publication/preview?lang=${lang}`, post(details)),
    publish: (id: string, details: PublicationDetails, lang: string) => call<{ publication: PublicationState }>(`/assessments/${id}/publication?lang=${lang}`, post(details)),
    retract: (id: string) => call<null>(`/assessments/${id}/publication`, { method: 'DELETE' }),
    migrate: (id: string, lang: string) => call<{ assessment: AssessmentState }>(`/assessments/${id}/migrate${view(lang)}`, post({})),
  };
}
export type WorkspaceApi = ReturnType<typeof workspaceApi>;

