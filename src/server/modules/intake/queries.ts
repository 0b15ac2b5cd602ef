import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { UserRef } from '../../../contract/common';
import type { RequestListQuery } from '../../../contract/intake';
import { engagementStatuses } from '../../../contract/intake';
import { occupiesPlace } from '../../../domain/caseload';
import type { Executor } from '../../db/client';
import { qualified } from '../../db/qualified';
import { userRef } from '../../db/refs';
import {
  assistanceRequests,
  engagementAssignments,
  engagements,
  environmentalInterviews,
  families,
  offices,
  userRoles,
  users,
} from '../../db/schema';
import { hasContactBan, memberCount } from '../families/queries';

export async function interviewsOf(db: Executor, familyId: string) {
  return db
    .select({
      id: environmentalInterviews.id,
      interviewDate: environmentalInterviews.interviewDate,
      diagnosis: environmentalInterviews.diagnosis,
      recordedBy: userRef(environmentalInterviews.recordedBy),
      createdAt: environmentalInterviews.createdAt,
    })
    .from(environmentalInterviews)
    .where(eq(environmentalInterviews.familyId, familyId))
    .orderBy(desc(environmentalInterviews.interviewDate), desc(environmentalInterviews.createdAt));
}

export async function interviewBelongsTo(db: Executor, interviewId: string, familyId: string) {
  const [row] = await db
    .select({ id: environmentalInterviews.id })
    .from(environmentalInterviews)
    .where(and(eq(environmentalInterviews.id, interviewId), eq(environmentalInterviews.familyId, familyId)));
  return Boolean(row);
}

