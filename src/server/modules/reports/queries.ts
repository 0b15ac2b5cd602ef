import { and, count, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Period } from '../../../domain/reports';
import type { Executor } from '../../db/client';
import {
  assistanceRequests,
  contacts,
  employmentPeriods,
  engagements,
  families,
  familyMembers,
  people,
  reportDefinitions,
} from '../../db/schema';

/* What a report is computed from: the office's employment periods, engagements and children. */

const assignedOn = sql<string>`(${engagements.assignedAt} at time zone 'Europe/Warsaw')::date::text`;

/** The office's engagements with any day in the period. */
const engagementsIn = (officeId: string, period: Period): SQL | undefined =>
  and(
    eq(engagements.officeId, officeId),
    sql`(${engagements.assignedAt} at time zone 'Europe/Warsaw')::date <= ${period.to}::date`,
    or(isNull(engagements.closedOn), gte(engagements.closedOn, period.from)),
  );

export async function employmentIn(db: Executor, officeId: string, period: Period) {
  return db
    .select({
      personId: employmentPeriods.userId,
      position: employmentPeriods.position,
      from: employmentPeriods.startsOn,
      to: employmentPeriods.endsOn,
      form: employmentPeriods.form,
      fte: employmentPeriods.fte,
      funding: employmentPeriods.funding,
    })
    .from(employmentPeriods)
    .where(
      and(
        eq(employmentPeriods.officeId, officeId),
        lte(employmentPeriods.startsOn, period.to),
        or(isNull(employmentPeriods.endsOn), gte(employmentPeriods.endsOn, period.from)),
      ),
    );
}

export async function engagementRecordsIn(db: Executor, officeId: string, period: Period) {
  return db
    .select({
      familyId: engagements.familyId,
      from: assignedOn,
      closedOn: engagements.closedOn,
      closureReason: engagements.closureReason,
      courtOrdered: sql<boolean>`coalesce(${assistanceRequests.legalBasis} = 'court_order', false)`,
      zaZyciem: families.zaZyciem,
    })
    .from(engagements)
    .innerJoin(families, eq(families.id, engagements.familyId))
    .leftJoin(assistanceRequests, eq(assistanceRequests.id, engagements.requestId))
    .where(engagementsIn(officeId, period));
}

/** The members of the families supported in the period, with their birth dates. */
export async function membersIn(db: Executor, officeId: string, period: Period) {
  return db
    .select({
      familyId: familyMembers.familyId,
      personId: familyMembers.personId,
      birthDate: people.birthDate,
    })
    .from(familyMembers)
    .innerJoin(people, eq(people.id, familyMembers.personId))
    .where(
      sql`${familyMembers.familyId} in (select ${engagements.familyId} from ${engagements} where ${engagementsIn(officeId, period)})`,
    );
}

/** The office's contacts held in the period, counted by year. */
export async function contactsByYear(db: Executor, officeId: string, period: Period) {
  return db
    .select({ year: sql<number>`extract(year from ${contacts.date})::int`, n: count() })
    .from(contacts)
    .innerJoin(engagements, eq(engagements.id, contacts.engagementId))
    .where(
      and(
        eq(engagements.officeId, officeId),
        isNull(contacts.deletedAt),
        gte(contacts.date, period.from),
        lte(contacts.date, period.to),
      ),
    )
    .groupBy(sql`1`);
}

export async function definitionOf(db: Executor, officeId: string, key: string) {
  const [row] = await db
    .select({ rows: reportDefinitions.rows, version: reportDefinitions.version })
    .from(reportDefinitions)
    .where(and(eq(reportDefinitions.officeId, officeId), eq(reportDefinitions.key, key)));
  return row;
}

export async function saveDefinition(
  db: Executor,
  values: { officeId: string; key: string; rows: { label: string; metric: string }[]; updatedBy: string },
  version: number | null,
): Promise<boolean> {
  if (version === null) {
    const inserted = await db.insert(reportDefinitions).values(values).onConflictDoNothing().returning();
    return inserted.length > 0;
  }
  const updated = await db
    .update(reportDefinitions)
    .set({
      rows: values.rows,
      updatedBy: values.updatedBy,
      updatedAt: new Date(),
      version: sql`${reportDefinitions.version} + 1`,
    })
    .where(
      and(
        eq(reportDefinitions.officeId, values.officeId),
        eq(reportDefinitions.key, values.key),
        eq(reportDefinitions.version, version),
      ),
    )
    .returning();
  return updated.length > 0;
}
