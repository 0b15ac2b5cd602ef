import type { Locale } from '../../../contract/roles';
import type { User } from '../../../contract/users';
import type { UserRow } from './queries';

/** The account as the API shows it: never the password hash or the failure counter. */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    active: row.active,
    locale: row.locale as Locale,
    fte: row.fte,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
