import type { BlueCardBody, BlueCardMeetingBody, UpdateBlueCardBody } from '../../../contract/partners';
import { formADue } from '../../../domain/blue-card';
import { isFutureDate } from '../../../domain/calendar';
import type { UserContext } from '../../access/context';
import { requireBlueCardAccess } from '../../access/family-scope';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { conflict, fieldError, notFound } from '../../errors/app-error';
import * as q from './queries';

/**
 * The Niebieska Karta procedures concerning a family, as the assistant records them: stricter
 * access than the rest of the file, and every view audited.
 */
export function blueCardsService(deps: AppDeps) {
  const { db } = deps;

  function checkDates(body: BlueCardBody) {
    if (isFutureDate(body.startedOn, deps.now())) throw fieldError('startedOn', 'date_in_future');
    if (body.formASentOn && body.formASentOn < body.startedOn)
      throw fieldError('formASentOn', 'end_before_start');
  }

  async function list(tx: Executor, familyId: string) {
    const cards = await q.blueCardsOf(tx, familyId);
    return cards.map((card) => ({
      ...card,
      formADueOn: card.assistantInitiated ? formADue(card.startedOn) : null,
    }));
  }

  /** Runs a change to a family's procedures and answers with the list after, all audited. */
  async function change(
    ctx: UserContext,
    familyId: string,
    write: (tx: Executor) => Promise<{
      action: 'blue_card.created' | 'blue_card.updated' | 'blue_card.meeting_recorded';
      blueCardId: string;
    }>,
  ) {
    await requireBlueCardAccess(db, ctx, familyId);
    return db.transaction(async (tx) => {
      const { action, blueCardId } = await write(tx);
      await audit(ctx, tx, { action, entityType: 'family', entityId: familyId, details: { blueCardId } });
      return { items: await list(tx, familyId) };
    });
  }

  async function ofCard(id: string) {
    const card = await q.findBlueCard(db, id);
    if (!card) throw notFound();
    return card;
  }

  const values = (body: BlueCardBody) => ({ ...body, assistantTasks: body.assistantTasks ?? null });

  return {
    async list(ctx: UserContext, familyId: string) {
      await requireBlueCardAccess(db, ctx, familyId);
      return db.transaction(async (tx) => {
        await audit(ctx, tx, {
          action: 'blue_card.viewed',
          entityType: 'family',
          entityId: familyId,
          details: {},
        });
        return { items: await list(tx, familyId) };
      });
    },

    create(ctx: UserContext, familyId: string, body: BlueCardBody) {
      checkDates(body);
      return change(ctx, familyId, async (tx) => ({
        action: 'blue_card.created',
        blueCardId: await q.insertBlueCard(tx, { familyId, ...values(body), createdBy: ctx.actor.id }),
      }));
    },

    async update(ctx: UserContext, id: string, body: UpdateBlueCardBody) {
      const card = await ofCard(id);
      checkDates(body);
      if ((body.closedOn === null) !== (body.closureGround === null)) {
        throw fieldError(body.closedOn ? 'closureGround' : 'closedOn', 'closure_incomplete');
      }
      if (body.closedOn && body.closedOn < body.startedOn) throw fieldError('closedOn', 'end_before_start');
      const { version, ...fields } = body;
      return change(ctx, card.familyId, async (tx) => {
        if (!(await q.updateBlueCardIfVersion(tx, id, version, values(fields)))) throw conflict();
        return { action: 'blue_card.updated', blueCardId: id };
      });
    },

    async addMeeting(ctx: UserContext, id: string, body: BlueCardMeetingBody) {
      const card = await ofCard(id);
      if (body.date < card.startedOn) throw fieldError('date', 'end_before_start');
      return change(ctx, card.familyId, async (tx) => {
        await q.insertBlueCardMeeting(tx, {
          blueCardId: id,
          date: body.date,
          note: body.note ?? null,
          createdBy: ctx.actor.id,
        });
        return { action: 'blue_card.meeting_recorded', blueCardId: id };
      });
    },
  };
}
