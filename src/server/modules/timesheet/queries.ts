import { and, between, eq, isNull } from 'drizzle-orm';
import type { TimesheetEntry } from '../../../domain/working-time';
import type { Executor } from '../../db/client';
import { contacts, workRecords } from '../../db/schema';

/** A person's contacts and other work between two dates, as timesheet entries. */
export async function timesheetEntries(
  db: Executor,
  userId: string,
  from: string,
  to: string,
): Promise<TimesheetEntry[]> {
  const [held, work] = await Promise.all([
    db
      .select({ date: contacts.date, start: contacts.startTime, end: contacts.endTime })
      .from(contacts)
      .where(
        and(eq(contacts.assistantId, userId), between(contacts.date, from, to), isNull(contacts.deletedAt)),
      ),
    db
      .select({
        date: workRecords.date,
        start: workRecords.startTime,
        end: workRecords.endTime,
        kind: workRecords.kind,
      })
      .from(workRecords)
      .where(
        and(
          eq(workRecords.userId, userId),
          between(workRecords.date, from, to),
          isNull(workRecords.deletedAt),
        ),
      ),
  ]);
  return [
    ...held.map((entry) => ({ ...entry, kind: 'contact' as const })),
    ...work.map((entry) => ({ ...entry, kind: entry.kind as TimesheetEntry['kind'] })),
  ];
}
