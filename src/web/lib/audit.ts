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
  'family.searched',
  'family.opened',
  'family.access_denied',
  'family.created',
  'family.updated',
  'family.member_added',
  'family.member_removed',
  'family.member_updated',
  'family.contact_ban_added',
  'family.contact_ban_removed',
  'person.looked_up',
  'intake.interview_recorded',
  'request.filed',
  'request.approved',
  'request.rejected',
  'engagement.reassigned',
  'engagement.first_visit_planned',
  'engagement.opened',
  'engagement.first_contact_recorded',
  'engagement.updated',
  'engagement.diagnosis_saved',
  'engagement.plan_saved',
  'engagement.plan_acknowledged',
  'engagement.assessment_submitted',
  'engagement.assessment_acknowledged',
  'engagement.monitoring_started',
  'engagement.monitoring_result_recorded',
  'engagement.request_filed',
  'engagement.request_approved',
  'engagement.request_rejected',
  'engagement.closed',
  'engagement.court_opinion_saved',
  'office.updated',
  'dictionary.problem_type_created',
  'dictionary.problem_type_updated',
  'system.office_created',
  'system.admin_created',
  'system.demo_loaded',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntityTypes = [
  'user',
  'office',
  'route',
  'audit_log',
  'family',
  'person',
  'assistance_request',
  'engagement',
  'problem_type',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}

export function isAuditEntityType(value: string): value is AuditEntityType {
  return (auditEntityTypes as readonly string[]).includes(value);
}
