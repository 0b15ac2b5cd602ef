import type {
  CalendarQuery,
  CancelVisitBody,
  PlanVisitBody,
  UpdateVisitBody,
  UpdateWorkRecordBody,
  VisitHeldBody,
  WorkRecordBody,
} from '../../../contract/contacts';
import { addDays, isFutureDate, isoWeekday, isWorkingDay, publicHolidays } from '../../../domain/calendar';
import type { UserContext } from '../../access/context';
import { requireOwnRecord, staffMember } from '../../access/staff-scope';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { AppError, conflict, fieldError, notFound } from '../../errors/app-error';
import { lockTimeOf, timeTaken } from '../contacts/queries';
import { contactsService } from '../contacts/service';
import { type DutyHourRow, dutyHoursIn } from '../duty/queries';
import type { LockedEngagement } from '../engagements/queries';
import { step, workOnEngagement } from '../engagements/work';
import { activeStaff } from '../office/queries';
import * as q from './queries';

/** Each day of the range on which a weekly duty hour falls (public holidays have none). */
function dutyOccurrences(hours: DutyHourRow[], from: string, to: string) {
  const occurrences = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (!isWorkingDay(date)) continue;
    for (const hour of hours) {
      if (
        hour.weekday !== isoWeekday(date) ||
        date < hour.validFrom ||
        (hour.validTo && date > hour.validTo)
      ) {
        continue;
      }
      occurrences.push({
        dutyHourId: hour.id,
        assistant: hour.assistant,
        date,
        startTime: hour.startTime,
        endTime: hour.endTime,
        place: hour.place,
      });
    }
  }
  return occurrences;
}

function holidaysIn(from: string, to: string) {
  const years = [...new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))])];
  return years
    .flatMap((year) => [...publicHolidays(year)].map(([date, name]) => ({ date, name })))
    .filter((holiday) => holiday.date >= from && holiday.date <= to);
}

/**
 * The assistant's calendar: the visits she plans (each ends as a contact or cancelled with a
 * reason), her contacts, her other work and her duty hours; the team's for its manager and lead.
 */
