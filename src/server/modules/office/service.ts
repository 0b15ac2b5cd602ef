import type { UpdateOfficeBody, UpdateProblemTypeBody } from '../../../contract/office';
import type { Role } from '../../../contract/roles';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import type { AppDeps } from '../../deps';
import { conflict, fieldError, notFound } from '../../errors/app-error';
import * as q from './queries';

/** The office's own data and rules, its dictionaries and its staff directory. */
export function officeService({ db }: AppDeps) {
  return {
    settings: (ctx: UserContext) => q.findOffice(db, ctx.actor.officeId),

    async updateSettings(ctx: UserContext, input: UpdateOfficeBody) {
      const { version, ...values } = input;
      const current = await q.findOffice(db, ctx.actor.officeId);
      if ((values.workDayEnd ?? current.workDayEnd) <= (values.workDayStart ?? current.workDayStart)) {
        throw fieldError('workDayEnd', 'end_before_start');
      }
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
        (key) => values[key] !== undefined && values[key] !== current[key],
      );
      await db.transaction(async (tx) => {
        const update = Object.fromEntries(changed.map((key) => [key, values[key]]));
        if (!(await q.updateOfficeIfVersion(tx, ctx.actor.officeId, version, update))) throw conflict();
        await audit(ctx, tx, {
          action: 'office.updated',
          entityType: 'office',
          entityId: ctx.actor.officeId,
          details: { changed },
        });
      });
      return q.findOffice(db, ctx.actor.officeId);
    },

    problemTypes: async (ctx: UserContext) => ({ items: await q.listProblemTypes(db, ctx.actor.officeId) }),

    async createProblemType(ctx: UserContext, name: string) {
      if (await q.problemTypeNameTaken(db, ctx.actor.officeId, name))
        throw fieldError('name', 'problem_type_taken');
      const id = await db.transaction(async (tx) => {
        const [row] = await q.insertProblemTypes(tx, ctx.actor.officeId, [name]);
        if (!row) throw new Error('insert returned no row');
        await audit(ctx, tx, {
          action: 'dictionary.problem_type_created',
          entityType: 'problem_type',
          entityId: row.id,
          details: { name, active: true },
        });
        return row.id;
      });
      return { id, name, active: true, version: 1 };
    },

    async updateProblemType(ctx: UserContext, id: string, input: UpdateProblemTypeBody) {
      const { version, ...values } = input;
      if (!(await q.problemTypeExists(db, ctx.actor.officeId, id))) throw notFound();
      if (values.name && (await q.problemTypeNameTaken(db, ctx.actor.officeId, values.name, id))) {
        throw fieldError('name', 'problem_type_taken');
      }
      return db.transaction(async (tx) => {
        const [row] = await q.updateProblemTypeIfVersion(tx, ctx.actor.officeId, id, version, values);
        if (!row) throw conflict();
        await audit(ctx, tx, {
          action: 'dictionary.problem_type_updated',
          entityType: 'problem_type',
          entityId: id,
          details: { name: row.name, active: row.active },
        });
        return { ...row, version: version + 1 };
      });
    },

    staff: async (ctx: UserContext, role: Role) => ({
      items: await q.activeStaff(db, ctx.actor.officeId, role),
    }),
  };
}
