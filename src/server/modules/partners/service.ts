import type {
  InstitutionBody,
  InstitutionListQuery,
  PartnerBody,
  ReferralBody,
  ReferralOutcomeBody,
  TeamMeetingBody,
  UpdateInstitutionBody,
  UpdatePartnerBody,
} from '../../../contract/partners';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { conflict, fieldError, notFound } from '../../errors/app-error';
import { decodeCursor, toPage } from '../../http/cursor';
import { familyMembersOf, type LockedEngagement } from '../engagements/queries';
import { step, visibleEngagement, workOnEngagement } from '../engagements/work';
import * as q from './queries';

/**
 * Who works with the family: the office's directory of institutions, the partners of an
 * engagement, referrals to services and the interdisciplinary team's meetings.
 */
export function partnersService(deps: AppDeps) {
  const { db } = deps;

  async function requireInstitution(tx: Executor, ctx: UserContext, id: string | null, path: string) {
    if (id && !(await q.institutionById(tx, ctx.actor.officeId, id)))
      throw fieldError(path, 'institution_invalid');
  }

  async function institution(ctx: UserContext, id: string) {
    const found = await q.institutionById(db, ctx.actor.officeId, id);
    if (!found) throw notFound();
    return found;
  }

  async function partnersOfEngagement(tx: Executor, engagementId: string) {
    const [partners, referrals, meetings] = await Promise.all([
      q.partnersOf(tx, engagementId),
      q.referralsOf(tx, { engagementId }),
      q.meetingsOf(tx, engagementId),
    ]);
    return { partners: partners.map(({ engagementId: _, ...partner }) => partner), referrals, meetings };
  }

  /** A change to the engagement's partners by the one working with the family; the view after. */
  async function change(
    ctx: UserContext,
    engagementId: string,
    write: (tx: Executor, engagement: LockedEngagement) => Promise<void>,
  ) {
    await workOnEngagement(db, ctx, engagementId, async (tx, engagement) => {
      step(engagement.status, { kind: 'edit' });
      await write(tx, engagement);
    });
    return db.transaction((tx) => partnersOfEngagement(tx, engagementId));
  }

  /** The directory's fields as stored: an emptied field is none. */
  const institutionValues = (body: InstitutionBody) => ({
    ...body,
    contacts: body.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
    })),
  });

  const partnerValues = (body: PartnerBody) => ({
    institutionId: body.institutionId,
    role: body.role,
    personName: body.personName ?? null,
    contact: body.contact ?? null,
    since: body.since,
    until: body.until,
    note: body.note ?? null,
  });

  return {
    /** The engagement's partners read in the caller's transaction, which audits the read. */
    partnersOfEngagement,

    async institutions(ctx: UserContext, query: InstitutionListQuery) {
      const rows = await q.listInstitutions(db, ctx.actor.officeId, query, decodeCursor(query.cursor));
      const page = toPage(rows, query.limit, (row) => [row.sortKey, row.id]);
      return { ...page, items: page.items.map(({ sortKey: _, ...institution }) => institution) };
    },

    institution,

    async createInstitution(ctx: UserContext, body: InstitutionBody) {
      if (await q.institutionNameTaken(db, ctx.actor.officeId, body.name))
        throw fieldError('name', 'institution_name_taken');
      const id = await db.transaction(async (tx) => {
        const [row] = await q.insertInstitutions(tx, [
          { officeId: ctx.actor.officeId, ...institutionValues(body) },
        ]);
        if (!row) throw new Error('institution not inserted');
        await audit(ctx, tx, {
          action: 'institution.created',
          entityType: 'institution',
          entityId: row.id,
          details: { name: body.name },
        });
        return row.id;
      });
      return institution(ctx, id);
    },

    async updateInstitution(ctx: UserContext, id: string, body: UpdateInstitutionBody) {
      await institution(ctx, id);
      if (await q.institutionNameTaken(db, ctx.actor.officeId, body.name, id))
        throw fieldError('name', 'institution_name_taken');
      const { version, active, ...fields } = body;
      await db.transaction(async (tx) => {
        const values = { ...institutionValues(fields), active };
        if (!(await q.updateInstitutionIfVersion(tx, id, version, values))) throw conflict();
        await audit(ctx, tx, {
          action: 'institution.updated',
          entityType: 'institution',
          entityId: id,
          details: { name: body.name },
        });
      });
      return institution(ctx, id);
    },

    /** The engagement's partners, referrals and meetings: a read of the family's file, audited. */
    async view(ctx: UserContext, engagementId: string) {
      const engagement = await visibleEngagement(db, ctx, engagementId);
      return db.transaction(async (tx) => {
        await audit(ctx, tx, {
          action: 'partners.viewed',
          entityType: 'engagement',
          entityId: engagementId,
          details: { familyId: engagement.familyId },
        });
        return partnersOfEngagement(tx, engagementId);
      });
    },

    addPartner: (ctx: UserContext, engagementId: string, body: PartnerBody) =>
      change(ctx, engagementId, async (tx, engagement) => {
        await requireInstitution(tx, ctx, body.institutionId, 'institutionId');
        const partnerId = await q.insertPartner(tx, { engagementId, ...partnerValues(body) });
        await audit(ctx, tx, {
          action: 'partner.added',
          entityType: 'engagement',
          entityId: engagementId,
          details: { familyId: engagement.familyId, partnerId, role: body.role },
        });
      }),

    async updatePartner(ctx: UserContext, partnerId: string, body: UpdatePartnerBody) {
      const partner = await q.findPartner(db, partnerId);
      if (!partner) throw notFound();
      return change(ctx, partner.engagementId, async (tx, engagement) => {
        await requireInstitution(tx, ctx, body.institutionId, 'institutionId');
        if (!(await q.updatePartnerIfVersion(tx, partnerId, body.version, partnerValues(body))))
          throw conflict();
        await audit(ctx, tx, {
          action: 'partner.updated',
          entityType: 'engagement',
          entityId: engagement.id,
          details: { familyId: engagement.familyId, partnerId, role: body.role },
        });
      });
    },

    addReferral: (ctx: UserContext, engagementId: string, body: ReferralBody) =>
      change(ctx, engagementId, async (tx, engagement) => {
        await requireInstitution(tx, ctx, body.institutionId, 'institutionId');
        const members = await familyMembersOf(tx, engagement.familyId);
        if (body.personId && !members.some((member) => member.personId === body.personId)) {
          throw fieldError('personId', 'person_not_member');
        }
        const referralId = await q.insertReferral(tx, { engagementId, ...body, createdBy: ctx.actor.id });
        await audit(ctx, tx, {
          action: 'referral.created',
          entityType: 'engagement',
          entityId: engagementId,
          details: { familyId: engagement.familyId, referralId, status: 'referred' },
        });
      }),

    async recordReferralOutcome(ctx: UserContext, referralId: string, body: ReferralOutcomeBody) {
      const referral = await q.findReferral(db, referralId);
      if (!referral) throw notFound();
      return change(ctx, referral.engagementId, async (tx, engagement) => {
        const values = { status: body.status, outcome: body.outcome ?? null };
        if (!(await q.updateReferralIfVersion(tx, referralId, body.version, values))) throw conflict();
        await audit(ctx, tx, {
          action: 'referral.updated',
          entityType: 'engagement',
          entityId: engagement.id,
          details: { familyId: engagement.familyId, referralId, status: body.status },
        });
      });
    },

    addMeeting: (ctx: UserContext, engagementId: string, body: TeamMeetingBody) =>
      change(ctx, engagementId, async (tx, engagement) => {
        const meetingId = await q.insertMeeting(tx, { engagementId, ...body, createdBy: ctx.actor.id });
        await audit(ctx, tx, {
          action: 'team_meeting.recorded',
          entityType: 'engagement',
          entityId: engagementId,
          details: { familyId: engagement.familyId, meetingId, body: body.body },
        });
      }),
  };
}
