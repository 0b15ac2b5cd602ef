import type { Locale, Role } from '../../contract/roles';

/*
 * ============================================================================================
 *  THE AUDIT VOCABULARY — a closed list. Details carry field names and non-sensitive values
 *  only, never case content or passwords.
 * ============================================================================================
 */
export type AuditEvent =
  /** A person signed in. */
  | { action: 'auth.login'; entityType: 'user'; entityId: string; details?: Record<string, never> }
  /** A sign-in failed (wrong password, unknown email, inactive or locked account). */
  | {
      action: 'auth.login_failed';
      entityType: 'user';
      entityId: string | null;
      details: {
        email: string;
        reason: 'wrong_password' | 'unknown_email' | 'inactive' | 'locked';
        lockedNow?: boolean;
      };
    }
  /** A person signed out of this session. */
  | { action: 'auth.logout'; entityType: 'user'; entityId: string }
  /** A person ended all of their sessions. */
  | { action: 'auth.logout_all'; entityType: 'user'; entityId: string; details: { sessions: number } }
  /** A person changed their own password. */
  | { action: 'auth.password_changed'; entityType: 'user'; entityId: string }
  /** A person changed their own preferences. */
  | { action: 'account.updated'; entityType: 'user'; entityId: string; details: { locale: Locale } }
  /** A request was refused by access control. */
  | {
      action: 'access.denied';
      entityType: 'route';
      entityId: string;
      details: { method: string; permission: string };
    }
  /** An administrator created an account. */
  | {
      action: 'user.created';
      entityType: 'user';
      entityId: string;
      details: { email: string; roles: Role[] };
    }
  /** An administrator changed an account; `changed` names the fields. */
  | {
      action: 'user.updated';
      entityType: 'user';
      entityId: string;
      details: { changed: string[]; roles?: { from: Role[]; to: Role[] }; active?: boolean };
    }
  /** An administrator set a new one-time password for an account. */
  | { action: 'user.password_reset'; entityType: 'user'; entityId: string }
  /** Someone searched the audit log; the filters are recorded. */
  | {
      action: 'audit.searched';
      entityType: 'audit_log';
      entityId: null;
      details: Record<string, string | number>;
    }
  /** The system created the office at first start. */
  | { action: 'system.office_created'; entityType: 'office'; entityId: string; details: { name: string } }
  /** The system created the first administrator at first start. */
  | {
      action: 'system.admin_created';
      entityType: 'user';
      entityId: string;
      details: { email: string; oneTimePassword: boolean };
    }
  /** The system filled an empty database with the demo office. */
  | { action: 'system.demo_loaded'; entityType: 'office'; entityId: string; details: { users: number } };

export type AuditAction = AuditEvent['action'];
export type AuditOutcome = 'success' | 'denied' | 'error';
