import { type EngagementEvent, type EngagementStatus, transition } from '../../../domain/engagement';
import type { UserContext } from '../../access/context';
import { requireEngagementWork, requireVisibleFamily } from '../../access/family-scope';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../errors/app-error';
import { findEngagement } from '../intake/queries';
import { type LockedEngagement, lockEngagement } from './queries';

/** Refuses a step the engagement's lifecycle does not allow, saying what is missing. */
export function step(status: EngagementStatus, event: EngagementEvent): EngagementStatus {
  const result = transition(status, event);
  if (!result.ok) throw new AppError('invalid_transition', { blocker: result.blocker });
  return result.status;
}

/** An engagement of the person's office whose family she may see; any other id is a 404. */
export async function visibleEngagement(db: Executor, ctx: UserContext, id: string) {
  const engagement = await findEngagement(db, ctx.actor.officeId, id);
  if (!engagement) throw notFound();
  await requireVisibleFamily(db, ctx, engagement.familyId);
  return engagement;
}

/**
 * One change to an engagement's records by the person working on it: the engagement's row is
 * locked for the transaction in which the change (and its audit entry) is written.
 */
export async function workOnEngagement<T>(
  db: Executor,
  ctx: UserContext,
  id: string,
  change: (tx: Executor, engagement: LockedEngagement) => Promise<T>,
): Promise<T> {
  const engagement = await visibleEngagement(db, ctx, id);
  await requireEngagementWork(db, ctx, engagement);
  return db.transaction(async (tx) => change(tx, await lockEngagement(tx, id)));
}
