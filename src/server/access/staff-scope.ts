import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { users } from '../db/schema';
import { notFound } from '../errors/app-error';
import type { UserContext } from './context';

/*
 * Whose working time a person sees and writes: her own, and — for the team's manager and lead, who reach
 * this through a `worktime:team` route — any colleague's of the same office. Anyone else's id,
 * existing or not, answers 404.
 */
export async function staffMember(db: Executor, ctx: UserContext, userId: string | undefined) {
  const id = userId ?? ctx.actor.id;
  const [member] = await db
    .select({ id: users.id, name: users.name, fte: users.fte })
    .from(users)
    .where(and(eq(users.id, id), eq(users.officeId, ctx.actor.officeId)));
  if (!member) throw notFound();
  return member;
}

/** A record of one's own working time (other work) is one's own only; anyone else's is a 404. */
export function requireOwnRecord(ctx: UserContext, ownerId: string): void {
  if (ownerId !== ctx.actor.id) throw notFound();
}
