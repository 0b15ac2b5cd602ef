import { randomUUID } from 'node:crypto';
import type {
  AcknowledgeAssessmentBody,
  Acknowledgement,
  ApproveEngagementRequestBody,
  AssessmentBody,
  ClosureRequestBody,
  CourtOpinionBody,
  DeadlineItem,
  DeadlinesQuery,
  DiagnosisBody,
  ExtensionRequestBody,
  FirstContactBody,
  MonitoringResultBody,
  RejectEngagementRequestBody,
  StartMonitoringBody,
  UpdateCourtOpinionBody,
  UpdateEngagementBody,
  WorkPlanBody,
} from '../../../contract/engagements';
import { formADue } from '../../../domain/blue-card';
import { isFutureDate, warsawDate } from '../../../domain/calendar';
import { isDueWithin, standing } from '../../../domain/deadlines';
import { openActions, type PlanGoal } from '../../../domain/work-plan';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import type { EngagementWorkEvent } from '../../audit/events';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { AppError, conflict, fieldError, notFound } from '../../errors/app-error';
import { pendingFormsA } from '../blue-cards/queries';
import { deadlineRules } from '../office/queries';
import {
  deadlinesOf,
  isMinor,
  presentAssessment,
  presentPlan,
  presentRequest,
  presentView,
} from './presenter';
import * as q from './queries';
import { step, visibleEngagement as visibleEngagementIn, workOnEngagement } from './work';

const requireVersion = (current: number, sent: number) => {
  if (current !== sent) throw conflict();
};

/** Goals and actions keep the ids they had in the version edited; new ones get fresh ids. */
function withIds(goals: WorkPlanBody['goals'], previous: readonly PlanGoal[]): PlanGoal[] {
  const goalIds = new Set(previous.map((goal) => goal.id));
  const actionIds = new Set(previous.flatMap((goal) => goal.actions.map((action) => action.id)));
  const keep = (id: string | undefined, known: Set<string>) => (id && known.has(id) ? id : randomUUID());
  return goals.map((goal) => ({
    id: keep(goal.id, goalIds),
    title: goal.title,
    area: goal.area ?? null,
    actions: goal.actions.map((action) => ({
      ...action,
      id: keep(action.id, actionIds),
      result: action.result ?? null,
    })),
  }));
}

