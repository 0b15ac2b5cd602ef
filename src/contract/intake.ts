import { z } from 'zod';
import { engagementStatuses } from '../domain/engagement';
import { DateOnly, Id, ListQuery, page, Text, UserRef, Version } from './common';

const Moment = z.iso.datetime({ offset: true });

export const EnvironmentalInterview = z.object({
  id: Id,
  interviewDate: z.string(),
  diagnosis: z.string(),
  recordedBy: z.object({ id: Id, name: z.string() }),
  createdAt: z.string(),
});
export type EnvironmentalInterview = z.infer<typeof EnvironmentalInterview>;

export const CreateInterviewBody = z.object({
  interviewDate: DateOnly,
  diagnosis: Text(20000).min(1),
});
export type CreateInterviewBody = z.infer<typeof CreateInterviewBody>;

/** Why the office may work with the family: its consent, a court's order, or a minor parent (art. 11 ust. 1a). */
export const legalBasisKinds = ['consent', 'court_order', 'minor_parent'] as const;
export const LegalBasis = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consent'), consentDate: DateOnly, signedBy: Text(300).min(1) }),
  z.object({
    kind: z.literal('court_order'),
    court: Text(300).min(1),
    caseSignature: Text(100).min(1),
    rulingDate: DateOnly,
  }),
  z.object({ kind: z.literal('minor_parent') }),
]);
export type LegalBasis = z.infer<typeof LegalBasis>;

export const requestStatuses = ['pending', 'approved', 'rejected'] as const;
export const RequestStatus = z.enum(requestStatuses);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const AssistanceRequest = z.object({
  id: Id,
  familyId: Id,
  interviewId: Id.nullable(),
  justification: z.string(),
  legalBasis: LegalBasis,
  status: RequestStatus,
  filedBy: UserRef,
  filedAt: z.string(),
  decidedBy: UserRef.nullable(),
  decidedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  engagementId: Id.nullable(),
  version: z.number().int(),
});
export type AssistanceRequest = z.infer<typeof AssistanceRequest>;

export const CreateRequestBody = z.object({
  interviewId: Id.nullable().optional(),
  justification: Text(20000).min(1),
  legalBasis: LegalBasis,
});
export type CreateRequestBody = z.infer<typeof CreateRequestBody>;

/** A request in the manager's queue, with what the decision needs to know about the family. */
export const QueuedRequest = AssistanceRequest.extend({
  /** The engagement's assistant now, for an approved request. */
  assistant: UserRef.nullable(),
  family: z.object({
    id: Id,
    caseNumber: z.string(),
    name: z.string(),
    city: z.string(),
    memberCount: z.number().int(),
    hasContactBan: z.boolean(),
    zaZyciem: z.boolean(),
  }),
});
export type QueuedRequest = z.infer<typeof QueuedRequest>;

export const RequestList = page(QueuedRequest);
export type RequestList = z.infer<typeof RequestList>;

export const RequestListQuery = ListQuery.omit({ q: true }).extend({
  status: RequestStatus.default('pending'),
});
export type RequestListQuery = z.infer<typeof RequestListQuery>;

export const ApproveRequestBody = z.object({
  version: Version,
  assistantId: Id,
  /** The first visit, made together with the social worker, when it is already agreed. */
  firstVisitAt: Moment.nullable().optional(),
});
export type ApproveRequestBody = z.infer<typeof ApproveRequestBody>;

export const RejectRequestBody = z.object({
  version: Version,
  reason: Text(5000).min(1),
});
export type RejectRequestBody = z.infer<typeof RejectRequestBody>;

export { engagementStatuses };
export const EngagementStatus = z.enum(engagementStatuses);
export type EngagementStatus = z.infer<typeof EngagementStatus>;

export const AssignmentPeriod = z.object({
  assistant: UserRef,
  from: z.string(),
  to: z.string().nullable(),
  reason: z.string().nullable(),
});

/** One period of an assistant's work with a family, from the assignment to the closure. */
export const Engagement = z.object({
  id: Id,
  familyId: Id,
  requestId: Id.nullable(),
  status: EngagementStatus,
  assistant: UserRef,
  assignedBy: UserRef,
  assignedAt: z.string(),
  firstVisitAt: z.string().nullable(),
  firstContactDate: z.string().nullable(),
  closedOn: z.string().nullable(),
  assignments: z.array(AssignmentPeriod),
  version: z.number().int(),
});
export type Engagement = z.infer<typeof Engagement>;

export const ReassignBody = z.object({
  version: Version,
  assistantId: Id,
  reason: Text(2000).min(1),
});
export type ReassignBody = z.infer<typeof ReassignBody>;

export const FirstVisitBody = z.object({
  version: Version,
  firstVisitAt: Moment.nullable(),
});
export type FirstVisitBody = z.infer<typeof FirstVisitBody>;

/** An assistant's load as the manager sees it when assigning. */
export const Caseload = z.object({
  assistant: UserRef,
  active: z.number().int(),
  limit: z.number().int(),
  warningAt: z.number().int().nullable(),
  state: z.enum(['ok', 'warning', 'full']),
});
export type Caseload = z.infer<typeof Caseload>;

export const CaseloadList = z.object({ items: z.array(Caseload) });
export type CaseloadList = z.infer<typeof CaseloadList>;

export const RequestParams = z.object({ id: Id });
export const EngagementParams = z.object({ id: Id });
