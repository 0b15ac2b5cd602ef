import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { userRef } from '../../db/refs';
import { dutyHours } from '../../db/schema';

const dutyHourColumns = {
  id: dutyHours.id,
  assistant: userRef(dutyHours.assistantId),
  weekday: dutyHours.weekday,
  startTime: dutyHours.startTime,
  endTime: dutyHours.endTime,
  place: dutyHours.place,
  validFrom: dutyHours.validFrom,
  validTo: dutyHours.validTo,
  version: dutyHours.version,
};

/** The duty hours of the office valid at some point between the dates (optionally one person's). */
export async function dutyHoursIn(
  db: Executor,
  officeId: string,
  from: string,
  to: string,
  assistantId?: string,
) {
  return db
    .select(dutyHourColumns)
    .from(dutyHours)
    .where(
      and(
        eq(dutyHours.officeId, officeId),
        lte(dutyHours.validFrom, to),
        or(isNull(dutyHours.validTo), gte(dutyHours.validTo, from)),
        assistantId ? eq(dutyHours.assistantId, assistantId) : undefined,
      ),
    )
    .orderBy(asc(dutyHours.weekday), asc(dutyHours.startTime));
}
export type DutyHourRow = Awaited<ReturnType<typeof dutyHoursIn>>[number];

export async function dutyHourById(db: Executor, officeId: string, id: string) {
  const [row] = await db
    .select(dutyHourColumns)
    .from(dutyHours)
    .where(and(eq(dutyHours.officeId, officeId), eq(dutyHours.id, id)));
  return row;
}

export async function insertDutyHour(db: Executor, values: typeof dutyHours.$inferInsert) {
  const [row] = await db.insert(dutyHours).values(values).returning({ id: dutyHours.id });
  if (!row) throw new Error('duty hour not inserted');
  return row.id;
}

export async function updateDutyHourIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof dutyHours.$inferInsert>,
) {
  const rows = await db
    .update(dutyHours)
    .set({ ...values, version: sql`${dutyHours.version} + 1` })
    .where(and(eq(dutyHours.id, id), eq(dutyHours.version, version)))
    .returning({ id: dutyHours.id });
  return rows.length > 0;
}

/** The roster is a plan, not a record of work done: a removed hour goes. */
export async function deleteDutyHourIfVersion(db: Executor, id: string, version: number) {
  const rows = await db
    .delete(dutyHours)
    .where(and(eq(dutyHours.id, id), eq(dutyHours.version, version)))
    .returning({ id: dutyHours.id });
  return rows.length > 0;
}
