import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { InstitutionListQuery, PartnerRole, ReferralStatus } from '../../../contract/partners';
import type { InstitutionKind, MeetingBody } from '../../../domain/partners';
import type { Executor } from '../../db/client';
import { qualified } from '../../db/qualified';
import { userRef } from '../../db/refs';
import {
  engagementPartners,
  engagements,
  institutions,
  people,
  referrals,
  teamMeetings,
} from '../../db/schema';

const institutionColumns = {
  id: institutions.id,
  name: institutions.name,
  kind: sql<InstitutionKind>`${institutions.kind}`,
  street: institutions.street,
  postalCode: institutions.postalCode,
  city: institutions.city,
  phone: institutions.phone,
  email: institutions.email,
  website: institutions.website,
  hours: institutions.hours,
  services: institutions.services,
  contacts: institutions.contacts,
  active: institutions.active,
  version: institutions.version,
};

const byName = sql`search_key(${institutions.name})`;

/** The directory by name, a page at a time; `q` finds words of the name, accents ignored. */
export async function listInstitutions(
  db: Executor,
  officeId: string,
  query: InstitutionListQuery,
  after: unknown[] | null,
) {
  return db
    .select({ ...institutionColumns, sortKey: sql<string>`${byName}` })
    .from(institutions)
    .where(
      and(
        eq(institutions.officeId, officeId),
        query.q ? sql`${byName} like '%' || search_key(${query.q}) || '%'` : undefined,
        query.kind ? eq(institutions.kind, query.kind) : undefined,
        query.active ? eq(institutions.active, query.active === 'true') : undefined,
        after
          ? sql`(${byName}, ${institutions.id}) > (${String(after[0])}, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(byName, asc(institutions.id))
    .limit(query.limit + 1);
}

export async function institutionById(db: Executor, officeId: string, id: string) {
  const [row] = await db
    .select(institutionColumns)
    .from(institutions)
    .where(and(eq(institutions.officeId, officeId), eq(institutions.id, id)));
  return row;
}

export async function institutionNameTaken(db: Executor, officeId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: institutions.id })
    .from(institutions)
    .where(
      and(
        eq(institutions.officeId, officeId),
        sql`lower(${institutions.name}) = lower(${name})`,
        exceptId ? sql`${institutions.id} <> ${exceptId}` : undefined,
      ),
    );
  return Boolean(row);
}

export async function insertInstitutions(db: Executor, values: (typeof institutions.$inferInsert)[]) {
  return db.insert(institutions).values(values).returning({ id: institutions.id });
}

export async function updateInstitutionIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof institutions.$inferInsert>,
) {
  const rows = await db
    .update(institutions)
    .set({ ...values, version: sql`${institutions.version} + 1` })
    .where(and(eq(institutions.id, id), eq(institutions.version, version)))
    .returning({ id: institutions.id });
  return rows.length > 0;
}

const institutionRef = (column: AnyPgColumn) =>
  sql<{
    id: string;
    name: string;
  }>`(select json_build_object('id', i.id, 'name', i.name) from ${institutions} i where i.id = ${qualified(column)})`;

export async function partnersOf(db: Executor, engagementId: string, id?: string) {
  return db
    .select({
      id: engagementPartners.id,
      engagementId: engagementPartners.engagementId,
      institution: institutionRef(engagementPartners.institutionId),
      role: sql<PartnerRole>`${engagementPartners.role}`,
      personName: engagementPartners.personName,
      contact: engagementPartners.contact,
      since: engagementPartners.since,
      until: engagementPartners.until,
      note: engagementPartners.note,
      version: engagementPartners.version,
    })
    .from(engagementPartners)
    .where(id ? eq(engagementPartners.id, id) : eq(engagementPartners.engagementId, engagementId))
    .orderBy(
      sql`${engagementPartners.until} is not null`,
      asc(engagementPartners.since),
      asc(engagementPartners.id),
    );
}

export async function findPartner(db: Executor, id: string) {
  const [row] = await db
    .select({ engagementId: engagementPartners.engagementId })
    .from(engagementPartners)
    .where(eq(engagementPartners.id, id));
  return row;
}

export async function insertPartner(db: Executor, values: typeof engagementPartners.$inferInsert) {
  const [row] = await db.insert(engagementPartners).values(values).returning({ id: engagementPartners.id });
  if (!row) throw new Error('partner not inserted');
  return row.id;
}

export async function updatePartnerIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof engagementPartners.$inferInsert>,
) {
  const rows = await db
    .update(engagementPartners)
    .set({ ...values, version: sql`${engagementPartners.version} + 1` })
    .where(and(eq(engagementPartners.id, id), eq(engagementPartners.version, version)))
    .returning({ id: engagementPartners.id });
  return rows.length > 0;
}

const referralColumns = {
  id: referrals.id,
  engagementId: referrals.engagementId,
  person: sql<{ id: string; name: string } | null>`(select json_build_object('id', p.id,
    'name', p.first_name || ' ' || p.last_name) from ${people} p where p.id = ${qualified(referrals.personId)})`,
  institution: institutionRef(referrals.institutionId),
  service: referrals.service,
  referredOn: referrals.referredOn,
  status: sql<ReferralStatus>`${referrals.status}`,
  outcome: referrals.outcome,
  version: referrals.version,
};

/** Referrals newest first: of one engagement, or of every engagement of a family. */
export async function referralsOf(db: Executor, scope: { engagementId: string } | { familyId: string }) {
  return db
    .select(referralColumns)
    .from(referrals)
    .where(
      'engagementId' in scope
        ? eq(referrals.engagementId, scope.engagementId)
        : sql`${referrals.engagementId} in (select e.id from ${engagements} e where e.family_id = ${scope.familyId})`,
    )
    .orderBy(desc(referrals.referredOn), desc(referrals.createdAt));
}

export async function findReferral(db: Executor, id: string) {
  const [row] = await db.select(referralColumns).from(referrals).where(eq(referrals.id, id));
  return row;
}

export async function insertReferral(db: Executor, values: typeof referrals.$inferInsert) {
  const [row] = await db.insert(referrals).values(values).returning({ id: referrals.id });
  if (!row) throw new Error('referral not inserted');
  return row.id;
}

export async function updateReferralIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof referrals.$inferInsert>,
) {
  const rows = await db
    .update(referrals)
    .set({ ...values, version: sql`${referrals.version} + 1` })
    .where(and(eq(referrals.id, id), eq(referrals.version, version)))
    .returning({ id: referrals.id });
  return rows.length > 0;
}

export async function meetingsOf(db: Executor, engagementId: string) {
  return db
    .select({
      id: teamMeetings.id,
      body: sql<MeetingBody>`${teamMeetings.body}`,
      date: teamMeetings.date,
      members: teamMeetings.members,
      conclusions: teamMeetings.conclusions,
      tasks: teamMeetings.tasks,
      createdBy: userRef(teamMeetings.createdBy),
      version: teamMeetings.version,
    })
    .from(teamMeetings)
    .where(eq(teamMeetings.engagementId, engagementId))
    .orderBy(desc(teamMeetings.date), desc(teamMeetings.createdAt));
}

export async function insertMeeting(db: Executor, values: typeof teamMeetings.$inferInsert) {
  const [row] = await db.insert(teamMeetings).values(values).returning({ id: teamMeetings.id });
  if (!row) throw new Error('meeting not inserted');
  return row.id;
}
