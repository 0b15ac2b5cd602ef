import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Role } from '../../../contract/roles';
import type { UserListQuery } from '../../../contract/users';
import { rolesOfUser } from '../../auth/queries';
import type { Executor } from '../../db/client';
import { userRoles, users } from '../../db/schema';

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  roles: rolesOfUser,
  active: users.active,
  locale: users.locale,
  fte: users.fte,
  mustChangePassword: users.mustChangePassword,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  version: users.version,
};

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

/** Polish names in alphabetical order without ICU: "Łucja" among the L's, not after "Z". */
const sortKey = sql<string>`search_key(${users.name})`;

export async function listUsers(
  db: Executor,
  officeId: string,
  query: UserListQuery,
  after: unknown[] | null,
) {
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, '\\$&')}%` : null;
  const matches = (column: typeof users.name | typeof users.email) =>
    sql`search_key(${column}) like search_key(${pattern})`;
  return db
    .select({ ...userColumns, sortKey })
    .from(users)
    .where(
      and(
        eq(users.officeId, officeId),
        pattern ? or(matches(users.name), matches(users.email)) : undefined,
        query.role
          ? sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${query.role})`
          : undefined,
        query.active ? eq(users.active, query.active === 'true') : undefined,
        after ? sql`(${sortKey}, ${users.id}) > (${String(after[0])}, ${String(after[1])}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(sortKey), asc(users.id))
    .limit(query.limit + 1);
}

export async function findUser(db: Executor, officeId: string, id: string) {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.officeId, officeId), eq(users.id, id)));
  return row;
}

export async function emailExists(db: Executor, email: string, exceptId?: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(sql`lower(${users.email})`, email.toLowerCase()),
        exceptId ? sql`${users.id} <> ${exceptId}` : undefined,
      ),
    );
  return Boolean(row);
}

export async function insertUser(
  db: Executor,
  values: {
    officeId: string;
    email: string;
    name: string;
    passwordHash: string;
    locale: string;
    fte?: number;
    mustChangePassword: boolean;
  },
) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function replaceRoles(db: Executor, userId: string, roles: Role[]) {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length > 0) await db.insert(userRoles).values(roles.map((role) => ({ userId, role })));
}

/** Applies an edit only if the version still matches; returns false for a stale one. */
export async function updateUserIfVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<{ email: string; name: string; active: boolean; locale: string; fte: number }>,
) {
  const rows = await db
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Active administrators of the office other than the given user. */
export async function countOtherActiveAdmins(db: Executor, officeId: string, exceptId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(users.officeId, officeId),
        eq(users.active, true),
        eq(userRoles.role, 'admin'),
        sql`${users.id} <> ${exceptId}`,
      ),
    );
  return row?.count ?? 0;
}
