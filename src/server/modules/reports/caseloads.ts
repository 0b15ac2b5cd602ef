import { and, asc, eq, sql } from 'drizzle-orm';
import type { CaseloadOverview } from '../../../contract/staff';
import { addDays, warsawDate } from '../../../domain/calendar';
import { CASELOAD_LIMIT, caseloadState } from '../../../domain/caseload';
import { FREQUENCY_WEEKS } from '../../../domain/working-time';
import type { UserContext } from '../../access/context';
import type { Executor } from '../../db/client';
import { qualified } from '../../db/qualified';
import { contacts, engagements, userRoles, users } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { engagementsService } from '../engagements/service';
import { caseloadRules } from '../intake/queries';

const userId = qualified(users.id);

/** Each active assistant's engagements in work and in monitoring, and contacts since a day. */
async function loads(db: Executor, officeId: string, since: string) {
  return db
    .select({
      id: users.id,
      name: users.name,
      active: sql<number>`(select count(*)::int from ${engagements} e
        where e.assistant_id = ${userId} and e.status not in ('closed', 'monitoring'))`,
      monitoring: sql<number>`(select count(*)::int from ${engagements} e
        where e.assistant_id = ${userId} and e.status = 'monitoring')`,
      contacts: sql<number>`(select count(*)::int from ${contacts} c
        where c.assistant_id = ${userId} and c.deleted_at is null and c.date >= ${since}::date)`,
    })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'assistant')))
    .where(and(eq(users.officeId, officeId), eq(users.active, true)))
    .orderBy(sql`search_key(${users.name})`, asc(users.id));
}

/** The team's caseloads against the limit of 15, with their contacts and overdue terms. */
export function caseloadsService(deps: AppDeps) {
  const engagementWork = engagementsService(deps);
  return {
    async overview(ctx: UserContext): Promise<CaseloadOverview> {
      const today = warsawDate(deps.now());
      const [rows, rules, deadlines] = await Promise.all([
        loads(deps.db, ctx.actor.officeId, addDays(today, -(FREQUENCY_WEEKS * 7 - 1))),
        caseloadRules(deps.db, ctx.actor.officeId),
        engagementWork.deadlines(ctx, { horizonDays: 1 }, 'team'),
      ]);
      const items = rows.map((row) => {
        const places = row.active + (rules.monitoringCounts ? row.monitoring : 0);
        return {
          assistant: { id: row.id, name: row.name },
          active: row.active,
          monitoring: row.monitoring,
          places,
          state: caseloadState(places, rules.warningAt),
          contactsLast4Weeks: row.contacts,
          overdueDeadlines: deadlines.byAssistant.find((a) => a.assistant.id === row.id)?.overdue ?? 0,
        };
      });
      return { limit: CASELOAD_LIMIT, warningAt: rules.warningAt, items };
    },
  };
}
