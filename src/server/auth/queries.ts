import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../contract/roles';
import type { Executor } from '../db/client';
import { offices, sessions, userRoles, users } from '../db/schema';

/** The roles of a user as a sorted text[], usable in any select on `users`. */
export const rolesOfUser = sql<
  Role[]
>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`;

const actorColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  roles: rolesOfUser,
  officeId: users.officeId,
  officeName: offices.name,
  locale: users.locale,
  mustChangePassword: users.mustChangePassword,
  active: users.active,
};

export async function findUserForLogin(db: Executor, email: string) {
  const [row] = await db
    .select({
      ...actorColumns,
      passwordHash: users.passwordHash,
      failedLogins: users.failedLogins,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

/** A live session: not revoked, not past its absolute expiry, used within the idle window. */
export async function findLiveSession(db: Executor, sessionId: string, idleSince: Date) {
  const [row] = await db
    .select({
      ...actorColumns,
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(
      and(
        eq(sessions.id, sessionId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, idleSince),
        eq(users.active, true),
      ),
    );
  return row;
}

export async function touchSession(db: Executor, sessionId: string) {
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

export async function insertSession(
  db: Executor,
  values: {
    id: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
) {
  await db.insert(sessions).values(values);
}

export async function revokeSession(db: Executor, sessionId: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every session of a user, optionally keeping one; returns how many were ended. */
export async function revokeUserSessions(db: Executor, userId: string, keepSessionId?: string) {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keepSessionId ? sql`${sessions.id} <> ${keepSessionId}` : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return revoked.length;
}

export async function recordFailedLogin(
  db: Executor,
  userId: string,
  maxFailures: number,
  lockMinutes: number,
) {
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`case when ${users.failedLogins} + 1 >= ${maxFailures} then 0 else ${users.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures} then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ lockedUntil: users.lockedUntil });
  return row;
}

export async function recordSuccessfulLogin(db: Executor, userId: string) {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function findPasswordHash(db: Executor, userId: string) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash;
}

export async function setPassword(db: Executor, userId: string, passwordHash: string, mustChange: boolean) {
  await db
    .update(users)
    .set({
      passwordHash,
      mustChangePassword: mustChange,
      failedLogins: 0,
      lockedUntil: null,
      version: sql`${users.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, userId));
}

export async function setLocale(db: Executor, userId: string, locale: string) {
  await db.update(users).set({ locale, updatedAt: sql`now()` }).where(eq(users.id, userId));
}