/** The assistant's work with a family, from the first contact to the closure, and its deadlines. */
export function engagementsService(deps: AppDeps) {
  const { db } = deps;
  const today = () => warsawDate(deps.now());

  const visibleEngagement = (ctx: UserContext, id: string) => visibleEngagementIn(db, ctx, id);

  async function assemble(tx: Executor, id: string) {
    const record = await q.engagementRecord(tx, id);
    if (!record) throw notFound();
    const [members, diagnosis, plan, versions, assessments, requests, opinions, rules] = await Promise.all([
      q.familyMembersOf(tx, record.familyId),
      q.diagnosisOf(tx, id),
      q.planVersion(tx, id),
      q.planVersions(tx, id),
      q.assessmentsOf(tx, id),
      q.requestsOf(tx, id),
      q.courtOpinionsOf(tx, id),
      deadlineRules(tx, record.officeId),
    ]);
    return presentView({
      record,
      members,
      diagnosis,
      plan,
      versions,
      openActions: openActions(plan?.goals ?? []),
      assessments,
      requests,
      opinions,
      rules,
      today: today(),
    });
  }

  /**
   * One change to an engagement by the person working on it: the row is locked, the change
   * and its audit entry commit together, and the page as it is after is the answer.
   */
  async function work(
    ctx: UserContext,
    id: string,
    change: (
      tx: Executor,
      engagement: q.LockedEngagement,
    ) => Promise<Omit<EngagementWorkEvent, 'entityType' | 'entityId'>>,
  ) {
    await workOnEngagement(db, ctx, id, async (tx, locked) => {
      const event = await change(tx, locked);
      await audit(ctx, tx, { ...event, entityType: 'engagement', entityId: id });
    });
    return db.transaction((tx) => assemble(tx, id));
  }

  const notInFuture = (date: string, path: string) => {
    if (isFutureDate(date, deps.now())) throw fieldError(path, 'date_in_future');
  };
  const notBeforeFirstContact = (engagement: q.LockedEngagement, date: string, path: string) => {
    if (engagement.firstContactDate && date < engagement.firstContactDate) {
      throw fieldError(path, 'date_before_first_contact');
    }
  };

  async function memberIds(tx: Executor, familyId: string) {
    return new Set((await q.familyMembersOf(tx, familyId)).map((member) => member.personId));
  }

  async function decide(
    ctx: UserContext,
    requestId: string,
    decision: 'approved' | 'rejected',
    input: ApproveEngagementRequestBody | RejectEngagementRequestBody,
  ) {
    const request = await q.findEngagementRequest(db, requestId);
    if (!request) throw notFound();
    const engagement = await visibleEngagement(ctx, request.engagementId);
    await db.transaction(async (tx) => {
      const locked = await q.lockEngagement(tx, engagement.id);
      const decided = await q.decideEngagementRequest(tx, requestId, input.version, {
        status: decision,
        decidedBy: ctx.actor.id,
        decisionNote: input.note ?? null,
      });
      if (!decided) throw request.status === 'pending' ? conflict() : new AppError('request_already_decided');
      const details = { familyId: locked.familyId, requestId, kind: request.kind };
      if (request.kind === 'closure') {
        const returnTo = request.returnTo as 'implementation' | 'monitoring';
        const status = step(
          locked.status,
          decision === 'approved' ? { kind: 'approve_closure' } : { kind: 'reject_closure', returnTo },
        );
        if (status === 'closed') {
          await q.updateEngagement(tx, locked.id, {
            status,
            closedOn: today(),
            closureReason: request.closureReason,
          });
          await q.endAssignment(tx, locked.id);
          await audit(ctx, tx, {
            action: 'engagement.closed',
            entityType: 'engagement',
            entityId: locked.id,
            details: { familyId: locked.familyId, reason: request.closureReason },
          });
        } else {
          await q.updateEngagement(tx, locked.id, { status });
        }
      } else {
        step(locked.status, { kind: 'edit' });
      }
      await audit(ctx, tx, {
        action: decision === 'approved' ? 'engagement.request_approved' : 'engagement.request_rejected',
        entityType: 'engagement',
        entityId: locked.id,
        details,
      });
    });
    const decidedRequest = await q.findEngagementRequest(db, requestId);
    if (!decidedRequest) throw notFound();
    return presentRequest(decidedRequest);
  }

  return {
    /** The engagement's page read in the caller's transaction, which audits the read. */
    assemble,

    /** Opens the engagement's page: the read and its audit entry happen together. */
    async open(ctx: UserContext, id: string) {
      const engagement = await visibleEngagement(ctx, id);
      return db.transaction(async (tx) => {
        const view = await assemble(tx, id);
        await audit(ctx, tx, {
          action: 'engagement.opened',
          entityType: 'engagement',
          entityId: id,
          details: { familyId: engagement.familyId },
        });
        return view;
      });
    },

    /** One version of the work plan, as it was written. */
    async planVersion(ctx: UserContext, id: string, number: number) {
      const engagement = await visibleEngagement(ctx, id);
      return db.transaction(async (tx) => {
        const [plan, members] = await Promise.all([
          q.planVersion(tx, id, number),
          q.familyMembersOf(tx, engagement.familyId),
        ]);
        if (!plan) throw notFound();
        await audit(ctx, tx, {
          action: 'engagement.opened',
          entityType: 'engagement',
          entityId: id,
          details: { familyId: engagement.familyId, planVersion: number },
        });
        return presentPlan(plan, members);
      });
    },

    recordFirstContact: (ctx: UserContext, id: string, input: FirstContactBody) =>
      work(ctx, id, async (tx, engagement) => {
        requireVersion(engagement.version, input.version);
        const status = step(engagement.status, { kind: 'first_contact', date: input.date });
        notInFuture(input.date, 'date');
        if (input.date < warsawDate(engagement.assignedAt))
          throw fieldError('date', 'date_before_assignment');
        await q.updateEngagement(tx, id, {
          status,
          firstContactDate: input.date,
          firstContactJoint: input.jointWithSocialWorker,
          cooperationRules: input.cooperationRules ?? null,
        });
        return {
          action: 'engagement.first_contact_recorded',
          details: { familyId: engagement.familyId, date: input.date, joint: input.jointWithSocialWorker },
        };
      }),

    update: (ctx: UserContext, id: string, input: UpdateEngagementBody) =>
      work(ctx, id, async (tx, engagement) => {
        requireVersion(engagement.version, input.version);
        step(engagement.status, { kind: 'edit' });
        const changed: string[] = [];
        const values: Parameters<typeof q.updateEngagement>[2] = {};
        if (input.cooperationRules !== undefined) {
          values.cooperationRules = input.cooperationRules;
          changed.push('cooperationRules');
        }
        if (input.supportingFamily !== undefined) {
          step(engagement.status, { kind: 'record_work' });
          const analysis = input.supportingFamily;
          if (analysis) notInFuture(analysis.analysedOn, 'supportingFamily.analysedOn');
          values.supportingFamilyAnalysedOn = analysis?.analysedOn ?? null;
          values.supportingFamilyOutcome = analysis?.outcome ?? null;
          values.supportingFamilyNote = analysis?.note ?? null;
          changed.push('supportingFamily');
        }
        await q.updateEngagement(tx, id, values);
        return { action: 'engagement.updated', details: { familyId: engagement.familyId, changed } };
      }),

    saveDiagnosis: (ctx: UserContext, id: string, input: DiagnosisBody) =>
      work(ctx, id, async (tx, engagement) => {
        step(engagement.status, { kind: 'record_work' });
        const members = await q.familyMembersOf(tx, engagement.familyId);
        const minors = new Set(members.filter((m) => isMinor(m.birthDate, today())).map((m) => m.personId));
        input.childViews.forEach((view, index) => {
          if (!minors.has(view.personId)) throw fieldError(`childViews.${index}.personId`, 'child_not_minor');
        });
        const saved = await q.saveDiagnosis(tx, id, input.version, {
          areas: input.areas,
          strengths: input.strengths ?? null,
          childViews: input.childViews,
          updatedBy: ctx.actor.id,
        });
        if (!saved) throw conflict();
        return {
          action: 'engagement.diagnosis_saved',
          details: { familyId: engagement.familyId, areas: Object.keys(input.areas) },
        };
      }),

    /** Writes a new version of the plan; the first one starts the implementation. */
    savePlan: (ctx: UserContext, id: string, input: WorkPlanBody) =>
      work(ctx, id, async (tx, engagement) => {
        const status = step(engagement.status, { kind: 'save_plan' });
        const latest = await q.planVersion(tx, id);
        if ((latest?.number ?? null) !== input.version) throw conflict();
        const members = await memberIds(tx, engagement.familyId);
        input.coauthors.memberIds.forEach((personId, index) => {
          if (!members.has(personId)) throw fieldError(`coauthors.memberIds.${index}`, 'person_not_member');
        });
        input.goals.forEach((goal, g) => {
          goal.actions.forEach((action, a) => {
            if (action.responsible.kind === 'member' && !members.has(action.responsible.personId)) {
              throw fieldError(`goals.${g}.actions.${a}.responsible.personId`, 'person_not_member');
            }
          });
        });
        if (input.acknowledgement) notInFuture(input.acknowledgement.on, 'acknowledgement.on');
        const number = (latest?.number ?? 0) + 1;
        await q.insertPlanVersion(tx, {
          engagementId: id,
          number,
          goals: withIds(input.goals, latest?.goals ?? []),
          coauthors: {
            memberIds: input.coauthors.memberIds,
            socialWorkerId: input.coauthors.socialWorkerId ?? null,
            fosterCareCoordinator: input.coauthors.fosterCareCoordinator ?? null,
            childAssistancePlan: input.coauthors.childAssistancePlan ?? null,
          },
          acknowledgedOn: input.acknowledgement?.on ?? null,
          acknowledgedBy: input.acknowledgement?.by ?? null,
          changeNote: input.changeNote ?? null,
          createdBy: ctx.actor.id,
        });
        if (status !== engagement.status) await q.updateEngagement(tx, id, { status });
        return { action: 'engagement.plan_saved', details: { familyId: engagement.familyId, number } };
      }),

    acknowledgePlan: (ctx: UserContext, id: string, number: number, input: Acknowledgement) =>
      work(ctx, id, async (tx, engagement) => {
        step(engagement.status, { kind: 'edit' });
        notInFuture(input.on, 'on');
        if (!(await q.planVersion(tx, id, number))) throw notFound();
        if (!(await q.acknowledgePlan(tx, id, number, input.on, input.by))) {
          throw new AppError('plan_already_acknowledged');
        }
        return { action: 'engagement.plan_acknowledged', details: { familyId: engagement.familyId, number } };
      }),

    submitAssessment: (ctx: UserContext, id: string, input: AssessmentBody) =>
      work(ctx, id, async (tx, engagement) => {
        step(engagement.status, { kind: 'record_work' });
        notInFuture(input.assessedOn, 'assessedOn');
        notBeforeFirstContact(engagement, input.assessedOn, 'assessedOn');
        if (input.workingMeeting) notInFuture(input.workingMeeting.date, 'workingMeeting.date');
        const plan = await q.planVersion(tx, id);
        const goals = new Set(plan?.goals.map((goal) => goal.id));
        input.goalProgress.forEach((progress, index) => {
          if (!goals.has(progress.goalId))
            throw fieldError(`goalProgress.${index}.goalId`, 'goal_not_in_plan');
        });
        const assessmentId = await q.insertAssessment(tx, {
          engagementId: id,
          assessedOn: input.assessedOn,
          planNumber: plan?.number ?? null,
          goalProgress: input.goalProgress.map((progress) => ({
            ...progress,
            comment: progress.comment ?? null,
          })),
          familySituation: input.familySituation,
          childrenViews: input.childrenViews ?? null,
          recommendation: input.recommendation,
          workingMeeting: input.workingMeeting ?? null,
          submittedBy: ctx.actor.id,
        });
        return {
          action: 'engagement.assessment_submitted',
          details: {
            familyId: engagement.familyId,
            assessmentId,
            assessedOn: input.assessedOn,
            recommendation: input.recommendation,
          },
        };
      }),

    /** The manager has read the assessment (art. 15 ust. 1 pkt 15: it goes to the employer). */
    async acknowledgeAssessment(ctx: UserContext, assessmentId: string, input: AcknowledgeAssessmentBody) {
      const assessment = await q.findAssessment(db, assessmentId);
      if (!assessment) throw notFound();
      const engagement = await visibleEngagement(ctx, assessment.engagementId);
      await db.transaction(async (tx) => {
        if (
          !(await q.acknowledgeAssessment(tx, assessmentId, input.version, ctx.actor.id, input.note ?? null))
        ) {
          throw assessment.acknowledgedAt ? new AppError('assessment_already_acknowledged') : conflict();
        }
        await audit(ctx, tx, {
          action: 'engagement.assessment_acknowledged',
          entityType: 'engagement',
          entityId: engagement.id,
          details: { familyId: engagement.familyId, assessmentId },
        });
      });
      const acknowledged = await q.findAssessment(db, assessmentId);
      if (!acknowledged) throw notFound();
      return presentAssessment(acknowledged);
    },

    requestExtension: (ctx: UserContext, id: string, input: ExtensionRequestBody) =>
      work(ctx, id, async (tx, engagement) => {
        step(engagement.status, { kind: 'request_extension' });
        if (await q.hasPendingExtension(tx, id)) throw new AppError('extension_already_pending');
        const { extensionMonths } = await deadlineRules(tx, ctx.actor.officeId);
        const requestId = await q.insertEngagementRequest(tx, {
          engagementId: id,
          kind: 'extension',
          justification: input.justification,
          months: extensionMonths,
          requestedBy: ctx.actor.id,
        });
        return {
          action: 'engagement.request_filed',
          details: { familyId: engagement.familyId, requestId, kind: 'extension' },
        };
      }),

    requestClosure: (ctx: UserContext, id: string, input: ClosureRequestBody) =>
      work(ctx, id, async (tx, engagement) => {
        const status = step(engagement.status, { kind: 'request_closure' });
        const requestId = await q.insertEngagementRequest(tx, {
          engagementId: id,
          kind: 'closure',
          justification: input.justification,
          closureReason: input.reason,
          returnTo: engagement.status,
          requestedBy: ctx.actor.id,
        });
        await q.updateEngagement(tx, id, { status });
        return {
          action: 'engagement.request_filed',
          details: { familyId: engagement.familyId, requestId, kind: 'closure', reason: input.reason },
        };
      }),

    approveRequest: (ctx: UserContext, requestId: string, input: ApproveEngagementRequestBody) =>
      decide(ctx, requestId, 'approved', input),
    rejectRequest: (ctx: UserContext, requestId: string, input: RejectEngagementRequestBody) =>
      decide(ctx, requestId, 'rejected', input),

    startMonitoring: (ctx: UserContext, id: string, input: StartMonitoringBody) =>
      work(ctx, id, async (tx, engagement) => {
        requireVersion(engagement.version, input.version);
        const plan = await q.planVersion(tx, id);
        const status = step(engagement.status, {
          kind: 'start_monitoring',
          openActions: openActions(plan?.goals ?? []),
        });
        notInFuture(input.startedOn, 'startedOn');
        notBeforeFirstContact(engagement, input.startedOn, 'startedOn');
        await q.updateEngagement(tx, id, { status, monitoringStartedOn: input.startedOn });
        return {
          action: 'engagement.monitoring_started',
          details: { familyId: engagement.familyId, startedOn: input.startedOn },
        };
      }),

    recordMonitoringResult: (ctx: UserContext, id: string, input: MonitoringResultBody) =>
      work(ctx, id, async (tx, engagement) => {
        requireVersion(engagement.version, input.version);
        step(engagement.status, { kind: 'record_monitoring_result' });
        await q.updateEngagement(tx, id, {
          monitoringResult: input.result,
          monitoringNote: input.note ?? null,
        });
        return {
          action: 'engagement.monitoring_result_recorded',
          details: { familyId: engagement.familyId, result: input.result },
        };
      }),

    addCourtOpinion: (ctx: UserContext, id: string, input: CourtOpinionBody) =>
      work(ctx, id, async (tx, engagement) => {
        step(engagement.status, { kind: 'edit' });
        checkCourtOpinion(input);
        const courtOpinionId = await q.insertCourtOpinion(tx, {
          ...courtOpinionValues(input),
          engagementId: id,
          createdBy: ctx.actor.id,
        });
        return {
          action: 'engagement.court_opinion_saved',
          details: { familyId: engagement.familyId, courtOpinionId },
        };
      }),

    async updateCourtOpinion(ctx: UserContext, courtOpinionId: string, input: UpdateCourtOpinionBody) {
      const opinion = await q.findCourtOpinion(db, courtOpinionId);
      if (!opinion) throw notFound();
      return work(ctx, opinion.engagementId, async (tx, engagement) => {
        step(engagement.status, { kind: 'edit' });
        checkCourtOpinion(input);
        if (
          !(await q.updateCourtOpinionIfVersion(tx, courtOpinionId, input.version, courtOpinionValues(input)))
        ) {
          throw conflict();
        }
        return {
          action: 'engagement.court_opinion_saved',
          details: { familyId: engagement.familyId, courtOpinionId },
        };
      });
    },

    async decisions(ctx: UserContext) {
      const pending = await q.pendingDecisions(db, ctx.actor.officeId);
      return {
        requests: pending.requests.map((row) => ({
          ...presentRequest(row),
          family: row.family,
          assistant: row.assistant,
        })),
        assessments: pending.assessments.map((row) => ({
          ...presentAssessment(row),
          engagementId: row.engagementId,
          family: row.family,
          assistant: row.assistant,
        })),
      };
    },

    /** The deadlines due within the horizon or already past: one's own, or the team's. */
    async deadlines(ctx: UserContext, query: DeadlinesQuery, scope: 'mine' | 'team') {
      const assistantId = scope === 'mine' ? ctx.actor.id : query.assistantId;
      const [{ rows, opinions }, rules] = await Promise.all([
        q.deadlineSources(db, ctx.actor.officeId, assistantId),
        deadlineRules(db, ctx.actor.officeId),
      ]);
      const day = today();
      const items: DeadlineItem[] = rows.flatMap((record) => {
        const own = opinions.filter((opinion) => opinion.engagementId === record.engagementId);
        return deadlinesOf(record, record.goals ?? [], own, rules, day)
          .filter((deadline) => isDueWithin(deadline.dueOn, day, query.horizonDays))
          .map((deadline) => ({
            ...deadline,
            engagementId: record.engagementId,
            family: record.family,
            assistant: record.assistant,
          }));
      });
      // Niebieska Karta terms reveal that a procedure exists: one's own, or the manager's view only.
      if (scope === 'mine' || ctx.actor.roles.includes('manager')) {
        const forms = await pendingFormsA(db, [...new Set(rows.map((row) => row.family.id))]);
        for (const form of forms) {
          const record = rows.find((row) => row.family.id === form.familyId);
          const dueOn = formADue(form.startedOn);
          if (!record || !isDueWithin(dueOn, day, query.horizonDays)) continue;
          items.push({
            kind: 'blue_card_form_a',
            dueOn,
            ...standing(dueOn, day),
            courtOpinion: null,
            action: null,
            engagementId: record.engagementId,
            family: record.family,
            assistant: record.assistant,
          });
        }
      }
      items.sort(
        (a, b) => a.dueOn.localeCompare(b.dueOn) || a.family.name.localeCompare(b.family.name, 'pl'),
      );
      const counts = new Map<
        string,
        { assistant: DeadlineItem['assistant']; overdue: number; dueSoon: number }
      >();
      for (const item of items) {
        const entry = counts.get(item.assistant.id) ?? { assistant: item.assistant, overdue: 0, dueSoon: 0 };
        if (item.overdue) entry.overdue++;
        else entry.dueSoon++;
        counts.set(item.assistant.id, entry);
      }
      return {
        today: day,
        horizonDays: query.horizonDays,
        items,
        byAssistant: [...counts.values()].sort((a, b) =>
          a.assistant.name.localeCompare(b.assistant.name, 'pl'),
        ),
      };
    },
  };

  function checkCourtOpinion(input: CourtOpinionBody) {
    if (input.dueOn < input.receivedOn) throw fieldError('dueOn', 'due_before_received');
    notInFuture(input.receivedOn, 'receivedOn');
    if (input.writtenOn) notInFuture(input.writtenOn, 'writtenOn');
    if (input.sentOn) notInFuture(input.sentOn, 'sentOn');
  }
}

function courtOpinionValues(input: CourtOpinionBody) {
  return {
    court: input.court,
    caseSignature: input.caseSignature,
    receivedOn: input.receivedOn,
    dueOn: input.dueOn,
    opinion: input.opinion ?? null,
    writtenOn: input.writtenOn ?? null,
    sentOn: input.sentOn ?? null,
  };
}
