/** The audit vocabulary the server writes (src/server/audit/events.ts), each with a translated name. */
export const auditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.logout_all',
  'auth.password_changed',
  'account.updated',
  'access.denied',
  'user.created',
  'user.updated',
  'user.password_reset',
  'audit.searched',
  'system.office_created',
  'system.admin_created',
  'system.demo_loaded',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntityTypes = ['user', 'office', 'route', 'audit_log'] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}

export function isAuditEntityType(value: string): value is AuditEntityType {
  return (auditEntityTypes as readonly string[]).includes(value);
}
