import type {
  AssistantContactsQuery,
  ContactBody,
  ContactListQuery,
  UpdateContactBody,
} from '../../../contract/contacts';
import { isFutureDate, warsawDate } from '../../../domain/calendar';
import { contactFrequency } from '../../../domain/working-time';
import type { UserContext } from '../../access/context';
import { staffMember } from '../../access/staff-scope';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { conflict, fieldError, notFound } from '../../errors/app-error';
import { decodeCursor, toPage } from '../../http/cursor';
import { familyMembersOf, type LockedEngagement } from '../engagements/queries';
import { step, visibleEngagement, workOnEngagement } from '../engagements/work';
import { workRules } from '../office/queries';
import * as q from './queries';

const pageKey = (row: q.ContactRow) => [row.date, row.startTime, row.id];

/**
 * The contact log: what the assistant did with the family, when and where. Contacts are case
 * content — written by the one working with the family, read as the family's file, audited.
 */
export function contactsService(deps: AppDeps) {
  const { db } = deps;
  const today = () => warsawDate(deps.now());

  /** The rules every contact held must meet; the time check runs under the person's time lock. */
  async function checkContact(
    tx: Executor,
    engagement: LockedEngagement,
    assistantId: string,
    body: ContactBody,
    exceptId?: string,
  ) {
    step(engagement.status, { kind: 'record_work' });
    if (isFutureDate(body.date, deps.now())) throw fieldError('date', 'date_in_future');
    if (engagement.firstContactDate && body.date < engagement.firstContactDate) {
      throw fieldError('date', 'date_before_first_contact');
    }
    const members = new Set((await familyMembersOf(tx, engagement.familyId)).map((m) => m.personId));
    if (body.participants.memberIds.some((id) => !members.has(id))) {
      throw fieldError('participants.memberIds', 'person_not_member');
    }
    if (body.actionIds.length > 0) {
      const actions = await q.planActionIds(tx, engagement.id);
      if (body.actionIds.some((id) => !actions.has(id))) throw fieldError('actionIds', 'action_not_in_plan');
    }
    await q.lockTimeOf(tx, assistantId);
    if (await q.timeTaken(tx, assistantId, body, { contactId: exceptId })) {
      throw fieldError('startTime', 'time_overlaps');
    }
  }

  const contactValues = (body: ContactBody) => ({
    date: body.date,
    startTime: body.startTime,
    endTime: body.endTime,
    kind: body.kind,
    place: body.place,
    placeNote: body.placeNote ?? null,
    participants: {
      memberIds: [...new Set(body.participants.memberIds)],
      others: body.participants.others ?? null,
    },
    description: body.description,
    actionIds: [...new Set(body.actionIds)],
    followUps: body.followUps ?? null,
  });

  async function presentContact(id: string) {
    const contact = await q.contactById(db, id);
    if (!contact) throw notFound();
    return contact;
  }

  /** Writes a contact held by the person, in the caller's transaction; returns its id. */
  async function recordContact(
    ctx: UserContext,
    tx: Executor,
    engagement: LockedEngagement,
    body: ContactBody,
    plannedVisitId?: string,
  ) {
    await checkContact(tx, engagement, ctx.actor.id, body);
    const id = await q.insertContact(tx, {
      engagementId: engagement.id,
      assistantId: ctx.actor.id,
      ...contactValues(body),
    });
    await audit(ctx, tx, {
      action: 'contact.created',
      entityType: 'contact',
      entityId: id,
      details: {
        familyId: engagement.familyId,
        engagementId: engagement.id,
        date: body.date,
        ...(plannedVisitId ? { plannedVisitId } : {}),
      },
    });
    return id;
  }

  /** A contact of a family the person works with, and the engagement it belongs to, locked. */
  async function changeContact<T>(
    ctx: UserContext,
    id: string,
    change: (tx: Executor, engagement: LockedEngagement, contact: { assistantId: string }) => Promise<T>,
  ) {
    const contact = await q.findContact(db, id);
    if (!contact) throw notFound();
    return workOnEngagement(db, ctx, contact.engagementId, (tx, engagement) =>
      change(tx, engagement, contact),
    );
  }

  return {
    recordContact,
    presentContact,

    async create(ctx: UserContext, engagementId: string, body: ContactBody) {
      const id = await workOnEngagement(db, ctx, engagementId, (tx, engagement) =>
        recordContact(ctx, tx, engagement, body),
      );
      return presentContact(id);
    },

    async update(ctx: UserContext, id: string, body: UpdateContactBody) {
      const { version, ...fields } = body;
      await changeContact(ctx, id, async (tx, engagement, contact) => {
        await checkContact(tx, engagement, contact.assistantId, fields, id);
        if (!(await q.updateContactIfVersion(tx, id, version, contactValues(fields)))) throw conflict();
        await audit(ctx, tx, {
          action: 'contact.updated',
          entityType: 'contact',
          entityId: id,
          details: { familyId: engagement.familyId, engagementId: engagement.id, date: fields.date },
        });
      });
      return presentContact(id);
    },

    /** A contact recorded by mistake; a visit it recorded is planned again. */
    async remove(ctx: UserContext, id: string, version: number) {
      await changeContact(ctx, id, async (tx, engagement) => {
        step(engagement.status, { kind: 'record_work' });
        const date = await q.deleteContactIfVersion(tx, id, version);
        if (!date) throw conflict();
        await audit(ctx, tx, {
          action: 'contact.deleted',
          entityType: 'contact',
          entityId: id,
          details: { familyId: engagement.familyId, engagementId: engagement.id, date },
        });
      });
      return { ok: true as const };
    },

    /** The engagement's contact log, newest first: a read of the family's file. */
    async log(ctx: UserContext, engagementId: string, query: ContactListQuery) {
      const engagement = await visibleEngagement(db, ctx, engagementId);
      return db.transaction(async (tx) => {
        const rows = await q.listContacts(tx, { engagementId }, query, decodeCursor(query.cursor));
        await audit(ctx, tx, {
          action: 'contact.log_read',
          entityType: 'engagement',
          entityId: engagementId,
          details: { familyId: engagement.familyId },
        });
        return toPage(rows, query.limit, pageKey);
      });
    },

    /** One assistant's contacts over a period: one's own, or a colleague's for the team's lead. */
    async ofAssistant(ctx: UserContext, query: AssistantContactsQuery, scope: 'mine' | 'team') {
      const assistant = await staffMember(db, ctx, scope === 'mine' ? undefined : query.assistantId);
      return db.transaction(async (tx) => {
        const rows = await q.listContacts(
          tx,
          { assistantId: assistant.id },
          query,
          decodeCursor(query.cursor),
        );
        await audit(ctx, tx, {
          action: 'contact.list_read',
          entityType: 'user',
          entityId: assistant.id,
          details: { from: query.from ?? null, to: query.to ?? null },
        });
        return toPage(rows, query.limit, pageKey);
      });
    },

    /** Contacts a week over the last four weeks for each family in active work. */
    async frequency(ctx: UserContext, scope: 'mine' | 'team', assistantId?: string) {
      const day = today();
      const [rows, rules] = await Promise.all([
        q.frequencySources(db, ctx.actor.officeId, scope === 'mine' ? ctx.actor.id : assistantId, day),
        workRules(db, ctx.actor.officeId),
      ]);
      const items = rows.map((row) => ({
        engagementId: row.engagementId,
        family: row.family,
        assistant: row.assistant,
        lastContactDate: row.lastContactDate,
        ...contactFrequency(row.dates, day, { target: rules.contactTarget, since: row.firstContactDate }),
      }));
      items.sort(
        (a, b) =>
          Number(b.belowTarget) - Number(a.belowTarget) ||
          a.perWeek - b.perWeek ||
          a.family.name.localeCompare(b.family.name, 'pl'),
      );
      return { today: day, target: rules.contactTarget, items };
    },
  };
}
