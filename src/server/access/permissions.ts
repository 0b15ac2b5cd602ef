import type { RolePermission } from '../../contract/permissions';
import type { Role } from '../../contract/roles';

/*
 * ============================================================================================
 *  THE PERMISSION TABLE — who may call what. Every API route names one entry of `Permission`;
 *  a route without one cannot be registered (see guard.ts). Record-level rules (whose family,
 *  which office) are decided in family-scope.ts, on top of this.
 * ============================================================================================
 */
export const rolePermissions = {
  /** List and read accounts of the office. */
  'users:read': ['admin'],
  /** Create, edit, deactivate accounts; reset their passwords. */
  'users:manage': ['admin'],
  /** Browse the audit log. */
  'audit:read': ['admin', 'dpo'],
  /** Edit the office's data and its own rules (caseload warning, monitoring in the load). */
  'office:manage': ['admin'],
  /** Edit the office's dictionaries (problems of families). */
  'dictionaries:manage': ['admin'],
  /** List and open families' files, print their records, download their attachments — which families, decided by family-scope.ts. */
  'families:read': ['assistant', 'social_worker', 'manager', 'team_lead'],
  /** Register a new family. */
  'families:register': ['social_worker', 'manager'],
  /** Edit a visible family: data, members, problems, legal flags; plan the first visit; attach files. */
  'families:edit': ['assistant', 'social_worker', 'manager', 'team_lead'],
  /** Record the environmental interview and file the request for an assistant. */
  'intake:write': ['social_worker', 'manager'],
  /** See the queue of requests for an assistant. */
  'requests:read': ['manager', 'team_lead'],
  /** Approve (assigning an assistant) or reject a request. */
  'requests:decide': ['manager'],
  /** Give an engagement to another assistant. */
  'engagements:assign': ['manager'],
  /** See every assistant's caseload. */
  'caseloads:read': ['manager', 'team_lead'],
  /** Write the engagement's records: first contact, diagnosis, plan, assessments, requests, monitoring, court opinions. */
  'engagements:work': ['assistant', 'team_lead'],
  /** Acknowledge assessments; approve or reject extensions and closures. */
  'engagements:decide': ['manager'],
  /** One's own deadlines ("Moje terminy"). */
  'deadlines:read': ['assistant', 'team_lead', 'manager'],
  /** The whole team's deadlines, with counts per assistant. */
  'deadlines:team': ['manager', 'team_lead'],
  /** One's own calendar, other work, timesheet, contacts, and the contact frequency of one's families. */
  'worktime:own': ['assistant', 'team_lead'],
  /** Any colleague's calendar, timesheet and contacts; the team's contact frequency. */
  'worktime:team': ['manager', 'team_lead'],
  /** The duty roster and the list of duty hours for families. */
  'duty:read': ['assistant', 'social_worker', 'manager', 'team_lead'],
  /** Set the assistants' duty hours. */
  'duty:manage': ['manager', 'team_lead'],
  /** The office's directory of institutions. */
  'institutions:read': ['admin', 'assistant', 'social_worker', 'manager', 'team_lead'],
  /** Add and edit institutions of the directory. */
  'institutions:manage': ['admin', 'manager', 'team_lead'],
  /** Niebieska Karta records — for whom, decided by family-scope.ts `requireBlueCardAccess`. */
  'blue_cards:read': ['assistant', 'social_worker', 'manager', 'team_lead'],
  'blue_cards:write': ['assistant', 'social_worker', 'manager', 'team_lead'],
  /** The staff records: employment periods and funding, qualifications, trainings, equipment. */
  'staff:read': ['admin', 'manager', 'team_lead'],
  'staff:manage': ['admin', 'manager'],
  /** Yearly and half-yearly reports, and their exports. */
  'reports:read': ['admin', 'manager', 'team_lead'],
  /** The definition of the state's half-year report. */
  'reports:define': ['admin'],
  /** The office's DOCX templates for the printouts. */
  'templates:manage': ['admin'],
  /** Deleted attachments: who deleted which file, when and why. */
  'attachments:deleted': ['dpo'],
} as const satisfies Record<RolePermission, readonly Role[]>;

/**
 * `public`: anyone, signed in or not. `session`: any signed-in user, even one who still has to
 * change a one-time password (the account's own routes). `authenticated`: any signed-in user
 * whose password is settled.
 */
export type Permission = 'public' | 'session' | 'authenticated' | RolePermission;

export function roleHasPermission(roles: readonly Role[], permission: RolePermission): boolean {
  const allowed: readonly Role[] = rolePermissions[permission];
  return roles.some((role) => allowed.includes(role));
}

/** What a person with these roles may do: sent to the web app, which shows sections from it. */
export function permissionsOf(roles: readonly Role[]): RolePermission[] {
  return (Object.keys(rolePermissions) as RolePermission[]).filter((p) => roleHasPermission(roles, p));
}
