import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { EmploymentBody } from '../../../contract/staff';
import type { Executor } from '../../db/client';
import {
  developmentRecords,
  employmentPeriods,
  equipmentIssues,
  qualifications,
  userRoles,
  users,
} from '../../db/schema';

export const staffTables = { employmentPeriods, qualifications, developmentRecords, equipmentIssues };
export type StaffTable = (typeof staffTables)[keyof typeof staffTables];

const periodColumns = {
  id: employmentPeriods.id,
  position: employmentPeriods.position,
  form: employmentPeriods.form,
  fte: employmentPeriods.fte,
  startsOn: employmentPeriods.startsOn,
  endsOn: employmentPeriods.endsOn,
  funding: employmentPeriods.funding,
  fundingName: employmentPeriods.fundingName,
  fundingYear: employmentPeriods.fundingYear,
  note: employmentPeriods.note,
  version: employmentPeriods.version,
};

const rolesOf = sql<
  string[]
>`(select coalesce(array_agg(r.role order by r.role), '{}') from ${userRoles} r where r.user_id = ${users.id})`;

/** Everyone of the office, with the employment period in force today. */
export async function staffOf(db: Executor, officeId: string, today: string) {
  const people = await db
    .select({ id: users.id, name: users.name, roles: rolesOf, active: users.active })
    .from(users)
    .where(eq(users.officeId, officeId))
    .orderBy(sql`search_key(${users.name})`, asc(users.id));
  const current = await db
    .selectDistinctOn([employmentPeriods.userId], { userId: employmentPeriods.userId, ...periodColumns })
    .from(employmentPeriods)
    .where(
      and(
        eq(employmentPeriods.officeId, officeId),
        lte(employmentPeriods.startsOn, today),
        or(isNull(employmentPeriods.endsOn), gte(employmentPeriods.endsOn, today)),
      ),
    )
    .orderBy(employmentPeriods.userId, desc(employmentPeriods.startsOn));
  const byUser = new Map(current.map(({ userId, ...period }) => [userId, period]));
  return people.map((person) => ({ ...person, current: byUser.get(person.id) ?? null }));
}

export async function person(db: Executor, officeId: string, id: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, roles: rolesOf, active: users.active })
    .from(users)
    .where(and(eq(users.id, id), eq(users.officeId, officeId)));
  return row;
}

export async function recordsOf(db: Executor, userId: string) {
  const [employment, quals, development, equipment] = await Promise.all([
    db
      .select(periodColumns)
      .from(employmentPeriods)
      .where(eq(employmentPeriods.userId, userId))
      .orderBy(desc(employmentPeriods.startsOn)),
    db
      .select({
        id: qualifications.id,
        title: qualifications.title,
        institution: qualifications.institution,
        obtainedOn: qualifications.obtainedOn,
        note: qualifications.note,
      })
      .from(qualifications)
      .where(eq(qualifications.userId, userId))
      .orderBy(desc(qualifications.obtainedOn)),
    db
      .select({
        id: developmentRecords.id,
        kind: developmentRecords.kind,
        title: developmentRecords.title,
        date: developmentRecords.date,
        hours: developmentRecords.hours,
        note: developmentRecords.note,
      })
      .from(developmentRecords)
      .where(eq(developmentRecords.userId, userId))
      .orderBy(desc(developmentRecords.date)),
    db
      .select({
        id: equipmentIssues.id,
        kind: equipmentIssues.kind,
        number: equipmentIssues.number,
        description: equipmentIssues.description,
        issuedOn: equipmentIssues.issuedOn,
        returnedOn: equipmentIssues.returnedOn,
        version: equipmentIssues.version,
      })
      .from(equipmentIssues)
      .where(eq(equipmentIssues.userId, userId))
      .orderBy(desc(equipmentIssues.issuedOn)),
  ]);
  return { employment, qualifications: quals, development, equipment };
}

/** Whose a staff record is, within the office; none for another office's or an unknown id. */
export async function ownerOf(db: Executor, table: StaffTable, officeId: string, id: string) {
  const [row] = await db
    .select({ userId: table.userId })
    .from(table)
    .where(and(eq(table.id, id), eq(table.officeId, officeId)));
  return row?.userId;
}

export const employmentValues = (body: EmploymentBody) => ({
  position: body.position,
  form: body.form,
  fte: body.fte,
  startsOn: body.startsOn,
  endsOn: body.endsOn ?? null,
  funding: body.funding,
  fundingName: body.fundingName ?? null,
  fundingYear: body.fundingYear ?? null,
  note: body.note ?? null,
});
