import { and, asc, desc, eq, inArray, max, type SQL, sql } from 'drizzle-orm';
import type { UserRef } from '../../../contract/common';
import type { EngagementStatus } from '../../../domain/engagement';
import type { PlanGoal } from '../../../domain/work-plan';
import type { Executor } from '../../db/client';
import { qualified } from '../../db/qualified';
import { familyRef, userRef } from '../../db/refs';
import {
  assessments,
  courtOpinions,
  diagnoses,
  engagementAssignments,
  engagementRequests,
  engagements,
  families,
  familyMembers,
  people,
  users,
  workPlanVersions,
} from '../../db/schema';
import { engagementColumns } from '../intake/queries';

const engagementId = qualified(engagements.id);

/** The day the plan was first written, and what the later terms count from. */
const timelineColumns = {
  status: engagements.status,
  firstContactDate: engagements.firstContactDate,
  monitoringStartedOn: engagements.monitoringStartedOn,
  planAdoptedOn: sql<
    string | null
  >`(select min((p.created_at at time zone 'Europe/Warsaw')::date)::text from ${workPlanVersions} p where p.engagement_id = ${engagementId})`,
  latestAssessmentOn: sql<
    string | null
  >`(select max(a.assessed_on)::text from ${assessments} a where a.engagement_id = ${engagementId})`,
  approvedExtensionMonths: sql<number>`(select coalesce(sum(r.months), 0)::int from ${engagementRequests} r
    where r.engagement_id = ${engagementId} and r.kind = 'extension' and r.status = 'approved')`,
};

/** The engagement's row, locked for the change being made to it. */
export async function lockEngagement(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: engagements.id,
      familyId: engagements.familyId,
      assistantId: engagements.assistantId,
      status: engagements.status,
      assignedAt: engagements.assignedAt,
      firstContactDate: engagements.firstContactDate,
      version: engagements.version,
    })
    .from(engagements)
    .where(eq(engagements.id, id))
    .for('update');
  if (!row) throw new Error(`engagement ${id} not found`);
  return { ...row, status: row.status as EngagementStatus };
}
export type LockedEngagement = Awaited<ReturnType<typeof lockEngagement>>;

/** Any change to the engagement's own row moves its version on. */
export async function updateEngagement(
  db: Executor,
  id: string,
  values: Partial<typeof engagements.$inferInsert>,
) {
  await db
    .update(engagements)
    .set({ ...values, version: sql`${engagements.version} + 1`, updatedAt: sql`now()` })
    .where(eq(engagements.id, id));
}

export async function endAssignment(db: Executor, id: string) {
  await db
    .update(engagementAssignments)
    .set({ endedAt: sql`now()` })
    .where(and(eq(engagementAssignments.engagementId, id), sql`${engagementAssignments.endedAt} is null`));
}

export async function engagementRecord(db: Executor, id: string) {
  const [row] = await db
    .select({
      ...engagementColumns,
      ...timelineColumns,
      officeId: engagements.officeId,
      firstContactJoint: engagements.firstContactJoint,
      cooperationRules: engagements.cooperationRules,
      monitoringResult: engagements.monitoringResult,
      monitoringNote: engagements.monitoringNote,
      supportingFamilyAnalysedOn: engagements.supportingFamilyAnalysedOn,
      supportingFamilyOutcome: engagements.supportingFamilyOutcome,
      supportingFamilyNote: engagements.supportingFamilyNote,
      closureReason: engagements.closureReason,
      family: {
        id: families.id,
        caseNumber: families.caseNumber,
        name: families.name,
        socialWorker: userRef(families.socialWorkerId),
      },
    })
    .from(engagements)
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(eq(engagements.id, id));
  return row;
}
export type EngagementRecord = NonNullable<Awaited<ReturnType<typeof engagementRecord>>>;

export async function familyMembersOf(db: Executor, familyId: string) {
  return db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      birthDate: people.birthDate,
      relation: familyMembers.relation,
      inHousehold: familyMembers.inHousehold,
    })
    .from(familyMembers)
    .innerJoin(people, eq(people.id, familyMembers.personId))
    .where(eq(familyMembers.familyId, familyId))
    .orderBy(asc(people.birthDate), asc(people.id));
}

