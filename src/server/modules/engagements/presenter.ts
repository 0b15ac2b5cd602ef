import type {
  Assessment,
  ClosureReason,
  CourtOpinion,
  DeadlineItem,
  EngagementRequest,
  EngagementView,
  SupportingFamilyOutcome,
  WorkPlan,
} from '../../../contract/engagements';
import {
  type DeadlineRules,
  type EngagementTimeline,
  engagementDeadlines,
  standing,
} from '../../../domain/deadlines';
import type { EngagementStatus } from '../../../domain/engagement';
import { openActionTerms, type PlanGoal } from '../../../domain/work-plan';
import { presentEngagement } from '../intake/presenter';
import type * as q from './queries';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

type Member = Awaited<ReturnType<typeof q.familyMembersOf>>[number];
const fullName = (member: Member) => `${member.firstName} ${member.lastName}`;

/** Under 18 on the given day. */
export const isMinor = (birthDate: string | null, today: string) =>
  birthDate !== null && `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}` > today;

export function presentPlan(row: q.PlanVersionRow, members: Member[]): WorkPlan {
  const byId = new Map(members.map((member) => [member.personId, member]));
  const { coauthors } = row;
  return {
    number: row.number,
    goals: row.goals,
    coauthors: {
      members: coauthors.memberIds.flatMap((id) => {
        const member = byId.get(id);
        return member ? [{ id, name: fullName(member) }] : [];
      }),
      socialWorker: row.socialWorker,
      fosterCareCoordinator: coauthors.fosterCareCoordinator,
      childAssistancePlan: coauthors.childAssistancePlan,
    },
    acknowledgement:
      row.acknowledgedOn && row.acknowledgedBy ? { on: row.acknowledgedOn, by: row.acknowledgedBy } : null,
    changeNote: row.changeNote,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentAssessment(row: q.AssessmentRow): Assessment {
  return {
    id: row.id,
    assessedOn: row.assessedOn,
    planNumber: row.planNumber,
    goalProgress: row.goalProgress.map((progress) => ({
      ...progress,
      goal: row.goalTitles[progress.goalId] ?? '',
    })),
    familySituation: row.familySituation,
    childrenViews: row.childrenViews,
    recommendation: row.recommendation as Assessment['recommendation'],
    workingMeeting: row.workingMeeting,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    acknowledgedBy: row.acknowledgedBy,
    acknowledgedAt: iso(row.acknowledgedAt),
    managerNote: row.managerNote,
    version: row.version,
  };
}

export function presentRequest(row: q.EngagementRequestRow): EngagementRequest {
  return {
    id: row.id,
    engagementId: row.engagementId,
    kind: row.kind as EngagementRequest['kind'],
    justification: row.justification,
    months: row.months,
    closureReason: row.closureReason as ClosureReason | null,
    status: row.status as EngagementRequest['status'],
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: iso(row.decidedAt),
    decisionNote: row.decisionNote,
    version: row.version,
  };
}

type CourtOpinionRow = Awaited<ReturnType<typeof q.courtOpinionsOf>>[number];
export const presentCourtOpinion = ({ engagementId: _, ...row }: CourtOpinionRow): CourtOpinion => row;

export interface ViewParts {
  record: q.EngagementRecord;
  members: Member[];
  diagnosis: Awaited<ReturnType<typeof q.diagnosisOf>>;
  plan: q.PlanVersionRow | undefined;
  versions: Awaited<ReturnType<typeof q.planVersions>>;
  openActions: number;
  assessments: q.AssessmentRow[];
  requests: q.EngagementRequestRow[];
  opinions: CourtOpinionRow[];
  rules: DeadlineRules;
  today: string;
}

interface OpinionTerm {
  id: string;
  court: string;
  caseSignature: string;
  dueOn: string;
  sentOn: string | null;
}

/**
 * The engagement's terms as they stand today, with the court opinions still to be sent (each
 * naming its opinion).
 */
export function deadlinesOf(
  record: Pick<q.EngagementRecord, keyof EngagementTimeline>,
  goals: readonly PlanGoal[],
  opinions: OpinionTerm[],
  rules: DeadlineRules,
  today: string,
): Omit<DeadlineItem, 'engagementId' | 'family' | 'assistant'>[] {
  if (record.status === 'closed') return [];
  const timeline = { ...record, status: record.status as EngagementStatus };
  const none = { courtOpinion: null, action: null };
  return [
    ...engagementDeadlines(timeline, rules).map((deadline) => ({ ...deadline, ...none })),
    ...opinions
      .filter((opinion) => !opinion.sentOn)
      .map(({ dueOn, sentOn: _, ...courtOpinion }) => ({
        kind: 'court_opinion' as const,
        dueOn,
        ...none,
        courtOpinion,
      })),
    ...openActionTerms(goals).map(({ dueOn, ...action }) => ({
      kind: 'plan_action' as const,
      dueOn,
      ...none,
      action,
    })),
  ]
    .map((deadline) => ({ ...deadline, ...standing(deadline.dueOn, today) }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

export function presentView(parts: ViewParts): EngagementView {
  const { record, members, diagnosis, today } = parts;
  const names = new Map(members.map((member) => [member.personId, fullName(member)]));
  return {
    engagement: {
      ...presentEngagement(record),
      firstContactJoint: record.firstContactJoint,
      cooperationRules: record.cooperationRules,
      monitoringStartedOn: record.monitoringStartedOn,
      monitoringResult: record.monitoringResult as EngagementView['engagement']['monitoringResult'],
      monitoringNote: record.monitoringNote,
      supportingFamily:
        record.supportingFamilyAnalysedOn && record.supportingFamilyOutcome
          ? {
              analysedOn: record.supportingFamilyAnalysedOn,
              outcome: record.supportingFamilyOutcome as SupportingFamilyOutcome,
              note: record.supportingFamilyNote,
            }
          : null,
      closureReason: record.closureReason as ClosureReason | null,
    },
    family: record.family,
    members: members.map((member) => ({
      personId: member.personId,
      name: fullName(member),
      birthDate: member.birthDate,
      relation: member.relation,
      inHousehold: member.inHousehold,
      minor: isMinor(member.birthDate, today),
    })),
    diagnosis: diagnosis
      ? {
          ...diagnosis,
          childViews: diagnosis.childViews.map((view) => ({ ...view, name: names.get(view.personId) ?? '' })),
          updatedAt: diagnosis.updatedAt.toISOString(),
        }
      : null,
    plan: parts.plan ? presentPlan(parts.plan, members) : null,
    planVersions: parts.versions.map((version) => ({
      ...version,
      createdAt: version.createdAt.toISOString(),
    })),
    openActions: parts.openActions,
    assessments: parts.assessments.map(presentAssessment),
    requests: parts.requests.map(presentRequest),
    courtOpinions: parts.opinions.map(presentCourtOpinion),
    extensionMonths: record.approvedExtensionMonths,
    deadlines: deadlinesOf(record, parts.plan?.goals ?? [], parts.opinions, parts.rules, today).map(
      ({ courtOpinion: _, action: __, ...deadline }) => deadline,
    ),
    today,
  };
}
