import { and, eq, type SQL, sql } from 'drizzle-orm';
import { audit } from '../audit/audit';
import type { Executor } from '../db/client';
import { assistanceRequests, engagementAssignments, engagements, families, offices } from '../db/schema';
import { forbidden, notFound } from '../errors/app-error';
import type { Actor, UserContext } from './context';

/*
 * ============================================================================================
 *  WHICH FAMILIES A PERSON SEES — the one record-level rule for case content.
 *  Managers and team leads: every family of their office. An assistant: the families of the
 *  engagements she worked on (current and past). A social worker: the families she registered,
 *  is responsible for, or asked an assistant for. Administrators and the data-protection
 *  officer: none, unless they also hold one of these roles.
 * ============================================================================================
 */
export function visibleFamilies(actor: Actor): SQL {
  const inOffice = sql`${families.officeId} = ${actor.officeId}`;
  if (leadsTheTeam(actor)) return inOffice;
  const grounds: SQL[] = [];
  if (actor.roles.includes('assistant')) {
    // An IN list driven by the assistant's own assignments, so that her few families are
    // found by index rather than by testing every family of the office.
    grounds.push(sql`${families.id} in (
      select ${engagements.familyId} from ${engagements}
      join ${engagementAssignments} on ${engagementAssignments.engagementId} = ${engagements.id}
      where ${engagementAssignments.assistantId} = ${actor.id})`);
  }
  if (actor.roles.includes('social_worker')) {
    grounds.push(sql`${families.socialWorkerId} = ${actor.id}`);
    grounds.push(sql`${families.registeredBy} = ${actor.id}`);
    grounds.push(sql`exists (
      select 1 from ${assistanceRequests}
      where ${assistanceRequests.familyId} = ${families.id} and ${assistanceRequests.filedBy} = ${actor.id})`);
  }
  if (grounds.length === 0) return sql`false`;
  return sql`(${inOffice} and (${sql.join(grounds, sql` or `)}))`;
}

export const leadsTheTeam = (actor: Actor) =>
  actor.roles.includes('manager') || actor.roles.includes('team_lead');

/**
 * Lets the request go on only for a family the person may see. Any other id, existing or not,
 * answers 404 alike, and the attempt is audited (outside the request's transaction, so that
 * the record of it survives the refusal).
 */
export async function requireVisibleFamily(db: Executor, ctx: UserContext, familyId: string): Promise<void> {
  const [row] = await db
    .select({ id: families.id })
    .from(families)
    .where(and(eq(families.id, familyId), visibleFamilies(ctx.actor)));
  if (row) return;
  await refuse(db, ctx, familyId);
}

/**
 * Writing an engagement's records is for its current assistant (not one who worked with the
 * family before), or for the team's lead and manager; anyone else gets the same 404.
 */
export async function requireEngagementWork(
  db: Executor,
  ctx: UserContext,
  engagement: { familyId: string; assistantId: string },
): Promise<void> {
  await requireVisibleFamily(db, ctx, engagement.familyId);
  if (leadsTheTeam(ctx.actor) || engagement.assistantId === ctx.actor.id) return;
  await refuse(db, ctx, engagement.familyId);
}

/**
 * Niebieska Karta records are more sensitive than the rest of the file: only the family's
 * current assistant, its social worker and the managers see them — team leads only when the
 * office allows it. Anyone else gets the same 404, audited.
 */
export async function requireBlueCardAccess(db: Executor, ctx: UserContext, familyId: string): Promise<void> {
  await requireVisibleFamily(db, ctx, familyId);
  const { actor } = ctx;
  if (actor.roles.includes('manager')) return;
  const [grounds] = await db
    .select({
      socialWorker: sql<boolean>`${families.socialWorkerId} = ${actor.id}`,
      assistant: sql<boolean>`exists (select 1 from ${engagements} e
        where e.family_id = ${families.id} and e.status <> 'closed' and e.assistant_id = ${actor.id})`,
      teamLeadAllowed: offices.teamLeadSeesBlueCards,
    })
    .from(families)
    .innerJoin(offices, eq(offices.id, families.officeId))
    .where(eq(families.id, familyId));
  if (
    grounds &&
    ((grounds.socialWorker && actor.roles.includes('social_worker')) ||
      (grounds.assistant && actor.roles.includes('assistant')) ||
      (grounds.teamLeadAllowed && actor.roles.includes('team_lead')))
  ) {
    return;
  }
  await refuse(db, ctx, familyId);
}

/**
 * Deleting a file of the family's record is for the one who attached it, or the team's lead and
 * manager; anyone else who sees the family is refused (403: the file is visible to them).
 */
export function requireAttachmentRemoval(ctx: UserContext, uploadedBy: string): void {
  if (uploadedBy !== ctx.actor.id && !leadsTheTeam(ctx.actor)) throw forbidden();
}

async function refuse(db: Executor, ctx: UserContext, familyId: string): Promise<never> {
  await audit(
    ctx,
    db,
    { action: 'family.access_denied', entityType: 'family', entityId: familyId },
    { outcome: 'denied' },
  );
  throw notFound();
}
