import { sql } from 'drizzle-orm';
import { boolean, check, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ATTACHMENT_MAX_MB } from '../../../domain/documents';

/** The welfare centre (MOPS/MOPR/GOPS) that runs the service; every record belongs to one. */
export const offices = pgTable(
  'offices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    phone: text('phone'),
    email: text('email'),
    /** The office's own warning threshold below the statutory caseload limit. */
    caseloadWarningAt: integer('caseload_warning_at'),
    monitoringCountsTowardCaseload: boolean('monitoring_counts_toward_caseload').notNull().default(true),
    /** The engagement's terms (src/domain/deadlines.ts), in months. */
    planMonths: integer('plan_months').notNull().default(1),
    assessmentMonths: integer('assessment_months').notNull().default(6),
    standardMonths: integer('standard_months').notNull().default(18),
    extensionMonths: integer('extension_months').notNull().default(6),
    monitoringMonths: integer('monitoring_months').notNull().default(6),
    /** Contacts a week expected with each family (averaged over four weeks). */
    contactTargetPerWeek: numeric('contact_target_per_week', { precision: 3, scale: 1, mode: 'number' })
      .notNull()
      .default(2),
    /** The hours of the day task-based work may fall in, 'HH:MM'. */
    workDayStart: text('work_day_start').notNull().default('08:00'),
    workDayEnd: text('work_day_end').notNull().default('20:00'),
    /** Whether team leads without a role in the engagement see Niebieska Karta records (default: no). */
    teamLeadSeesBlueCards: boolean('team_lead_sees_blue_cards').notNull().default(false),
    /** The largest attachment the office accepts, in MB. */
    attachmentMaxMb: integer('attachment_max_mb').notNull().default(ATTACHMENT_MAX_MB.default),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'offices_contact_target_check',
      sql`${t.contactTargetPerWeek} > 0 and ${t.contactTargetPerWeek} <= 14`,
    ),
    check(
      'offices_attachment_max_check',
      sql`${t.attachmentMaxMb} between ${sql.raw(String(ATTACHMENT_MAX_MB.min))} and ${sql.raw(String(ATTACHMENT_MAX_MB.max))}`,
    ),
    check('offices_work_day_check', sql`${t.workDayStart} < ${t.workDayEnd}`),
  ],
);
