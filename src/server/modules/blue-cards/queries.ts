import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { BlueCardClosureGround } from '../../../domain/blue-card';
import type { Executor } from '../../db/client';
import { blueCardMeetings, blueCards } from '../../db/schema';

export async function blueCardsOf(db: Executor, familyId: string) {
  const cards = await db
    .select({
      id: blueCards.id,
      familyId: blueCards.familyId,
      startedOn: blueCards.startedOn,
      initiatedBy: blueCards.initiatedBy,
      formAFilledBy: blueCards.formAFilledBy,
      assistantInitiated: blueCards.assistantInitiated,
      formASentOn: blueCards.formASentOn,
      assistantInGroup: blueCards.assistantInGroup,
      assistantTasks: blueCards.assistantTasks,
      closedOn: blueCards.closedOn,
      closureGround: sql<BlueCardClosureGround | null>`${blueCards.closureGround}`,
      version: blueCards.version,
    })
    .from(blueCards)
    .where(eq(blueCards.familyId, familyId))
    .orderBy(desc(blueCards.startedOn), desc(blueCards.createdAt));
  const meetings = cards.length
    ? await db
        .select({
          id: blueCardMeetings.id,
          blueCardId: blueCardMeetings.blueCardId,
          date: blueCardMeetings.date,
          note: blueCardMeetings.note,
        })
        .from(blueCardMeetings)
        .where(
          sql`${blueCardMeetings.blueCardId} in (select id from ${blueCards} where family_id = ${familyId})`,
        )
        .orderBy(asc(blueCardMeetings.date))
    : [];
  return cards.map((card) => ({
    ...card,
    meetings: meetings
      .filter((m) => m.blueCardId === card.id)
      .map(({ blueCardId: _, ...meeting }) => meeting),
  }));
}

export async function findBlueCard(db: Executor, id: string) {
  const [row] = await db
    .select({ id: blueCards.id, familyId: blueCards.familyId, startedOn: blueCards.startedOn })
    .from(blueCards)
    .where(eq(blueCards.id, id));
  return row;
}

export async function insertBlueCard(db: Executor, values: typeof blueCards.$inferInsert) {
  const [row] = await db.insert(blueCards).values(values).returning({ id: blueCards.id });
  if (!row) throw new Error('blue card not inserted');
  return row.id;
}

export async function updateBlueCardIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof blueCards.$inferInsert>,
) {
  const rows = await db
    .update(blueCards)
    .set({ ...values, version: sql`${blueCards.version} + 1` })
    .where(and(eq(blueCards.id, id), eq(blueCards.version, version)))
    .returning({ id: blueCards.id });
  return rows.length > 0;
}

export async function insertBlueCardMeeting(db: Executor, values: typeof blueCardMeetings.$inferInsert) {
  await db.insert(blueCardMeetings).values(values);
}

/** Forms A the assistant started and has not yet passed on, for her deadlines. */
export async function pendingFormsA(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select({ id: blueCards.id, familyId: blueCards.familyId, startedOn: blueCards.startedOn })
    .from(blueCards)
    .where(
      and(
        inArray(blueCards.familyId, familyIds),
        eq(blueCards.assistantInitiated, true),
        sql`${blueCards.formASentOn} is null and ${blueCards.closedOn} is null`,
      ),
    );
}
