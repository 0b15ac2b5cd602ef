import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  DevelopmentBody,
  EmploymentBody,
  EquipmentBody,
  QualificationBody,
  StaffRecord,
  StaffSummary,
} from '../../../contract/staff';
import { warsawDate } from '../../../domain/calendar';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import type { TeamEvent } from '../../audit/events';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { conflict, notFound } from '../../errors/app-error';
import * as q from './queries';

type StaffChange = Extract<TeamEvent, { details: { recordId: string } }>['action'];
const { employmentPeriods, qualifications, developmentRecords, equipmentIssues } = q.staffTables;

/** The staff records of the office, kept by its manager and administrator; every read and change audited. */
export function staffService(deps: AppDeps) {
  const { db } = deps;

  async function record(tx: Executor, officeId: string, userId: string): Promise<StaffRecord> {
    const person = await q.person(tx, officeId, userId);
    if (!person) throw notFound();
    return { person, ...(await q.recordsOf(tx, userId)) } as StaffRecord;
  }

  /** One change to a person's records, audited with it; the record as it is after. */
  async function change(
    ctx: UserContext,
    userId: string,
    action: StaffChange,
    write: (tx: Executor) => Promise<string>,
  ) {
    return db.transaction(async (tx) => {
      if (!(await q.person(tx, ctx.actor.officeId, userId))) throw notFound();
      const recordId = await write(tx);
      await audit(ctx, tx, { action, entityType: 'staff', entityId: userId, details: { recordId } });
      return record(tx, ctx.actor.officeId, userId);
    });
  }

  /** A change to one record found by its own id; a stale version or a vanished row is a 409. */
  async function changeRecord(
    ctx: UserContext,
    table: q.StaffTable,
    id: string,
    action: StaffChange,
    write: (tx: Executor) => Promise<unknown[]>,
  ) {
    const userId = await q.ownerOf(db, table, ctx.actor.officeId, id);
    if (!userId) throw notFound();
    return change(ctx, userId, action, async (tx) => {
      if ((await write(tx)).length === 0) throw conflict();
      return id;
    });
  }

  const inserted = async (rows: Promise<{ id: string }[]>) => {
    const [row] = await rows;
    if (!row) throw new Error('staff record not inserted');
    return row.id;
  };
  const owner = (ctx: UserContext, userId: string) => ({ officeId: ctx.actor.officeId, userId });

  return {
    async list(ctx: UserContext): Promise<StaffSummary[]> {
      return (await q.staffOf(db, ctx.actor.officeId, warsawDate(deps.now()))) as StaffSummary[];
    },

    async open(ctx: UserContext, userId: string) {
      return db.transaction(async (tx) => {
        const staffRecord = await record(tx, ctx.actor.officeId, userId);
        await audit(ctx, tx, { action: 'staff.viewed', entityType: 'staff', entityId: userId });
        return staffRecord;
      });
    },

    addEmployment: (ctx: UserContext, userId: string, body: EmploymentBody) =>
      change(ctx, userId, 'staff.employment_added', (tx) =>
        inserted(
          tx
            .insert(employmentPeriods)
            .values({ ...owner(ctx, userId), ...q.employmentValues(body) })
            .returning({ id: employmentPeriods.id }),
        ),
      ),

    updateEmployment: (ctx: UserContext, id: string, body: EmploymentBody & { version: number }) =>
      changeRecord(ctx, employmentPeriods, id, 'staff.employment_updated', (tx) =>
        tx
          .update(employmentPeriods)
          .set({ ...q.employmentValues(body), version: sql`${employmentPeriods.version} + 1` })
          .where(and(eq(employmentPeriods.id, id), eq(employmentPeriods.version, body.version)))
          .returning({ id: employmentPeriods.id }),
      ),

    removeEmployment: (ctx: UserContext, id: string, version: number) =>
      changeRecord(ctx, employmentPeriods, id, 'staff.employment_removed', (tx) =>
        tx
          .delete(employmentPeriods)
          .where(and(eq(employmentPeriods.id, id), eq(employmentPeriods.version, version)))
          .returning({ id: employmentPeriods.id }),
      ),

    addQualification: (ctx: UserContext, userId: string, body: z.infer<typeof QualificationBody>) =>
      change(ctx, userId, 'staff.qualification_added', (tx) =>
        inserted(
          tx
            .insert(qualifications)
            .values({
              ...owner(ctx, userId),
              title: body.title,
              institution: body.institution ?? null,
              obtainedOn: body.obtainedOn ?? null,
              note: body.note ?? null,
            })
            .returning({ id: qualifications.id }),
        ),
      ),

    removeQualification: (ctx: UserContext, id: string) =>
      changeRecord(ctx, qualifications, id, 'staff.qualification_removed', (tx) =>
        tx.delete(qualifications).where(eq(qualifications.id, id)).returning({ id: qualifications.id }),
      ),

    addDevelopment: (ctx: UserContext, userId: string, body: z.infer<typeof DevelopmentBody>) =>
      change(ctx, userId, 'staff.development_added', (tx) =>
        inserted(
          tx
            .insert(developmentRecords)
            .values({
              ...owner(ctx, userId),
              kind: body.kind,
              title: body.title,
              date: body.date,
              hours: body.hours ?? null,
              note: body.note ?? null,
            })
            .returning({ id: developmentRecords.id }),
        ),
      ),

    removeDevelopment: (ctx: UserContext, id: string) =>
      changeRecord(ctx, developmentRecords, id, 'staff.development_removed', (tx) =>
        tx
          .delete(developmentRecords)
          .where(eq(developmentRecords.id, id))
          .returning({ id: developmentRecords.id }),
      ),

    issueEquipment: (ctx: UserContext, userId: string, body: z.infer<typeof EquipmentBody>) =>
      change(ctx, userId, 'staff.equipment_issued', (tx) =>
        inserted(
          tx
            .insert(equipmentIssues)
            .values({ ...owner(ctx, userId), ...equipmentValues(body) })
            .returning({ id: equipmentIssues.id }),
        ),
      ),

    updateEquipment: (
      ctx: UserContext,
      id: string,
      body: z.infer<typeof EquipmentBody> & { version: number },
    ) =>
      changeRecord(ctx, equipmentIssues, id, 'staff.equipment_updated', (tx) =>
        tx
          .update(equipmentIssues)
          .set({ ...equipmentValues(body), version: sql`${equipmentIssues.version} + 1` })
          .where(and(eq(equipmentIssues.id, id), eq(equipmentIssues.version, body.version)))
          .returning({ id: equipmentIssues.id }),
      ),

    removeEquipment: (ctx: UserContext, id: string, version: number) =>
      changeRecord(ctx, equipmentIssues, id, 'staff.equipment_removed', (tx) =>
        tx
          .delete(equipmentIssues)
          .where(and(eq(equipmentIssues.id, id), eq(equipmentIssues.version, version)))
          .returning({ id: equipmentIssues.id }),
      ),
  };
}

const equipmentValues = (body: z.infer<typeof EquipmentBody>) => ({
  kind: body.kind,
  number: body.number ?? null,
  description: body.description ?? null,
  issuedOn: body.issuedOn,
  returnedOn: body.returnedOn ?? null,
});