export async function diagnosisOf(db: Executor, id: string) {
  const [row] = await db
    .select({
      areas: diagnoses.areas,
      strengths: diagnoses.strengths,
      childViews: diagnoses.childViews,
      version: diagnoses.version,
      updatedBy: userRef(diagnoses.updatedBy),
      updatedAt: diagnoses.updatedAt,
    })
    .from(diagnoses)
    .where(eq(diagnoses.engagementId, id));
  return row;
}

/** Writes the diagnosis when `version` is the one stored (null: none yet); false on a stale edit. */
export async function saveDiagnosis(
  db: Executor,
  id: string,
  version: number | null,
  values: Pick<typeof diagnoses.$inferInsert, 'areas' | 'strengths' | 'childViews' | 'updatedBy'>,
) {
  if (version === null) {
    const rows = await db
      .insert(diagnoses)
      .values({ engagementId: id, ...values })
      .onConflictDoNothing()
      .returning({ id: diagnoses.engagementId });
    return rows.length === 1;
  }
  const rows = await db
    .update(diagnoses)
    .set({ ...values, version: sql`${diagnoses.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(diagnoses.engagementId, id), eq(diagnoses.version, version)))
    .returning({ id: diagnoses.engagementId });
  return rows.length === 1;
}

const planColumns = {
  number: workPlanVersions.number,
  goals: workPlanVersions.goals,
  coauthors: workPlanVersions.coauthors,
  acknowledgedOn: workPlanVersions.acknowledgedOn,
  acknowledgedBy: workPlanVersions.acknowledgedBy,
  changeNote: workPlanVersions.changeNote,
  createdBy: userRef(workPlanVersions.createdBy),
  createdAt: workPlanVersions.createdAt,
  socialWorker: sql<UserRef | null>`(select json_build_object('id', u.id, 'name', u.name) from ${users} u
    where u.id = (${qualified(workPlanVersions.coauthors)}->>'socialWorkerId')::uuid)`,
};

export async function planVersion(db: Executor, id: string, number?: number) {
  const [row] = await db
    .select(planColumns)
    .from(workPlanVersions)
    .where(
      and(
        eq(workPlanVersions.engagementId, id),
        number === undefined ? undefined : eq(workPlanVersions.number, number),
      ),
    )
    .orderBy(desc(workPlanVersions.number))
    .limit(1);
  return row;
}
export type PlanVersionRow = NonNullable<Awaited<ReturnType<typeof planVersion>>>;

export async function planVersions(db: Executor, id: string) {
  return db
    .select({
      number: workPlanVersions.number,
      changeNote: workPlanVersions.changeNote,
      createdBy: userRef(workPlanVersions.createdBy),
      createdAt: workPlanVersions.createdAt,
      acknowledged: sql<boolean>`${workPlanVersions.acknowledgedOn} is not null`,
    })
    .from(workPlanVersions)
    .where(eq(workPlanVersions.engagementId, id))
    .orderBy(desc(workPlanVersions.number));
}

export async function latestPlanNumber(db: Executor, id: string) {
  const [row] = await db
    .select({ number: max(workPlanVersions.number) })
    .from(workPlanVersions)
    .where(eq(workPlanVersions.engagementId, id));
  return row?.number ?? null;
}

export async function insertPlanVersion(db: Executor, values: typeof workPlanVersions.$inferInsert) {
  await db.insert(workPlanVersions).values(values);
}

/** Records the family's acknowledgement of a version not yet acknowledged; false otherwise. */
export async function acknowledgePlan(db: Executor, id: string, number: number, on: string, by: string) {
  const rows = await db
    .update(workPlanVersions)
    .set({ acknowledgedOn: on, acknowledgedBy: by })
    .where(
      and(
        eq(workPlanVersions.engagementId, id),
        eq(workPlanVersions.number, number),
        sql`${workPlanVersions.acknowledgedOn} is null`,
      ),
    )
    .returning({ id: workPlanVersions.id });
  return rows.length === 1;
}

const assessmentColumns = {
  id: assessments.id,
  engagementId: assessments.engagementId,
  assessedOn: assessments.assessedOn,
  planNumber: assessments.planNumber,
  goalProgress: assessments.goalProgress,
  familySituation: assessments.familySituation,
  childrenViews: assessments.childrenViews,
  recommendation: assessments.recommendation,
  workingMeeting: assessments.workingMeeting,
  submittedBy: userRef(assessments.submittedBy),
  submittedAt: assessments.submittedAt,
  acknowledgedBy: userRef(assessments.acknowledgedBy),
  acknowledgedAt: assessments.acknowledgedAt,
  managerNote: assessments.managerNote,
  version: assessments.version,
  /** The goals' titles as the plan version assessed had them. */
  goalTitles: sql<Record<string, string>>`coalesce((
    select json_object_agg(g->>'id', g->>'title') from ${workPlanVersions} p, jsonb_array_elements(p.goals) g
    where p.engagement_id = ${qualified(assessments.engagementId)} and p.number = ${qualified(assessments.planNumber)}), '{}'::json)`,
};
export type AssessmentRow = Awaited<ReturnType<typeof assessmentsWhere>>[number];

function assessmentsWhere(db: Executor, where: SQL | undefined) {
  return db
    .select(assessmentColumns)
    .from(assessments)
    .where(where)
    .orderBy(desc(assessments.assessedOn), desc(assessments.submittedAt));
}

export const assessmentsOf = (db: Executor, id: string) =>
  assessmentsWhere(db, eq(assessments.engagementId, id));

export async function findAssessment(db: Executor, assessmentId: string) {
  const [row] = await assessmentsWhere(db, eq(assessments.id, assessmentId));
  return row;
}

export async function insertAssessment(db: Executor, values: typeof assessments.$inferInsert) {
  const [row] = await db.insert(assessments).values(values).returning({ id: assessments.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** The manager's acknowledgement, once, of the version she read. */
export async function acknowledgeAssessment(
  db: Executor,
  assessmentId: string,
  version: number,
  by: string,
  note: string | null,
) {
  const rows = await db
    .update(assessments)
    .set({
      acknowledgedBy: by,
      acknowledgedAt: sql`now()`,
      managerNote: note,
      version: sql`${assessments.version} + 1`,
    })
    .where(
      and(
        eq(assessments.id, assessmentId),
        eq(assessments.version, version),
        sql`${assessments.acknowledgedAt} is null`,
      ),
    )
    .returning({ id: assessments.id });
  return rows.length === 1;
}

const requestColumns = {
  id: engagementRequests.id,
  engagementId: engagementRequests.engagementId,
  kind: engagementRequests.kind,
  justification: engagementRequests.justification,
  months: engagementRequests.months,
  closureReason: engagementRequests.closureReason,
  returnTo: engagementRequests.returnTo,
  status: engagementRequests.status,
  requestedBy: userRef(engagementRequests.requestedBy),
  requestedAt: engagementRequests.requestedAt,
  decidedBy: userRef(engagementRequests.decidedBy),
  decidedAt: engagementRequests.decidedAt,
  decisionNote: engagementRequests.decisionNote,
  version: engagementRequests.version,
};
export type EngagementRequestRow = Awaited<ReturnType<typeof requestsWhere>>[number];

function requestsWhere(db: Executor, where: SQL | undefined) {
  return db
    .select(requestColumns)
    .from(engagementRequests)
    .where(where)
    .orderBy(desc(engagementRequests.requestedAt));
}

export const requestsOf = (db: Executor, id: string) =>
  requestsWhere(db, eq(engagementRequests.engagementId, id));

export async function findEngagementRequest(db: Executor, requestId: string) {
  const [row] = await requestsWhere(db, eq(engagementRequests.id, requestId));
  return row;
}

export async function hasPendingExtension(db: Executor, id: string) {
  const [row] = await db
    .select({ id: engagementRequests.id })
    .from(engagementRequests)
    .where(
      and(
        eq(engagementRequests.engagementId, id),
        eq(engagementRequests.kind, 'extension'),
        eq(engagementRequests.status, 'pending'),
      ),
    );
  return Boolean(row);
}

export async function insertEngagementRequest(db: Executor, values: typeof engagementRequests.$inferInsert) {
  const [row] = await db.insert(engagementRequests).values(values).returning({ id: engagementRequests.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Decides a pending request at the version the manager read; false otherwise. */
export async function decideEngagementRequest(
  db: Executor,
  requestId: string,
  version: number,
  values: { status: 'approved' | 'rejected'; decidedBy: string; decisionNote: string | null },
) {
  const rows = await db
    .update(engagementRequests)
    .set({ ...values, decidedAt: sql`now()`, version: sql`${engagementRequests.version} + 1` })
    .where(
      and(
        eq(engagementRequests.id, requestId),
        eq(engagementRequests.version, version),
        eq(engagementRequests.status, 'pending'),
      ),
    )
    .returning({ id: engagementRequests.id });
  return rows.length === 1;
}

/** What awaits the manager's decision in the office. */
export async function pendingDecisions(db: Executor, officeId: string) {
  const inOffice = and(eq(engagements.officeId, officeId), sql`${engagements.status} <> 'closed'`);
  const [requests, awaiting] = await Promise.all([
    db
      .select({ ...requestColumns, family: familyRef, assistant: userRef(engagements.assistantId) })
      .from(engagementRequests)
      .innerJoin(engagements, eq(engagements.id, engagementRequests.engagementId))
      .innerJoin(families, eq(families.id, engagements.familyId))
      .where(and(inOffice, eq(engagementRequests.status, 'pending')))
      .orderBy(asc(engagementRequests.requestedAt)),
    db
      .select({ ...assessmentColumns, family: familyRef, assistant: userRef(engagements.assistantId) })
      .from(assessments)
      .innerJoin(engagements, eq(engagements.id, assessments.engagementId))
      .innerJoin(families, eq(families.id, engagements.familyId))
      .where(and(inOffice, sql`${assessments.acknowledgedAt} is null`))
      .orderBy(asc(assessments.submittedAt)),
  ]);
  return { requests, assessments: awaiting };
}

const courtOpinionColumns = {
  id: courtOpinions.id,
  engagementId: courtOpinions.engagementId,
  court: courtOpinions.court,
  caseSignature: courtOpinions.caseSignature,
  receivedOn: courtOpinions.receivedOn,
  dueOn: courtOpinions.dueOn,
  opinion: courtOpinions.opinion,
  writtenOn: courtOpinions.writtenOn,
  sentOn: courtOpinions.sentOn,
  createdBy: userRef(courtOpinions.createdBy),
  version: courtOpinions.version,
};

export async function courtOpinionsOf(db: Executor, id: string) {
  return db
    .select(courtOpinionColumns)
    .from(courtOpinions)
    .where(eq(courtOpinions.engagementId, id))
    .orderBy(desc(courtOpinions.receivedOn));
}

export async function findCourtOpinion(db: Executor, opinionId: string) {
  const [row] = await db
    .select(courtOpinionColumns)
    .from(courtOpinions)
    .where(eq(courtOpinions.id, opinionId));
  return row;
}

export async function insertCourtOpinion(db: Executor, values: typeof courtOpinions.$inferInsert) {
  const [row] = await db.insert(courtOpinions).values(values).returning({ id: courtOpinions.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateCourtOpinionIfVersion(
  db: Executor,
  opinionId: string,
  version: number,
  values: Partial<typeof courtOpinions.$inferInsert>,
) {
  const rows = await db
    .update(courtOpinions)
    .set({ ...values, version: sql`${courtOpinions.version} + 1` })
    .where(and(eq(courtOpinions.id, opinionId), eq(courtOpinions.version, version)))
    .returning({ id: courtOpinions.id });
  return rows.length === 1;
}

/**
 * The open engagements whose terms a deadline list shows: one assistant's, or the whole
 * office's; with the court opinions still to be sent.
 */
export async function deadlineSources(db: Executor, officeId: string, assistantId: string | undefined) {
  const scope = and(
    eq(engagements.officeId, officeId),
    sql`${engagements.status} <> 'closed'`,
    assistantId ? eq(engagements.assistantId, assistantId) : undefined,
  );
  const rows = await db
    .select({
      engagementId: engagements.id,
      ...timelineColumns,
      /** The goals of the plan in force, for the deadlines of its open actions. */
      goals: sql<
        PlanGoal[] | null
      >`(select p.goals from ${workPlanVersions} p where p.engagement_id = ${engagementId}
        order by p.number desc limit 1)`,
      family: familyRef,
      assistant: userRef(engagements.assistantId),
    })
    .from(engagements)
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(scope);
  const ids = rows.map((row) => row.engagementId);
  const opinions = ids.length
    ? await db
        .select({
          id: courtOpinions.id,
          engagementId: courtOpinions.engagementId,
          court: courtOpinions.court,
          caseSignature: courtOpinions.caseSignature,
          dueOn: courtOpinions.dueOn,
          sentOn: courtOpinions.sentOn,
        })
        .from(courtOpinions)
        .where(and(inArray(courtOpinions.engagementId, ids), sql`${courtOpinions.sentOn} is null`))
    : [];
  return { rows, opinions };
}
