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
  /** Someone searched the family registry; the query and filters are recorded. */
  | {
      action: 'family.searched';
      entityType: 'family';
      entityId: null;
      details: Record<string, string>;
    }
  /** Someone opened a family's file. */
  | { action: 'family.opened'; entityType: 'family'; entityId: string }
  /** Someone asked for a family they may not see (or that does not exist). */
  | { action: 'family.access_denied'; entityType: 'family'; entityId: string }
  | {
      action: 'family.created';
      entityType: 'family';
      entityId: string;
      details: { caseNumber: string; members: number };
    }
  /** Someone opened (or downloaded) a family's genogram. */
  | { action: 'family.genogram_viewed'; entityType: 'family'; entityId: string }
  | {
      action: 'family.genogram_saved';
      entityType: 'family';
      entityId: string;
      details: { people: number; relations: number };
    }
  /** A family's data changed; `changed` names the fields. */
  | { action: 'family.updated'; entityType: 'family'; entityId: string; details: { changed: string[] } }
  | {
      action: 'family.member_added' | 'family.member_removed';
      entityType: 'family';
      entityId: string;
      details: { personId: string; relation: string };
    }
  | {
      action: 'family.member_updated';
      entityType: 'family';
      entityId: string;
      details: { personId: string; changed: string[] };
    }
  /** A PESEL was looked up to offer an existing person instead of a duplicate. */
  | { action: 'person.looked_up'; entityType: 'person'; entityId: string | null; details: { found: boolean } }
  | {
      action: 'family.contact_ban_added' | 'family.contact_ban_removed';
      entityType: 'family';
      entityId: string;
      details: { banId: string; childId: string; parentId: string };
    }
  | {
      action: 'intake.interview_recorded';
      entityType: 'family';
      entityId: string;
      details: { interviewId: string; interviewDate: string };
    }
  | {
      action: 'request.filed';
      entityType: 'assistance_request';
      entityId: string;
      details: { familyId: string; legalBasis: string };
    }
  /** The manager approved a request; the engagement it created is named. */
  | {
      action: 'request.approved';
      entityType: 'assistance_request';
      entityId: string;
      details: { familyId: string; engagementId: string; assistantId: string; load: number };
    }
  | {
      action: 'request.rejected';
      entityType: 'assistance_request';
      entityId: string;
      details: { familyId: string };
    }
  | {
      action: 'engagement.reassigned';
      entityType: 'engagement';
      entityId: string;
      details: { familyId: string; from: string; to: string };
    }
  | {
      action: 'engagement.first_visit_planned';
      entityType: 'engagement';
      entityId: string;
      details: { familyId: string; firstVisitAt: string | null };
    }
  | EngagementWorkEvent
  | TimeEvent
  | PartnersEvent
  | DocumentsEvent
  | TeamEvent
  /** An administrator changed the office's data or rules. */
  | { action: 'office.updated'; entityType: 'office'; entityId: string; details: { changed: string[] } }
  | {
      action: 'dictionary.problem_type_created' | 'dictionary.problem_type_updated';
      entityType: 'problem_type';
      entityId: string;
      details: { name: string; active: boolean };
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
  | {
      action: 'system.demo_loaded';
      entityType: 'office';
      entityId: string;
      details: { users: number; families: number };
    };

/**
 * The assistant's work with a family: each record of it, and each read of the engagement's
 * page (case content). Details name the family and what changed, never the content.
 */
export interface EngagementWorkEvent {
  action:
    | 'engagement.opened'
    | 'engagement.first_contact_recorded'
    | 'engagement.updated'
    | 'engagement.diagnosis_saved'
    | 'engagement.plan_saved'
    | 'engagement.plan_acknowledged'
    | 'engagement.assessment_submitted'
    | 'engagement.assessment_acknowledged'
    | 'engagement.monitoring_started'
    | 'engagement.monitoring_result_recorded'
    | 'engagement.request_filed'
    | 'engagement.request_approved'
    | 'engagement.request_rejected'
    | 'engagement.closed'
    | 'engagement.court_opinion_saved';
  entityType: 'engagement';
  entityId: string;
  details: { familyId: string } & Record<string, string | number | boolean | string[] | null>;
}

/**
 * The assistant's time: contacts (case content: each list read is recorded too), planned
 * visits, other work, the duty roster and timesheet exports. Details carry dates and kinds.
 */
export type TimeEvent =
  | {
      action: 'contact.created' | 'contact.updated' | 'contact.deleted';
      entityType: 'contact';
      entityId: string;
      details: { familyId: string; engagementId: string; date: string; plannedVisitId?: string };
    }
  /** Someone read an engagement's contact log. */
  | { action: 'contact.log_read'; entityType: 'engagement'; entityId: string; details: { familyId: string } }
  /** Someone read one assistant's contacts over a period. */
  | {
      action: 'contact.list_read';
      entityType: 'user';
      entityId: string;
      details: { from: string | null; to: string | null };
    }
  | {
      action: 'visit.planned' | 'visit.updated';
      entityType: 'planned_visit';
      entityId: string;
      details: { familyId: string; engagementId: string; date: string };
    }
  | {
      action: 'visit.cancelled';
      entityType: 'planned_visit';
      entityId: string;
      details: { familyId: string; engagementId: string; date: string; reason: string };
    }
  | {
      action: 'work.recorded' | 'work.updated' | 'work.deleted';
      entityType: 'work_record';
      entityId: string;
      details: { date: string; kind: string };
    }
  | {
      action: 'duty.created' | 'duty.updated' | 'duty.deleted';
      entityType: 'duty_hour';
      entityId: string;
      details: { assistantId: string; weekday: number };
    }
  | { action: 'timesheet.exported'; entityType: 'user'; entityId: string; details: { month: string } };

/** The directory of institutions, an engagement's partners, referrals, meetings; the Niebieska Karta. */
export type PartnersEvent =
  | {
      action: 'institution.created' | 'institution.updated';
      entityType: 'institution';
      entityId: string;
      details: { name: string };
    }
  | { action: 'partners.viewed'; entityType: 'engagement'; entityId: string; details: { familyId: string } }
  | {
      action: 'partner.added' | 'partner.updated';
      entityType: 'engagement';
      entityId: string;
      details: { familyId: string; partnerId: string; role: string };
    }
  | {
      action: 'referral.created' | 'referral.updated';
      entityType: 'engagement';
      entityId: string;
      details: { familyId: string; referralId: string; status: string };
    }
  | {
      action: 'team_meeting.recorded';
      entityType: 'engagement';
      entityId: string;
      details: { familyId: string; meetingId: string; body: string };
    }
  /** Every view of a family's Niebieska Karta records, and every change to them. */
  | {
      action: 'blue_card.viewed' | 'blue_card.created' | 'blue_card.updated' | 'blue_card.meeting_recorded';
      entityType: 'family';
      entityId: string;
      details: { blueCardId?: string };
    };

/** Printouts, templates, the logo, and attachments: every print and download is recorded. */
export type DocumentsEvent =
  | {
      action: 'printout.generated';
      entityType: 'family' | 'user';
      entityId: string;
      details: { kind: string; format: string; recordId: string; template: boolean; month?: string };
    }
  | {
      action: 'template.uploaded' | 'template.removed' | 'template.downloaded';
      entityType: 'office';
      entityId: string;
      details: { kind: string; fileName?: string };
    }
  | { action: 'office.logo_changed' | 'office.logo_removed'; entityType: 'office'; entityId: string }
  | {
      action: 'attachment.listed';
      entityType: 'family';
      entityId: string;
      details: { engagementId?: string };
    }
  | {
      action: 'attachment.uploaded' | 'attachment.downloaded' | 'attachment.deleted';
      entityType: 'attachment';
      entityId: string;
      details: { familyId: string; fileName: string; category: string };
    }
  | { action: 'attachment.deleted_listed'; entityType: 'office'; entityId: string };

/** Staff records and reports. */
export type TeamEvent =
  | { action: 'staff.viewed'; entityType: 'staff'; entityId: string }
  | {
      action:
        | 'staff.employment_added'
        | 'staff.employment_updated'
        | 'staff.employment_removed'
        | 'staff.qualification_added'
        | 'staff.qualification_removed'
        | 'staff.development_added'
        | 'staff.development_removed'
        | 'staff.equipment_issued'
        | 'staff.equipment_updated'
        | 'staff.equipment_removed';
      entityType: 'staff';
      entityId: string;
      details: { recordId: string };
    }
  | {
      action: 'report.viewed' | 'report.exported';
      entityType: 'report';
      entityId: string;
      details: { from: string; to: string; format?: string };
    }
  | {
      action: 'report.definition_changed';
      entityType: 'report';
      entityId: string;
      details: { rows: number };
    };

export type AuditAction = AuditEvent['action'];
export type AuditOutcome = 'success' | 'denied' | 'error';
