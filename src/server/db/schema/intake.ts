import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { families } from './families';
import { offices } from './offices';
import { users } from './users';

export const environmentalInterviews = pgTable(
  'environmental_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    interviewDate: date('interview_date').notNull(),
    diagnosis: text('diagnosis').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('environmental_interviews_family_idx').on(t.familyId)],
);

/** The social worker's request to the manager for an assistant (art. 11 ust. 3). */
export const assistanceRequests = pgTable(
  'assistance_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    interviewId: uuid('interview_id').references(() => environmentalInterviews.id),
    justification: text('justification').notNull(),
    legalBasis: text('legal_basis').notNull(),
    consentDate: date('consent_date'),
    consentSignedBy: text('consent_signed_by'),
    court: text('court'),
    courtCaseSignature: text('court_case_signature'),
    courtRulingDate: date('court_ruling_date'),
    status: text('status').notNull().default('pending'),
    filedBy: uuid('filed_by')
      .notNull()
      .references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('assistance_requests_queue_idx').on(t.officeId, t.status, t.filedAt),
    index('assistance_requests_family_idx').on(t.familyId),
    uniqueIndex('assistance_requests_one_pending').on(t.familyId).where(sql`${t.status} = 'pending'`),
    check('assistance_requests_status_check', sql`${t.status} in ('pending', 'approved', 'rejected')`),
    check(
      'assistance_requests_basis_check',
      sql`(${t.legalBasis} = 'consent' and ${t.consentDate} is not null and ${t.consentSignedBy} is not null)
        or (${t.legalBasis} = 'court_order' and ${t.court} is not null and ${t.courtCaseSignature} is not null and ${t.courtRulingDate} is not null)
        or ${t.legalBasis} = 'minor_parent'`,
    ),
  ],
);

/** One period of an assistant's work with a family, from the assignment to the closure. */
export const engagements = pgTable(
  'engagements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    requestId: uuid('request_id').references(() => assistanceRequests.id),
    /** The current assistant; the history is in engagement_assignments. */
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull().default('assigned'),
    assignedBy: uuid('assigned_by')
      .notNull()
      .references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    firstVisitAt: timestamp('first_visit_at', { withTimezone: true }),
    firstContactDate: date('first_contact_date'),
    /** The first visit was made together with the social worker (BRIEF step 5). */
    firstContactJoint: boolean('first_contact_joint').notNull().default(false),
    cooperationRules: text('cooperation_rules'),
    monitoringStartedOn: date('monitoring_started_on'),
    monitoringResult: text('monitoring_result'),
    monitoringNote: text('monitoring_note'),
    /** Whether a supporting family could help (art. 29), and what came of it. */
    supportingFamilyAnalysedOn: date('supporting_family_analysed_on'),
    supportingFamilyOutcome: text('supporting_family_outcome'),
    supportingFamilyNote: text('supporting_family_note'),
    closedOn: date('closed_on'),
    closureReason: text('closure_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('engagements_assistant_status_idx').on(t.assistantId, t.status),
    index('engagements_family_idx').on(t.familyId),
    index('engagements_request_idx').on(t.requestId),
    uniqueIndex('engagements_one_open_per_family').on(t.familyId).where(sql`${t.status} <> 'closed'`),
    check(
      'engagements_monitoring_result_check',
      sql`${t.monitoringResult} is null or ${t.monitoringResult} in ('confirmed', 'not_confirmed')`,
    ),
    check(
      'engagements_status_check',
      sql`${t.status} in ('assigned', 'diagnosis', 'implementation', 'monitoring', 'closure_requested', 'closed')`,
    ),
  ],
);

/** Who worked on an engagement when: an assistant changes only at the family's request. */
export const engagementAssignments = pgTable(
  'engagement_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => users.id),
    assignedBy: uuid('assigned_by')
      .notNull()
      .references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Why this assistant took over (empty for the first one). */
    reason: text('reason'),
  },
  (t) => [
    index('engagement_assignments_assistant_idx').on(t.assistantId, t.engagementId),
    index('engagement_assignments_engagement_idx').on(t.engagementId),
  ],
);
