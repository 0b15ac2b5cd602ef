import type { Role } from '../../../contract/roles';
import type {
  CreateUserBody,
  ResetPasswordBody,
  UpdateUserBody,
  UserListQuery,
} from '../../../contract/users';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import { hashPassword } from '../../auth/passwords';
import { revokeUserSessions, setPassword } from '../../auth/queries';
import type { AppDeps } from '../../deps';
import { AppError, conflict, fieldError, notFound } from '../../errors/app-error';
import { decodeCursor, toPage } from '../../http/cursor';
import { presentUser } from './presenter';
import * as q from './queries';

const sameRoles = (a: readonly Role[], b: readonly Role[]) => [...a].sort().join() === [...b].sort().join();

/** Accounts of the office, managed by its administrators. */
export function usersService({ db }: AppDeps) {
  async function getUser(ctx: UserContext, id: string) {
    const row = await q.findUser(db, ctx.actor.officeId, id);
    if (!row) throw notFound();
    return presentUser(row);
  }

  return {
    async findUsers(ctx: UserContext, query: UserListQuery) {
      const rows = await q.listUsers(db, ctx.actor.officeId, query, decodeCursor(query.cursor));
      const page = toPage(rows, query.limit, (row) => [row.sortKey, row.id]);
      return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
    },

    getUser,

    /** A new account starts with a one-time password its owner must change at first sign-in. */
    async createUser(ctx: UserContext, input: CreateUserBody) {
      if (await q.emailExists(db, input.email)) throw fieldError('email', 'email_taken');
      const passwordHash = await hashPassword(input.password);
      const id = await db.transaction(async (tx) => {
        const userId = await q.insertUser(tx, {
          officeId: ctx.actor.officeId,
          email: input.email,
          name: input.name,
          passwordHash,
          locale: input.locale,
          fte: input.fte,
          mustChangePassword: true,
        });
        await q.replaceRoles(tx, userId, input.roles);
        await audit(ctx, tx, {
          action: 'user.created',
          entityType: 'user',
          entityId: userId,
          details: { email: input.email, roles: input.roles },
        });
        return userId;
      });
      return getUser(ctx, id);
    },

    /** Edits an account; deactivation ends its sessions; the last administrator is kept. */
    async updateUser(ctx: UserContext, id: string, input: UpdateUserBody) {
      const current = await q.findUser(db, ctx.actor.officeId, id);
      if (!current) throw notFound();
      if (current.version !== input.version) throw conflict();
      if (input.email && input.email !== current.email && (await q.emailExists(db, input.email, id))) {
        throw fieldError('email', 'email_taken');
      }
      const rolesChanged = input.roles !== undefined && !sameRoles(input.roles, current.roles);
      const losesAdmin =
        current.roles.includes('admin') &&
        current.active &&
        ((rolesChanged && !input.roles?.includes('admin')) || input.active === false);

      const fields = {
        email: input.email,
        name: input.name,
        active: input.active,
        locale: input.locale,
        fte: input.fte,
      };
      const changed = Object.entries(fields)
        .filter(([key, value]) => value !== undefined && value !== current[key as keyof typeof fields])
        .map(([key]) => key);
      if (rolesChanged) changed.push('roles');

      await db.transaction(async (tx) => {
        if (losesAdmin && (await q.countOtherActiveAdmins(tx, ctx.actor.officeId, id)) === 0) {
          throw new AppError('last_admin');
        }
        const values = Object.fromEntries(Object.entries(fields).filter(([key]) => changed.includes(key)));
        if (!(await q.updateUserIfVersion(tx, id, input.version, values))) throw conflict();
        if (rolesChanged && input.roles) await q.replaceRoles(tx, id, input.roles);
        if (input.active === false && current.active) await revokeUserSessions(tx, id);
        await audit(ctx, tx, {
          action: 'user.updated',
          entityType: 'user',
          entityId: id,
          details: {
            changed,
            ...(rolesChanged && input.roles ? { roles: { from: current.roles, to: input.roles } } : {}),
            ...(changed.includes('active') ? { active: Boolean(input.active) } : {}),
          },
        });
      });
      return getUser(ctx, id);
    },

    /** Sets a one-time password (the person forgot theirs); their sessions end. */
    async resetPassword(ctx: UserContext, id: string, input: ResetPasswordBody) {
      if (!(await q.findUser(db, ctx.actor.officeId, id))) throw notFound();
      const passwordHash = await hashPassword(input.password);
      await db.transaction(async (tx) => {
        await setPassword(tx, id, passwordHash, true);
        await revokeUserSessions(tx, id);
        await audit(ctx, tx, { action: 'user.password_reset', entityType: 'user', entityId: id });
      });
      return getUser(ctx, id);
    },
  };
}
