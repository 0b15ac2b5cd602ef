import { and, asc, between, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { CancelReason, ContactKind, ContactPlace, WorkKind } from '../../../contract/contacts';
import type { VisitStatus } from '../../../domain/contacts';
import type { EngagementStatus } from '../../../domain/engagement';
import type { Executor } from '../../db/client';
import { familyRef, userRef } from '../../db/refs';
import { contacts, engagements, families, plannedVisits, workRecords } from '../../db/schema';
import { calendarContactColumns } from '../contacts/queries';

const visitColumns = {
  id: plannedVisits.id,
  engagementId: plannedVisits.engagementId,
  family: familyRef,
  assistant: userRef(plannedVisits.assistantId),
  date: plannedVisits.date,
  startTime: plannedVisits.startTime,
  endTime: plannedVisits.endTime,
  kind: sql<ContactKind>`${plannedVisits.kind}`,
  place: sql<ContactPlace>`${plannedVisits.place}`,
  note: plannedVisits.note,
  status: sql<VisitStatus>`${plannedVisits.status}`,
  cancelReason: sql<CancelReason | null>`${plannedVisits.cancelReason}`,
  cancelNote: plannedVisits.cancelNote,
  contactId: plannedVisits.contactId,
  version: plannedVisits.version,
};

const workColumns = {
  id: workRecords.id,
  user: userRef(workRecords.userId),
  date: workRecords.date,
  startTime: workRecords.startTime,
  endTime: workRecords.endTime,
  kind: sql<WorkKind>`${workRecords.kind}`,
  note: workRecords.note,
  version: workRecords.version,
};

/** Whose calendar: one person's, or every assistant's of the office. */
export type CalendarScope = { userId: string } | { officeId: string };

const ofScope = (scope: CalendarScope, personColumn: AnyPgColumn) =>
  'userId' in scope ? eq(personColumn, scope.userId) : eq(engagements.officeId, scope.officeId);

export async function visitsIn(db: Executor, scope: CalendarScope, from: string, to: string) {
  return db
    .select(visitColumns)
    .from(plannedVisits)
    .innerJoin(engagements, eq(engagements.id, plannedVisits.engagementId))
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(and(ofScope(scope, plannedVisits.assistantId), between(plannedVisits.date, from, to)))
    .orderBy(asc(plannedVisits.date), asc(plannedVisits.startTime));
}

export type VisitRow = Awaited<ReturnType<typeof visitsIn>>[number];

export async function visitById(db: Executor, id: string) {
  const [row] = await db
    .select(visitColumns)
    .from(plannedVisits)
    .innerJoin(engagements, eq(engagements.id, plannedVisits.engagementId))
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(eq(plannedVisits.id, id));
  return row;
}

export async function contactsIn(db: Executor, scope: CalendarScope, from: string, to: string) {
  return db
    .select(calendarContactColumns)
    .from(contacts)
    .innerJoin(engagements, eq(engagements.id, contacts.engagementId))
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(
      and(ofScope(scope, contacts.assistantId), between(contacts.date, from, to), isNull(contacts.deletedAt)),
    )
    .orderBy(asc(contacts.date), asc(contacts.startTime));
}

/** Other work of one person, or of every assistant of the office in a team view. */
export async function workIn(db: Executor, userIds: string[], from: string, to: string) {
  if (userIds.length === 0) return [];
  return db
    .select(workColumns)
    .from(workRecords)
    .where(
      and(
        inArray(workRecords.userId, userIds),
        between(workRecords.date, from, to),
        isNull(workRecords.deletedAt),
      ),
    )
    .orderBy(asc(workRecords.date), asc(workRecords.startTime));
}

export async function workById(db: Executor, id: string) {
  const [row] = await db
    .select({ ...workColumns, userId: workRecords.userId })
    .from(workRecords)
    .where(and(eq(workRecords.id, id), isNull(workRecords.deletedAt)));
  return row;
}

export async function insertVisit(db: Executor, values: typeof plannedVisits.$inferInsert) {
  const [row] = await db.insert(plannedVisits).values(values).returning({ id: plannedVisits.id });
  if (!row) throw new Error('visit not inserted');
  return row.id;
}

/** Changes a visit still planned, if the version matches; false otherwise. */
export async function updatePlannedVisit(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof plannedVisits.$inferInsert>,
) {
  const rows = await db
    .update(plannedVisits)
    .set({ ...values, version: sql`${plannedVisits.version} + 1` })
    .where(
      and(eq(plannedVisits.id, id), eq(plannedVisits.version, version), eq(plannedVisits.status, 'planned')),
    )
    .returning({ id: plannedVisits.id });
  return rows.length > 0;
}

export async function insertWork(db: Executor, values: typeof workRecords.$inferInsert) {
  const [row] = await db.insert(workRecords).values(values).returning({ id: workRecords.id });
  if (!row) throw new Error('work record not inserted');
  return row.id;
}

export async function updateWorkIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof workRecords.$inferInsert>,
) {
  const rows = await db
    .update(workRecords)
    .set({ ...values, version: sql`${workRecords.version} + 1` })
    .where(and(eq(workRecords.id, id), eq(workRecords.version, version), isNull(workRecords.deletedAt)))
    .returning({ id: workRecords.id });
  return rows.length > 0;
}

export async function deleteWorkIfVersion(db: Executor, id: string, version: number) {
  return updateWorkIfVersion(db, id, version, { deletedAt: sql`now()` as unknown as Date });
}

/** One assistant's engagements that are not closed, by family name. */
export async function openEngagementsOf(db: Executor, assistantId: string) {
  return db
    .select({
      engagementId: engagements.id,
      family: familyRef,
      status: sql<EngagementStatus>`${engagements.status}`,
    })
    .from(engagements)
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(and(eq(engagements.assistantId, assistantId), sql`${engagements.status} <> 'closed'`))
    .orderBy(sql`search_key(${families.name})`, asc(engagements.id));
}