export function calendarService(deps: AppDeps) {
  const { db } = deps;
  const contacts = contactsService(deps);

  const visitValues = (body: PlanVisitBody) => ({
    date: body.date,
    startTime: body.startTime,
    endTime: body.endTime,
    kind: body.kind,
    place: body.place,
    note: body.note ?? null,
  });

  async function presentVisit(id: string) {
    const visit = await q.visitById(db, id);
    if (!visit) throw notFound();
    return visit;
  }

  /** A change to a visit still planned, made by whoever works with its family. */
  async function changeVisit<T>(
    ctx: UserContext,
    id: string,
    version: number,
    change: (tx: Executor, engagement: LockedEngagement, visit: q.VisitRow) => Promise<T>,
  ) {
    const visit = await q.visitById(db, id);
    if (!visit) throw notFound();
    return workOnEngagement(db, ctx, visit.engagementId, async (tx, engagement) => {
      const current = await q.visitById(tx, id);
      if (current?.status !== 'planned') throw new AppError('visit_not_planned');
      if (current.version !== version) throw conflict();
      return change(tx, engagement, current);
    });
  }

  const visitDetails = (engagement: LockedEngagement, date: string) => ({
    familyId: engagement.familyId,
    engagementId: engagement.id,
    date,
  });

  /** Other work is one's own, checked against one's contacts and other work at the same time. */
  async function checkWork(tx: Executor, userId: string, body: WorkRecordBody, exceptId?: string) {
    if (isFutureDate(body.date, deps.now())) throw fieldError('date', 'date_in_future');
    await lockTimeOf(tx, userId);
    if (await timeTaken(tx, userId, body, { workRecordId: exceptId }))
      throw fieldError('startTime', 'time_overlaps');
  }

  async function presentWork(id: string) {
    const record = await q.workById(db, id);
    if (!record) throw notFound();
    const { userId: _, ...work } = record;
    return work;
  }

  async function ownWork(ctx: UserContext, id: string) {
    const record = await q.workById(db, id);
    if (!record) throw notFound();
    requireOwnRecord(ctx, record.userId);
    return record;
  }

  return {
    engagements: async (ctx: UserContext) => ({ items: await q.openEngagementsOf(db, ctx.actor.id) }),

    async planVisit(ctx: UserContext, engagementId: string, body: PlanVisitBody) {
      const id = await workOnEngagement(db, ctx, engagementId, async (tx, engagement) => {
        step(engagement.status, { kind: 'edit' });
        const visitId = await q.insertVisit(tx, {
          engagementId,
          assistantId: engagement.assistantId,
          ...visitValues(body),
        });
        await audit(ctx, tx, {
          action: 'visit.planned',
          entityType: 'planned_visit',
          entityId: visitId,
          details: visitDetails(engagement, body.date),
        });
        return visitId;
      });
      return presentVisit(id);
    },

    async updateVisit(ctx: UserContext, id: string, body: UpdateVisitBody) {
      await changeVisit(ctx, id, body.version, async (tx, engagement) => {
        step(engagement.status, { kind: 'edit' });
        if (!(await q.updatePlannedVisit(tx, id, body.version, visitValues(body)))) throw conflict();
        await audit(ctx, tx, {
          action: 'visit.updated',
          entityType: 'planned_visit',
          entityId: id,
          details: visitDetails(engagement, body.date),
        });
      });
      return presentVisit(id);
    },

    /** The visit took place: its contact is recorded and the visit points to it. */
    async markHeld(ctx: UserContext, id: string, body: VisitHeldBody) {
      const { version, ...contact } = body;
      const contactId = await changeVisit(ctx, id, version, async (tx, engagement) => {
        const recorded = await contacts.recordContact(ctx, tx, engagement, contact, id);
        if (!(await q.updatePlannedVisit(tx, id, version, { status: 'held', contactId: recorded }))) {
          throw conflict();
        }
        return recorded;
      });
      return contacts.presentContact(contactId);
    },

    async cancelVisit(ctx: UserContext, id: string, body: CancelVisitBody) {
      await changeVisit(ctx, id, body.version, async (tx, engagement, visit) => {
        const cancelled = await q.updatePlannedVisit(tx, id, body.version, {
          status: 'cancelled',
          cancelReason: body.reason,
          cancelNote: body.note ?? null,
        });
        if (!cancelled) throw conflict();
        await audit(ctx, tx, {
          action: 'visit.cancelled',
          entityType: 'planned_visit',
          entityId: id,
          details: { ...visitDetails(engagement, visit.date), reason: body.reason },
        });
      });
      return presentVisit(id);
    },

    /** One person's calendar (one's own, or a colleague's for the team), or the whole team's. */
    async calendar(ctx: UserContext, query: CalendarQuery, scope: 'mine' | 'team') {
      const { from, to } = query;
      const person =
        scope === 'mine' || query.assistantId
          ? await staffMember(db, ctx, scope === 'mine' ? undefined : query.assistantId)
          : null;
      const where: q.CalendarScope = person ? { userId: person.id } : { officeId: ctx.actor.officeId };
      const workers = person
        ? [person.id]
        : (await activeStaff(db, ctx.actor.officeId, 'assistant')).map((u) => u.id);
      const [visits, held, work, duty] = await Promise.all([
        q.visitsIn(db, where, from, to),
        q.contactsIn(db, where, from, to),
        q.workIn(db, workers, from, to),
        dutyHoursIn(db, ctx.actor.officeId, from, to, person?.id),
      ]);
      return {
        from,
        to,
        visits,
        contacts: held,
        work,
        duty: dutyOccurrences(duty, from, to),
        holidays: holidaysIn(from, to),
      };
    },

    async recordWork(ctx: UserContext, body: WorkRecordBody) {
      const id = await db.transaction(async (tx) => {
        await checkWork(tx, ctx.actor.id, body);
        const recordId = await q.insertWork(tx, {
          userId: ctx.actor.id,
          date: body.date,
          startTime: body.startTime,
          endTime: body.endTime,
          kind: body.kind,
          note: body.note ?? null,
        });
        await audit(ctx, tx, {
          action: 'work.recorded',
          entityType: 'work_record',
          entityId: recordId,
          details: { date: body.date, kind: body.kind },
        });
        return recordId;
      });
      return presentWork(id);
    },

    async updateWork(ctx: UserContext, id: string, body: UpdateWorkRecordBody) {
      await ownWork(ctx, id);
      const { version, ...fields } = body;
      await db.transaction(async (tx) => {
        await checkWork(tx, ctx.actor.id, fields, id);
        const values = { ...fields, note: fields.note ?? null };
        if (!(await q.updateWorkIfVersion(tx, id, version, values))) throw conflict();
        await audit(ctx, tx, {
          action: 'work.updated',
          entityType: 'work_record',
          entityId: id,
          details: { date: fields.date, kind: fields.kind },
        });
      });
      return presentWork(id);
    },

    async removeWork(ctx: UserContext, id: string, version: number) {
      const record = await ownWork(ctx, id);
      await db.transaction(async (tx) => {
        if (!(await q.deleteWorkIfVersion(tx, id, version))) throw conflict();
        await audit(ctx, tx, {
          action: 'work.deleted',
          entityType: 'work_record',
          entityId: id,
          details: { date: record.date, kind: record.kind },
        });
      });
      return { ok: true as const };
    },
  };
}
