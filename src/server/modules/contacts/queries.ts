import { and, desc, eq, gte, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { ContactKind, ContactPlace } from '../../../contract/contacts';
import { FREQUENCY_WEEKS } from '../../../domain/working-time';
import type { Executor } from '../../db/client';
import { qualified } from '../../db/qualified';
import { familyRef, userRef } from '../../db/refs';
import {
  contacts,
  engagements,
  families,
  people,
  plannedVisits,
  workPlanVersions,
  workRecords,
} from '../../db/schema';

const contactId = qualified(contacts.id);

/** A contact as the calendar shows it: no case content. */
export const calendarContactColumns = {
  id: contacts.id,
  engagementId: contacts.engagementId,
  family: familyRef,
  assistant: userRef(contacts.assistantId),
  date: contacts.date,
  startTime: contacts.startTime,
  endTime: contacts.endTime,
  kind: sql<ContactKind>`${contacts.kind}`,
  place: sql<ContactPlace>`${contacts.place}`,
  plannedVisitId: sql<string | null>`(select v.id from ${plannedVisits} v where v.contact_id = ${contactId})`,
};

const contactColumns = {
  ...calendarContactColumns,
  placeNote: contacts.placeNote,
  participants: sql<{
    members: { personId: string; name: string }[];
    others: string | null;
  }>`json_build_object(
    'members', (select coalesce(json_agg(json_build_object('personId', p.id, 'name', p.first_name || ' ' || p.last_name)
        order by p.birth_date, p.id), '[]'::json)
      from ${people} p where p.id::text in (select jsonb_array_elements_text(${contacts.participants}->'memberIds'))),
    'others', ${contacts.participants}->>'others')`,
  description: contacts.description,
  /** Each action named as the latest version of the plan that has it words it. */
  actions: sql<{ id: string; description: string }[]>`(select coalesce(json_agg(json_build_object('id', a.id,
      'description', (select act->>'description' from ${workPlanVersions} v,
          jsonb_array_elements(v.goals) g, jsonb_array_elements(g->'actions') act
        where v.engagement_id = ${qualified(contacts.engagementId)} and act->>'id' = a.id
        order by v.number desc limit 1)) order by a.n), '[]'::json)
    from jsonb_array_elements_text(${contacts.actionIds}) with ordinality a(id, n))`,
  followUps: contacts.followUps,
  version: contacts.version,
};

const liveContacts = (...conditions: (SQL | undefined)[]) => and(isNull(contacts.deletedAt), ...conditions);

/** Contacts newest first: one engagement's or one assistant's, within dates, a page at a time. */
export async function listContacts(
  db: Executor,
  scope: { engagementId: string } | { assistantId: string },
  query: { from?: string; to?: string; limit: number },
  after: unknown[] | null,
) {
  return db
    .select(contactColumns)
    .from(contacts)
    .innerJoin(engagements, eq(engagements.id, contacts.engagementId))
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(
      liveContacts(
        'engagementId' in scope
          ? eq(contacts.engagementId, scope.engagementId)
          : eq(contacts.assistantId, scope.assistantId),
        query.from ? gte(contacts.date, query.from) : undefined,
        query.to ? lte(contacts.date, query.to) : undefined,
        after
          ? sql`(${contacts.date}, ${contacts.startTime}, ${contacts.id}) < (${String(after[0])}::date, ${String(after[1])}, ${String(after[2])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(contacts.date), desc(contacts.startTime), desc(contacts.id))
    .limit(query.limit + 1);
}
export type ContactRow = Awaited<ReturnType<typeof listContacts>>[number];

export async function contactById(db: Executor, id: string) {
  const [row] = await db
    .select(contactColumns)
    .from(contacts)
    .innerJoin(engagements, eq(engagements.id, contacts.engagementId))
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(liveContacts(eq(contacts.id, id)));
  return row;
}

/** Where a contact or planned visit belongs, to check access before touching it. */
export async function findContact(db: Executor, id: string) {
  const [row] = await db
    .select({ id: contacts.id, engagementId: contacts.engagementId, assistantId: contacts.assistantId })
    .from(contacts)
    .where(liveContacts(eq(contacts.id, id)));
  return row;
}

export async function insertContact(db: Executor, values: typeof contacts.$inferInsert) {
  const [row] = await db.insert(contacts).values(values).returning({ id: contacts.id });
  if (!row) throw new Error('contact not inserted');
  return row.id;
}

export async function updateContactIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof contacts.$inferInsert>,
) {
  const rows = await db
    .update(contacts)
    .set({ ...values, version: sql`${contacts.version} + 1`, updatedAt: sql`now()` })
    .where(liveContacts(eq(contacts.id, id), eq(contacts.version, version)))
    .returning({ id: contacts.id });
  return rows.length > 0;
}

/**
 * Serialises the recording of one person's time, so that two requests cannot both find the
 * hour free; held until the transaction ends.
 */
export async function lockTimeOf(db: Executor, userId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('time:' || ${userId}))`);
}

/** Whether the person already has a contact or other work crossing this span. */
export async function timeTaken(
  db: Executor,
  userId: string,
  span: { date: string; startTime: string; endTime: string },
  except: { contactId?: string; workRecordId?: string } = {},
) {
  const crosses = (table: typeof contacts | typeof workRecords) =>
    and(
      eq(table.date, span.date),
      sql`${table.startTime} < ${span.endTime} and ${span.startTime} < ${table.endTime}`,
      isNull(table.deletedAt),
    );
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.assistantId, userId),
        crosses(contacts),
        except.contactId ? ne(contacts.id, except.contactId) : undefined,
      ),
    )
    .limit(1);
  if (contact) return true;
  const [work] = await db
    .select({ id: workRecords.id })
    .from(workRecords)
    .where(
      and(
        eq(workRecords.userId, userId),
        crosses(workRecords),
        except.workRecordId ? ne(workRecords.id, except.workRecordId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(work);
}

/** Every action id any version of the engagement's plan has had. */
export async function planActionIds(db: Executor, engagementId: string) {
  const versions = await db
    .select({ goals: workPlanVersions.goals })
    .from(workPlanVersions)
    .where(eq(workPlanVersions.engagementId, engagementId));
  return new Set(
    versions.flatMap((version) => version.goals.flatMap((goal) => goal.actions.map((a) => a.id))),
  );
}

/** Marks a contact deleted if the version matches; returns its date (null when stale). */
export async function deleteContactIfVersion(db: Executor, id: string, version: number) {
  const [row] = await db
    .update(contacts)
    .set({ deletedAt: sql`now()`, version: sql`${contacts.version} + 1` })
    .where(liveContacts(eq(contacts.id, id), eq(contacts.version, version)))
    .returning({ date: contacts.date });
  if (!row) return null;
  await db
    .update(plannedVisits)
    .set({ status: 'planned', contactId: null, version: sql`${plannedVisits.version} + 1` })
    .where(eq(plannedVisits.contactId, id));
  return row.date;
}

/** The engagements in active work (after the first contact, before monitoring), with their recent contact dates. */
export async function frequencySources(
  db: Executor,
  officeId: string,
  assistantId: string | undefined,
  today: string,
) {
  const engagementId = qualified(engagements.id);
  return db
    .select({
      engagementId: engagements.id,
      family: familyRef,
      assistant: userRef(engagements.assistantId),
      firstContactDate: engagements.firstContactDate,
      dates: sql<string[]>`(select coalesce(json_agg(c.date), '[]'::json) from ${contacts} c
        where c.engagement_id = ${engagementId} and c.deleted_at is null
          and c.date between ${today}::date - ${FREQUENCY_WEEKS * 7 - 1}::int and ${today}::date)`,
      lastContactDate: sql<string | null>`(select max(c.date)::text from ${contacts} c
        where c.engagement_id = ${engagementId} and c.deleted_at is null and c.date <= ${today}::date)`,
    })
    .from(engagements)
    .innerJoin(families, eq(families.id, engagements.familyId))
    .where(
      and(
        eq(engagements.officeId, officeId),
        sql`${engagements.status} in ('diagnosis', 'implementation')`,
        assistantId ? eq(engagements.assistantId, assistantId) : undefined,
      ),
    );
}