export async function insertInterview(db: Executor, values: typeof environmentalInterviews.$inferInsert) {
  const [row] = await db
    .insert(environmentalInterviews)
    .values(values)
    .returning({ id: environmentalInterviews.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

const requestColumns = {
  id: assistanceRequests.id,
  familyId: assistanceRequests.familyId,
  interviewId: assistanceRequests.interviewId,
  justification: assistanceRequests.justification,
  legalBasis: assistanceRequests.legalBasis,
  consentDate: assistanceRequests.consentDate,
  consentSignedBy: assistanceRequests.consentSignedBy,
  court: assistanceRequests.court,
  courtCaseSignature: assistanceRequests.courtCaseSignature,
  courtRulingDate: assistanceRequests.courtRulingDate,
  status: assistanceRequests.status,
  filedBy: userRef(assistanceRequests.filedBy),
  filedAt: assistanceRequests.filedAt,
  decidedBy: sql<UserRef | null>`${userRef(assistanceRequests.decidedBy)}`,
  decidedAt: assistanceRequests.decidedAt,
  rejectionReason: assistanceRequests.rejectionReason,
  engagementId: sql<
    string | null
  >`(select e.id from ${engagements} e where e.request_id = ${qualified(assistanceRequests.id)})`,
  version: assistanceRequests.version,
};
export type RequestRow = Awaited<ReturnType<typeof requestsOf>>[number];

function selectRequests(db: Executor) {
  return db.select(requestColumns).from(assistanceRequests);
}

export async function requestsOf(db: Executor, familyId: string) {
  return selectRequests(db)
    .where(eq(assistanceRequests.familyId, familyId))
    .orderBy(desc(assistanceRequests.filedAt));
}

export async function findRequest(db: Executor, officeId: string, id: string) {
  const [row] = await selectRequests(db).where(
    and(eq(assistanceRequests.officeId, officeId), eq(assistanceRequests.id, id)),
  );
  return row;
}

/** The queue: oldest pending first; decided ones newest first. */
export async function listRequests(
  db: Executor,
  officeId: string,
  query: RequestListQuery,
  after: unknown[] | null,
) {
  const pending = query.status === 'pending';
  const direction = pending ? sql`>` : sql`<`;
  return db
    .select({
      ...requestColumns,
      assistant: sql<UserRef | null>`(select json_build_object('id', u.id, 'name', u.name)
        from ${engagements} e join ${users} u on u.id = e.assistant_id where e.request_id = ${assistanceRequests.id})`,
      family: sql<{
        id: string;
        caseNumber: string;
        name: string;
        city: string;
        memberCount: number;
        hasContactBan: boolean;
        zaZyciem: boolean;
      }>`json_build_object('id', ${families.id}, 'caseNumber', ${families.caseNumber}, 'name', ${families.name},
        'city', ${families.city}, 'zaZyciem', ${families.zaZyciem},
        'memberCount', ${memberCount}, 'hasContactBan', ${hasContactBan})`,
    })
    .from(assistanceRequests)
    .innerJoin(families, eq(families.id, assistanceRequests.familyId))
    .where(
      and(
        eq(assistanceRequests.officeId, officeId),
        eq(assistanceRequests.status, query.status),
        after
          ? sql`(${assistanceRequests.filedAt}, ${assistanceRequests.id}) ${direction} (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(
      pending ? asc(assistanceRequests.filedAt) : desc(assistanceRequests.filedAt),
      pending ? asc(assistanceRequests.id) : desc(assistanceRequests.id),
    )
    .limit(query.limit + 1);
}

/** Locks the request row so that two managers cannot decide it at once. */
export async function lockRequest(db: Executor, id: string) {
  await db.execute(sql`select 1 from ${assistanceRequests} where id = ${id} for update`);
}

export async function hasPendingRequest(db: Executor, familyId: string) {
  const [row] = await db
    .select({ id: assistanceRequests.id })
    .from(assistanceRequests)
    .where(and(eq(assistanceRequests.familyId, familyId), eq(assistanceRequests.status, 'pending')));
  return Boolean(row);
}

export async function insertRequest(db: Executor, values: typeof assistanceRequests.$inferInsert) {
  const [row] = await db.insert(assistanceRequests).values(values).returning({ id: assistanceRequests.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function decideRequestIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: { status: 'approved' | 'rejected'; decidedBy: string; rejectionReason?: string },
) {
  const rows = await db
    .update(assistanceRequests)
    .set({ ...values, decidedAt: sql`now()`, version: sql`${assistanceRequests.version} + 1` })
    .where(
      and(
        eq(assistanceRequests.id, id),
        eq(assistanceRequests.version, version),
        eq(assistanceRequests.status, 'pending'),
      ),
    )
    .returning({ id: assistanceRequests.id });
  return rows.length === 1;
}

/** The columns of the `Engagement` contract, with its history of assistants. */
export const engagementColumns = {
  id: engagements.id,
  familyId: engagements.familyId,
  requestId: engagements.requestId,
  status: engagements.status,
  assistant: userRef(engagements.assistantId),
  assignedBy: userRef(engagements.assignedBy),
  assignedAt: engagements.assignedAt,
  firstVisitAt: engagements.firstVisitAt,
  firstContactDate: engagements.firstContactDate,
  closedOn: engagements.closedOn,
  assignments: sql<
    { assistant: { id: string; name: string }; from: string; to: string | null; reason: string | null }[]
  >`(
    select coalesce(json_agg(json_build_object('assistant', json_build_object('id', u.id, 'name', u.name),
      'from', a.started_at, 'to', a.ended_at, 'reason', a.reason) order by a.started_at), '[]'::json)
    from ${engagementAssignments} a join ${users} u on u.id = a.assistant_id where a.engagement_id = ${qualified(engagements.id)})`,
  version: engagements.version,
};

export async function engagementsOf(db: Executor, familyId: string) {
  return db
    .select(engagementColumns)
    .from(engagements)
    .where(eq(engagements.familyId, familyId))
    .orderBy(desc(engagements.assignedAt));
}

export async function findEngagement(db: Executor, officeId: string, id: string) {
  const [row] = await db
    .select({
      id: engagements.id,
      familyId: engagements.familyId,
      assistantId: engagements.assistantId,
      status: engagements.status,
      version: engagements.version,
    })
    .from(engagements)
    .where(and(eq(engagements.officeId, officeId), eq(engagements.id, id)));
  return row;
}

export async function hasOpenEngagement(db: Executor, familyId: string) {
  const [row] = await db
    .select({ id: engagements.id })
    .from(engagements)
    .where(and(eq(engagements.familyId, familyId), sql`${engagements.status} <> 'closed'`));
  return Boolean(row);
}

export async function insertEngagement(db: Executor, values: typeof engagements.$inferInsert) {
  const [row] = await db.insert(engagements).values(values).returning({ id: engagements.id });
  if (!row) throw new Error('insert returned no row');
  await db.insert(engagementAssignments).values({
    engagementId: row.id,
    assistantId: values.assistantId,
    assignedBy: values.assignedBy,
    startedAt: values.assignedAt,
  });
  return row.id;
}

export async function updateEngagementIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof engagements.$inferInsert>,
) {
  const rows = await db
    .update(engagements)
    .set({ ...values, version: sql`${engagements.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(eq(engagements.id, id), eq(engagements.version, version), sql`${engagements.status} <> 'closed'`),
    )
    .returning({ id: engagements.id });
  return rows.length === 1;
}

export async function handOver(
  db: Executor,
  engagementId: string,
  assistantId: string,
  assignedBy: string,
  reason: string,
) {
  await db
    .update(engagementAssignments)
    .set({ endedAt: sql`now()` })
    .where(
      and(
        eq(engagementAssignments.engagementId, engagementId),
        sql`${engagementAssignments.endedAt} is null`,
      ),
    );
  await db.insert(engagementAssignments).values({ engagementId, assistantId, assignedBy, reason });
}

export async function caseloadRules(db: Executor, officeId: string) {
  const [row] = await db
    .select({
      warningAt: offices.caseloadWarningAt,
      monitoringCounts: offices.monitoringCountsTowardCaseload,
    })
    .from(offices)
    .where(eq(offices.id, officeId));
  if (!row) throw new Error(`office ${officeId} not found`);
  return row;
}

/** The engagement statuses that take one of an assistant's places under the office's rule. */
const placeStatuses = (monitoringCounts: boolean) =>
  engagementStatuses.filter((status) => occupiesPlace(status, monitoringCounts));

/** Active assistants of the office with the number of places each one's engagements take. */
export async function caseloads(
  db: Executor,
  officeId: string,
  monitoringCounts: boolean,
  assistantId?: string,
) {
  return db
    .select({
      id: users.id,
      name: users.name,
      active: sql<number>`(select count(*)::int from ${engagements}
        where ${engagements.assistantId} = ${qualified(users.id)} and ${inArray(engagements.status, placeStatuses(monitoringCounts))})`,
    })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'assistant')))
    .where(
      and(
        eq(users.officeId, officeId),
        eq(users.active, true),
        assistantId ? eq(users.id, assistantId) : undefined,
      ),
    )
    .orderBy(sql`search_key(${users.name})`, asc(users.id));
}

/** Serialises assignments to one assistant, so two approvals cannot both take the 15th place. */
export async function lockAssistant(db: Executor, assistantId: string) {
  await db.execute(sql`select 1 from ${users} where id = ${assistantId} for update`);
}
