import type {
  AssistanceRequest,
  Engagement,
  EngagementStatus,
  LegalBasis,
  RequestStatus,
} from '../../../contract/intake';
import type { engagementsOf, RequestRow } from './queries';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function legalBasisOf(row: RequestRow): LegalBasis {
  switch (row.legalBasis) {
    case 'consent':
      return { kind: 'consent', consentDate: row.consentDate ?? '', signedBy: row.consentSignedBy ?? '' };
    case 'court_order':
      return {
        kind: 'court_order',
        court: row.court ?? '',
        caseSignature: row.courtCaseSignature ?? '',
        rulingDate: row.courtRulingDate ?? '',
      };
    default:
      return { kind: 'minor_parent' };
  }
}

export function presentRequest(row: RequestRow): AssistanceRequest {
  return {
    id: row.id,
    familyId: row.familyId,
    interviewId: row.interviewId,
    justification: row.justification,
    legalBasis: legalBasisOf(row),
    status: row.status as RequestStatus,
    filedBy: row.filedBy,
    filedAt: row.filedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: iso(row.decidedAt),
    rejectionReason: row.rejectionReason,
    engagementId: row.engagementId,
    version: row.version,
  };
}

type EngagementRow = Awaited<ReturnType<typeof engagementsOf>>[number];

export function presentEngagement(row: EngagementRow): Engagement {
  return {
    ...row,
    status: row.status as EngagementStatus,
    assignedAt: row.assignedAt.toISOString(),
    firstVisitAt: iso(row.firstVisitAt),
    assignments: row.assignments.map((period) => ({
      ...period,
      from: new Date(period.from).toISOString(),
      to: iso(period.to),
    })),
  };
}
