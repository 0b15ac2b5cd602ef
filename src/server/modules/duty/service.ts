import type { DutyHourBody, DutyRosterQuery, UpdateDutyHourBody } from '../../../contract/contacts';
import { warsawDate } from '../../../domain/calendar';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import type { AppDeps } from '../../deps';
import { conflict, fieldError, notFound } from '../../errors/app-error';
import { activeStaff, findOffice } from '../office/queries';
import * as q from './queries';

/** The office's duty roster: each assistant's weekly hours in the office, for the team and for families. */
export function dutyService(deps: AppDeps) {
  const { db } = deps;

  async function requireAssistant(ctx: UserContext, assistantId: string) {
    const [assistant] = await activeStaff(db, ctx.actor.officeId, 'assistant', assistantId);
    if (!assistant) throw fieldError('assistantId', 'staff_invalid');
  }

  async function presentHour(ctx: UserContext, id: string) {
    const hour = await q.dutyHourById(db, ctx.actor.officeId, id);
    if (!hour) throw notFound();
    return hour;
  }

  return {
    /** The hours in force on a day (today by default), with the office's address for the printout. */
    async roster(ctx: UserContext, query: DutyRosterQuery) {
      const on = query.on ?? warsawDate(deps.now());
      const [office, items] = await Promise.all([
        findOffice(db, ctx.actor.officeId),
        q.dutyHoursIn(db, ctx.actor.officeId, on, on),
      ]);
      const { name, street, postalCode, city, phone } = office;
      return { on, office: { name, street, postalCode, city, phone }, items };
    },

    async create(ctx: UserContext, body: DutyHourBody) {
      await requireAssistant(ctx, body.assistantId);
      const id = await db.transaction(async (tx) => {
        const hourId = await q.insertDutyHour(tx, { officeId: ctx.actor.officeId, ...body });
        await audit(ctx, tx, {
          action: 'duty.created',
          entityType: 'duty_hour',
          entityId: hourId,
          details: { assistantId: body.assistantId, weekday: body.weekday },
        });
        return hourId;
      });
      return presentHour(ctx, id);
    },

    async update(ctx: UserContext, id: string, body: UpdateDutyHourBody) {
      await presentHour(ctx, id);
      await requireAssistant(ctx, body.assistantId);
      const { version, ...values } = body;
      await db.transaction(async (tx) => {
        if (!(await q.updateDutyHourIfVersion(tx, id, version, values))) throw conflict();
        await audit(ctx, tx, {
          action: 'duty.updated',
          entityType: 'duty_hour',
          entityId: id,
          details: { assistantId: body.assistantId, weekday: body.weekday },
        });
      });
      return presentHour(ctx, id);
    },

    async remove(ctx: UserContext, id: string, version: number) {
      const hour = await presentHour(ctx, id);
      await db.transaction(async (tx) => {
        if (!(await q.deleteDutyHourIfVersion(tx, id, version))) throw conflict();
        await audit(ctx, tx, {
          action: 'duty.deleted',
          entityType: 'duty_hour',
          entityId: id,
          details: { assistantId: hour.assistant.id, weekday: hour.weekday },
        });
      });
      return { ok: true as const };
    },
  };
}
