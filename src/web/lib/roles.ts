import type { Role } from '../../contract/roles';

export function hasAnyRole(userRoles: readonly Role[], allowed: readonly Role[]): boolean {
  return userRoles.some((role) => allowed.includes(role));
}

/** Who sees which section; mirrors the server's permission table (the server still decides). */
export const access = {
  users: ['admin'],
  audit: ['admin', 'dpo'],
} as const satisfies Record<string, readonly Role[]>;
