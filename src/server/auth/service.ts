import type { ChangePasswordBody, LoginBody, Me, UpdateMeBody } from '../../contract/auth';
import type { Locale } from '../../contract/roles';
import type { Actor, RequestContext, UserContext } from '../access/context';
import { permissionsOf } from '../access/permissions';
import { audit } from '../audit/audit';
import type { Executor } from '../db/client';
import type { AppDeps } from '../deps';
import { AppError, fieldError } from '../errors/app-error';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';
import * as q from './queries';
import { randomToken, sessionIdOf } from './tokens';

export interface NewSession {
  token: string;
  actor: Actor;
  csrfToken: string;
}

/** Sign-in, sessions and the account's own settings. */
export function authService({ db, config }: AppDeps) {
  const idleMs = config.ASYSTA_SESSION_IDLE_MINUTES * 60_000;

  function minutesUntil(date: Date) {
    return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 60_000));
  }

  return {
    /** Checks the password and opens a session; failures are counted, audited and may lock. */
    async login(ctx: RequestContext, input: LoginBody, userAgent: string | null): Promise<NewSession> {
      const email = input.email.trim().toLowerCase();
      const user = await q.findUserForLogin(db, email);
      if (!user) {
        await verifyAgainstDummy(input.password);
        await audit(
          ctx,
          db,
          {
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: null,
            details: { email, reason: 'unknown_email' },
          },
          { outcome: 'denied' },
        );
        throw new AppError('invalid_credentials');
      }
      const fail = async (
        reason: 'wrong_password' | 'inactive' | 'locked',
        executor: Executor = db,
        lockedNow = false,
      ) =>
        audit(
          ctx,
          executor,
          {
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: user.id,
            details: { email, reason, ...(lockedNow ? { lockedNow } : {}) },
          },
          { outcome: 'denied', officeId: user.officeId },
        );

      if (user.lockedUntil && user.lockedUntil > new Date()) {
        await fail('locked');
        throw new AppError('too_many_attempts', { params: { minutes: minutesUntil(user.lockedUntil) } });
      }
      const valid = await verifyPassword(user.passwordHash, input.password);
      if (!valid) {
        const locked = await db.transaction(async (tx) => {
          const row = await q.recordFailedLogin(
            tx,
            user.id,
            config.ASYSTA_LOGIN_MAX_FAILURES,
            config.ASYSTA_LOGIN_LOCK_MINUTES,
          );
          const lockedNow = Boolean(row?.lockedUntil && row.lockedUntil > new Date());
          await fail('wrong_password', tx, lockedNow);
          return lockedNow;
        });
        if (locked)
          throw new AppError('too_many_attempts', { params: { minutes: config.ASYSTA_LOGIN_LOCK_MINUTES } });
        throw new AppError('invalid_credentials');
      }
      if (!user.active) {
        await fail('inactive');
        throw new AppError('invalid_credentials');
      }

      const token = randomToken();
      const csrfToken = randomToken();
      const {
        passwordHash: _hash,
        failedLogins: _failed,
        lockedUntil: _locked,
        active: _active,
        ...rest
      } = user;
      const actor: Actor = { ...rest, locale: rest.locale as Locale };
      await db.transaction(async (tx) => {
        await q.recordSuccessfulLogin(tx, user.id);
        await q.insertSession(tx, {
          id: sessionIdOf(token),
          userId: user.id,
          csrfToken,
          expiresAt: new Date(Date.now() + config.ASYSTA_SESSION_MAX_HOURS * 3_600_000),
          ip: ctx.ip,
          userAgent: userAgent?.slice(0, 500) ?? null,
        });
        await audit({ ...ctx, actor }, tx, { action: 'auth.login', entityType: 'user', entityId: user.id });
      });
      return { token, actor, csrfToken };
    },

    /** Resolves a session cookie to its person; refreshes the idle clock at most once a minute. */
    async resume(token: string) {
      const sessionId = sessionIdOf(token);
      const row = await q.findLiveSession(db, sessionId, new Date(Date.now() - idleMs));
      if (!row) return null;
      if (Date.now() - row.lastSeenAt.getTime() > 60_000) await q.touchSession(db, sessionId);
      const { sessionId: _id, csrfToken, lastSeenAt: _seen, active: _active, ...actor } = row;
      return { sessionId, csrfToken, actor: { ...actor, locale: actor.locale as Locale } satisfies Actor };
    },

    me(actor: Actor, csrfToken: string): Me {
      return { ...actor, permissions: permissionsOf(actor.roles), csrfToken };
    },

    async logout(ctx: UserContext) {
      await db.transaction(async (tx) => {
        if (ctx.sessionId) await q.revokeSession(tx, ctx.sessionId);
        await audit(ctx, tx, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.id });
      });
    },

    /** Ends every session of the person, on every device, this one included. */
    async logoutEverywhere(ctx: UserContext) {
      await db.transaction(async (tx) => {
        const count = await q.revokeUserSessions(tx, ctx.actor.id);
        await audit(ctx, tx, {
          action: 'auth.logout_all',
          entityType: 'user',
          entityId: ctx.actor.id,
          details: { sessions: count },
        });
      });
    },

    /** Sets a new password; other sessions end, this one stays. */
    async changePassword(ctx: UserContext, input: ChangePasswordBody) {
      const currentHash = await q.findPasswordHash(db, ctx.actor.id);
      if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
        throw fieldError('currentPassword', 'password_wrong');
      }
      if (input.newPassword === input.currentPassword) {
        throw fieldError('newPassword', 'password_same_as_current');
      }
      const newHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        await q.setPassword(tx, ctx.actor.id, newHash, false);
        await q.revokeUserSessions(tx, ctx.actor.id, ctx.sessionId ?? undefined);
        await audit(ctx, tx, { action: 'auth.password_changed', entityType: 'user', entityId: ctx.actor.id });
      });
    },

    async updateMe(ctx: UserContext, input: UpdateMeBody) {
      await db.transaction(async (tx) => {
        await q.setLocale(tx, ctx.actor.id, input.locale);
        await audit(ctx, tx, {
          action: 'account.updated',
          entityType: 'user',
          entityId: ctx.actor.id,
          details: { locale: input.locale },
        });
      });
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
