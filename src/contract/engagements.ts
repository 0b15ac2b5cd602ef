import { z } from 'zod';
import { deadlineKinds } from '../domain/deadlines';
import { diagnosisAreas } from '../domain/diagnosis';
import { closureReasons } from '../domain/engagement';
import { actionStatuses } from '../domain/work-plan';
import { DateOnly, FamilyRef, Id, OptionalText, Text, UserRef, Version } from './common';
import { Engagement } from './intake';

/*
 * The assistant's work with a family: first contact, diagnosis, the versioned work plan,
 * periodic assessments, requests to the manager (extension, closure), monitoring, the
 * supporting-family analysis, court opinions — and the deadlines they run against.
 */

export const DiagnosisArea = z.enum(diagnosisAreas);
export type DiagnosisArea = z.infer<typeof DiagnosisArea>;
export const ClosureReason = z.enum(closureReasons);
export type ClosureReason = z.infer<typeof ClosureReason>;
export const ActionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const PlanVersionParams = z.object({ id: Id, number: z.coerce.number().int().positive() });

// ── first contact ────────────────────────────────────────────────────────────────────────────

export const FirstContactBody = z.object({
  version: Version,
  date: DateOnly,
  /** The first visit was made together with the social worker. */
  jointWithSocialWorker: z.boolean(),
  cooperationRules: OptionalText(20000),
});
export type FirstContactBody = z.infer<typeof FirstContactBody>;

export const supportingFamilyOutcomes = [
  'not_needed',
  'no_candidate',
  'candidate_proposed',
  'established',
] as const;
export const SupportingFamilyOutcome = z.enum(supportingFamilyOutcomes);
export type SupportingFamilyOutcome = z.infer<typeof SupportingFamilyOutcome>;

/** Changes to the engagement's own record; only the fields sent are changed. */
export const UpdateEngagementBody = z.object({
  version: Version,
  cooperationRules: OptionalText(20000),
  supportingFamily: z
    .object({ analysedOn: DateOnly, outcome: SupportingFamilyOutcome, note: OptionalText(5000) })
    .nullable()
    .optional(),
});
export type UpdateEngagementBody = z.infer<typeof UpdateEngagementBody>;

// ── diagnosis ────────────────────────────────────────────────────────────────────────────────

export const Diagnosis = z.object({
  areas: z.partialRecord(DiagnosisArea, z.string()),
  strengths: z.string().nullable(),
  childViews: z.array(z.object({ personId: Id, name: z.string(), view: z.string() })),
  version: z.number().int(),
  updatedBy: UserRef,
  updatedAt: z.string(),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

export const DiagnosisBody = z.object({
  /** The version edited; null when writing the first diagnosis. */
  version: Version.nullable(),
  areas: z.partialRecord(DiagnosisArea, Text(20000)),
  strengths: OptionalText(20000),
  /** The child's own view, for each child old enough to give one. */
  childViews: z.array(z.object({ personId: Id, view: Text(5000).min(1) })).max(30),
});
export type DiagnosisBody = z.infer<typeof DiagnosisBody>;

// ── work plan ────────────────────────────────────────────────────────────────────────────────

export const Responsible = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), personId: Id }),
  z.object({ kind: z.literal('assistant') }),
  z.object({ kind: z.literal('social_worker') }),
  z.object({ kind: z.literal('institution'), name: Text(300).min(1) }),
]);
export type Responsible = z.infer<typeof Responsible>;

