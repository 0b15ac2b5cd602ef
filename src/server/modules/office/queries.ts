import { and, asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../contract/roles';
import type { DeadlineRules } from '../../../domain/deadlines';
import type { Executor } from '../../db/client';
import { offices, problemTypes, userRoles, users } from '../../db/schema';

const deadlineRuleColumns = {
  planMonths: offices.planMonths,
  assessmentMonths: offices.assessmentMonths,
  standardMonths: offices.standardMonths,
  extensionMonths: offices.extensionMonths,
  monitoringMonths: offices.monitoringMonths,
};

/** The office's terms of an engagement, for src/domain/deadlines.ts. */
export async function deadlineRules(db: Executor, officeId: string): Promise<DeadlineRules> {
  const [row] = await db.select(deadlineRuleColumns).from(offices).where(eq(offices.id, officeId));
  if (!row) throw new Error(`office ${officeId} not found`);
  return row;
}

const workRuleColumns = {
  contactTargetPerWeek: offices.contactTargetPerWeek,
  workDayStart: offices.workDayStart,
  workDayEnd: offices.workDayEnd,
};

/** The office's rules of working time: the contact target and the hours work may fall in. */
export async function workRules(db: Executor, officeId: string) {
  const [row] = await db.select(workRuleColumns).from(offices).where(eq(offices.id, officeId));
  if (!row) throw new Error(`office ${officeId} not found`);
  return {
    contactTarget: row.contactTargetPerWeek,
    window: { start: row.workDayStart, end: row.workDayEnd },
  };
}

export async function findOffice(db: Executor, officeId: string) {
  const [row] = await db
    .select({
      name: offices.name,
      street: offices.street,
      postalCode: offices.postalCode,
      city: offices.city,
      phone: offices.phone,
      email: offices.email,
      caseloadWarningAt: offices.caseloadWarningAt,
      monitoringCountsTowardCaseload: offices.monitoringCountsTowardCaseload,
      ...deadlineRuleColumns,
      ...workRuleColumns,
      teamLeadSeesBlueCards: offices.teamLeadSeesBlueCards,
      attachmentMaxMb: offices.attachmentMaxMb,
      version: offices.version,
    })
    .from(offices)
    .where(eq(offices.id, officeId));
  if (!row) throw new Error(`office ${officeId} not found`);
  return row;
}

export async function updateOfficeIfVersion(
  db: Executor,
  officeId: string,
  version: number,
  values: Partial<typeof offices.$inferInsert>,
) {
  const rows = await db
    .update(offices)
    .set({ ...values, version: sql`${offices.version} + 1` })
    .where(and(eq(offices.id, officeId), eq(offices.version, version)))
    .returning({ id: offices.id });
  return rows.length === 1;
}

export async function listProblemTypes(db: Executor, officeId: string) {
  return db
    .select({
      id: problemTypes.id,
      name: problemTypes.name,
      active: problemTypes.active,
      version: problemTypes.version,
    })
    .from(problemTypes)
    .where(eq(problemTypes.officeId, officeId))
    .orderBy(sql`search_key(${problemTypes.name})`, asc(problemTypes.id));
}

export async function problemTypeNameTaken(db: Executor, officeId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: problemTypes.id })
    .from(problemTypes)
    .where(
      and(
        eq(problemTypes.officeId, officeId),
        eq(sql`lower(${problemTypes.name})`, name.toLowerCase()),
        exceptId ? sql`${problemTypes.id} <> ${exceptId}` : undefined,
      ),
    );
  return Boolean(row);
}

export async function insertProblemTypes(db: Executor, officeId: string, names: readonly string[]) {
  return db
    .insert(problemTypes)
    .values(names.map((name) => ({ officeId, name })))
    .returning({ id: problemTypes.id });
}

export async function updateProblemTypeIfVersion(
  db: Executor,
  officeId: string,
  id: string,
  version: number,
  values: { name?: string; active?: boolean },
) {
  return db
    .update(problemTypes)
    .set({ ...values, version: sql`${problemTypes.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(eq(problemTypes.officeId, officeId), eq(problemTypes.id, id), eq(problemTypes.version, version)),
    )
    .returning({ id: problemTypes.id, name: problemTypes.name, active: problemTypes.active });
}

export async function problemTypeExists(db: Executor, officeId: string, id: string) {
  const [row] = await db
    .select({ id: problemTypes.id })
    .from(problemTypes)
    .where(and(eq(problemTypes.officeId, officeId), eq(problemTypes.id, id)));
  return Boolean(row);
}

/** Offices that have no problem dictionary yet (created before it existed, or just now). */
export async function officesWithoutProblemTypes(db: Executor) {
  const rows = await db
    .select({ id: offices.id })
    .from(offices)
    .where(sql`not exists (select 1 from ${problemTypes} p where p.office_id = ${offices.id})`);
  return rows.map((row) => row.id);
}

/** Active people of the office holding the role (or the one with this id, if they qualify). */
export async function activeStaff(db: Executor, officeId: string, role: Role, id?: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
    .where(and(eq(users.officeId, officeId), eq(users.active, true), id ? eq(users.id, id) : undefined))
    .orderBy(sql`search_key(${users.name})`, asc(users.id));
}
