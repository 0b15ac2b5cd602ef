import { z } from 'zod';

/**
 * The permissions a role can grant, by name. Which roles grant which is decided on the server
 * (src/server/access/permissions.ts); the web app receives the signed-in person's list in
 * `GET /api/auth/me` and shows or hides sections from it.
 */
export const rolePermissionNames = [
  'users:read',
  'users:manage',
  'audit:read',
  'office:manage',
  'dictionaries:manage',
  'families:read',
  'families:register',
  'families:edit',
  'intake:write',
  'requests:read',
  'requests:decide',
  'engagements:assign',
  'caseloads:read',
  'engagements:work',
  'engagements:decide',
  'deadlines:read',
  'deadlines:team',
  'worktime:own',
  'worktime:team',
  'duty:read',
  'duty:manage',
  'institutions:read',
  'institutions:manage',
  'blue_cards:read',
  'blue_cards:write',
  'staff:read',
  'staff:manage',
  'reports:read',
  'reports:define',
  'templates:manage',
  'attachments:deleted',
] as const;
export const RolePermission = z.enum(rolePermissionNames);
export type RolePermission = z.infer<typeof RolePermission>;