export const PlanAction = z.object({
  id: Id,
  description: z.string(),
  responsible: Responsible,
  deadline: z.string(),
  expectedEffect: z.string(),
  status: ActionStatus,
  result: z.string().nullable(),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const PlanGoal = z.object({
  id: Id,
  title: z.string(),
  area: DiagnosisArea.nullable(),
  actions: z.array(PlanAction),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

/** Goals and actions keep their ids between versions; new ones come without an id. */
export const PlanActionInput = z.object({
  id: Id.optional(),
  description: Text(2000).min(1),
  responsible: Responsible,
  deadline: DateOnly,
  expectedEffect: Text(2000).min(1),
  status: ActionStatus.default('planned'),
  result: OptionalText(2000),
});
export type PlanActionInput = z.input<typeof PlanActionInput>;

export const PlanGoalInput = z.object({
  id: Id.optional(),
  title: Text(500).min(1),
  area: DiagnosisArea.nullable().optional(),
  actions: z.array(PlanActionInput).min(1).max(50),
});
export type PlanGoalInput = z.input<typeof PlanGoalInput>;

export const Acknowledgement = z.object({ on: DateOnly, by: Text(300).min(1) });
export type Acknowledgement = z.infer<typeof Acknowledgement>;

export const WorkPlanBody = z.object({
  /** The number of the version this edit starts from; null for the first plan. */
  version: Version.nullable(),
  goals: z.array(PlanGoalInput).min(1).max(30),
  coauthors: z.object({
    /** Family members who wrote the plan with the assistant. */
    memberIds: z.array(Id).max(30),
    socialWorkerId: Id.nullable().optional(),
    /** When a child is in foster care: the coordinator, and the child's assistance plan. */
    fosterCareCoordinator: OptionalText(300),
    childAssistancePlan: OptionalText(300),
  }),
  acknowledgement: Acknowledgement.nullable().optional(),
  changeNote: OptionalText(2000),
});
export type WorkPlanBody = z.infer<typeof WorkPlanBody>;
export type WorkPlanInput = z.input<typeof WorkPlanBody>;

export const AcknowledgePlanBody = Acknowledgement;

export const WorkPlan = z.object({
  number: z.number().int(),
  goals: z.array(PlanGoal),
  coauthors: z.object({
    members: z.array(UserRef),
    socialWorker: UserRef.nullable(),
    fosterCareCoordinator: z.string().nullable(),
    childAssistancePlan: z.string().nullable(),
  }),
  acknowledgement: Acknowledgement.nullable(),
  changeNote: z.string().nullable(),
  createdBy: UserRef,
  createdAt: z.string(),
});
export type WorkPlan = z.infer<typeof WorkPlan>;

export const WorkPlanVersionSummary = z.object({
  number: z.number().int(),
  changeNote: z.string().nullable(),
  createdBy: UserRef,
  createdAt: z.string(),
  acknowledged: z.boolean(),
});
export type WorkPlanVersionSummary = z.infer<typeof WorkPlanVersionSummary>;

// ── periodic assessment ──────────────────────────────────────────────────────────────────────

export const recommendations = ['continue', 'extend', 'monitoring', 'close'] as const;
export const Recommendation = z.enum(recommendations);
export type Recommendation = z.infer<typeof Recommendation>;
export const goalAchievements = ['achieved', 'partly', 'not_achieved'] as const;
export const GoalAchievement = z.enum(goalAchievements);
export type GoalAchievement = z.infer<typeof GoalAchievement>;

export const WorkingMeeting = z.object({
  date: DateOnly,
  participants: Text(2000).min(1),
  conclusions: Text(10000).min(1),
});

export const AssessmentBody = z.object({
  assessedOn: DateOnly,
  goalProgress: z
    .array(z.object({ goalId: Id, achievement: GoalAchievement, comment: OptionalText(5000) }))
    .max(30),
  familySituation: Text(20000).min(1),
  childrenViews: OptionalText(10000),
  recommendation: Recommendation,
  /** The working meeting with the institutions that preceded the assessment, if any. */
  workingMeeting: WorkingMeeting.nullable().optional(),
});
export type AssessmentBody = z.infer<typeof AssessmentBody>;

export const Assessment = z.object({
  id: Id,
  assessedOn: z.string(),
  planNumber: z.number().int().nullable(),
  goalProgress: z.array(
    z.object({ goalId: Id, goal: z.string(), achievement: GoalAchievement, comment: z.string().nullable() }),
  ),
  familySituation: z.string(),
  childrenViews: z.string().nullable(),
  recommendation: Recommendation,
  workingMeeting: WorkingMeeting.nullable(),
  submittedBy: UserRef,
  submittedAt: z.string(),
  acknowledgedBy: UserRef.nullable(),
  acknowledgedAt: z.string().nullable(),
  managerNote: z.string().nullable(),
  version: z.number().int(),
});
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentParams = z.object({ id: Id });
export const AcknowledgeAssessmentBody = z.object({ version: Version, note: OptionalText(5000) });
export type AcknowledgeAssessmentBody = z.infer<typeof AcknowledgeAssessmentBody>;

// ── requests to the manager: extension, closure ──────────────────────────────────────────────

export const engagementRequestKinds = ['extension', 'closure'] as const;
export const EngagementRequestKind = z.enum(engagementRequestKinds);
export const EngagementRequestStatus = z.enum(['pending', 'approved', 'rejected']);

export const ExtensionRequestBody = z.object({ justification: Text(10000).min(1) });
export type ExtensionRequestBody = z.infer<typeof ExtensionRequestBody>;

export const ClosureRequestBody = z.object({
  reason: ClosureReason,
  justification: Text(10000).min(1),
});
export type ClosureRequestBody = z.infer<typeof ClosureRequestBody>;

export const EngagementRequest = z.object({
  id: Id,
  engagementId: Id,
  kind: EngagementRequestKind,
  justification: z.string(),
  months: z.number().int().nullable(),
  closureReason: ClosureReason.nullable(),
  status: EngagementRequestStatus,
  requestedBy: UserRef,
  requestedAt: z.string(),
  decidedBy: UserRef.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  version: z.number().int(),
});
export type EngagementRequest = z.infer<typeof EngagementRequest>;

export const EngagementRequestParams = z.object({ id: Id });
export const ApproveEngagementRequestBody = z.object({ version: Version, note: OptionalText(5000) });
export type ApproveEngagementRequestBody = z.infer<typeof ApproveEngagementRequestBody>;
export const RejectEngagementRequestBody = z.object({ version: Version, note: Text(5000).min(1) });
export type RejectEngagementRequestBody = z.infer<typeof RejectEngagementRequestBody>;

/** What awaits the manager: extension and closure requests, assessments to acknowledge. */
export const DecisionQueue = z.object({
  requests: z.array(EngagementRequest.extend({ family: FamilyRef, assistant: UserRef })),
  assessments: z.array(Assessment.extend({ engagementId: Id, family: FamilyRef, assistant: UserRef })),
});
export type DecisionQueue = z.infer<typeof DecisionQueue>;

// ── monitoring ───────────────────────────────────────────────────────────────────────────────

export const StartMonitoringBody = z.object({ version: Version, startedOn: DateOnly });
export type StartMonitoringBody = z.infer<typeof StartMonitoringBody>;

export const monitoringResults = ['confirmed', 'not_confirmed'] as const;
export const MonitoringResultBody = z.object({
  version: Version,
  /** Whether monitoring confirmed the family's skills. */
  result: z.enum(monitoringResults),
  note: OptionalText(10000),
});
export type MonitoringResultBody = z.infer<typeof MonitoringResultBody>;

// ── court opinions ───────────────────────────────────────────────────────────────────────────

export const CourtOpinionBody = z.object({
  court: Text(300).min(1),
  caseSignature: Text(100).min(1),
  receivedOn: DateOnly,
  dueOn: DateOnly,
  opinion: OptionalText(50000),
  writtenOn: DateOnly.nullable().optional(),
  sentOn: DateOnly.nullable().optional(),
});
export type CourtOpinionBody = z.infer<typeof CourtOpinionBody>;
export const UpdateCourtOpinionBody = CourtOpinionBody.extend({ version: Version });
export type UpdateCourtOpinionBody = z.infer<typeof UpdateCourtOpinionBody>;
export const CourtOpinionParams = z.object({ id: Id });

export const CourtOpinion = z.object({
  id: Id,
  court: z.string(),
  caseSignature: z.string(),
  receivedOn: z.string(),
  dueOn: z.string(),
  opinion: z.string().nullable(),
  writtenOn: z.string().nullable(),
  sentOn: z.string().nullable(),
  createdBy: UserRef,
  version: z.number().int(),
});
export type CourtOpinion = z.infer<typeof CourtOpinion>;

// ── deadlines ────────────────────────────────────────────────────────────────────────────────

export const DeadlineKind = z.enum(deadlineKinds);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const DeadlineStanding = z.object({
  kind: DeadlineKind,
  dueOn: z.string(),
  overdue: z.boolean(),
  daysLeft: z.number().int(),
  workingDaysLeft: z.number().int(),
});
export type DeadlineStanding = z.infer<typeof DeadlineStanding>;

export const DeadlineItem = DeadlineStanding.extend({
  engagementId: Id,
  family: FamilyRef,
  assistant: UserRef,
  /** For a court opinion: which one. */
  courtOpinion: z.object({ id: Id, court: z.string(), caseSignature: z.string() }).nullable(),
  /** For an action of the work plan: which one, and its goal. */
  action: z.object({ id: Id, description: z.string(), goal: z.string() }).nullable(),
});
export type DeadlineItem = z.infer<typeof DeadlineItem>;

export const DeadlinesQuery = z.object({
  horizonDays: z.coerce.number().int().min(1).max(365).default(14),
  assistantId: Id.optional(),
});
export type DeadlinesQuery = z.infer<typeof DeadlinesQuery>;

export const DeadlineList = z.object({
  today: z.string(),
  horizonDays: z.number().int(),
  items: z.array(DeadlineItem),
  /** The team view: each assistant's overdue and soon-due terms. */
  byAssistant: z.array(
    z.object({ assistant: UserRef, overdue: z.number().int(), dueSoon: z.number().int() }),
  ),
});
export type DeadlineList = z.infer<typeof DeadlineList>;

// ── the engagement as its page shows it ──────────────────────────────────────────────────────

export const EngagementMember = z.object({
  personId: Id,
  name: z.string(),
  birthDate: z.string().nullable(),
  relation: z.string(),
  inHousehold: z.boolean(),
  /** Under 18 today. */
  minor: z.boolean(),
});

export const EngagementView = z.object({
  engagement: Engagement.extend({
    firstContactJoint: z.boolean(),
    cooperationRules: z.string().nullable(),
    monitoringStartedOn: z.string().nullable(),
    monitoringResult: z.enum(monitoringResults).nullable(),
    monitoringNote: z.string().nullable(),
    supportingFamily: z
      .object({ analysedOn: z.string(), outcome: SupportingFamilyOutcome, note: z.string().nullable() })
      .nullable(),
    closureReason: ClosureReason.nullable(),
  }),
  family: FamilyRef.extend({ socialWorker: UserRef.nullable() }),
  members: z.array(EngagementMember),
  diagnosis: Diagnosis.nullable(),
  /** The plan in force (the latest version) and the list of all versions. */
  plan: WorkPlan.nullable(),
  planVersions: z.array(WorkPlanVersionSummary),
  openActions: z.number().int(),
  assessments: z.array(Assessment),
  requests: z.array(EngagementRequest),
  courtOpinions: z.array(CourtOpinion),
  /** Months added by approved extensions, and the end of the period they give. */
  extensionMonths: z.number().int(),
  deadlines: z.array(DeadlineStanding),
  today: z.string(),
});
export type EngagementView = z.infer<typeof EngagementView>;
