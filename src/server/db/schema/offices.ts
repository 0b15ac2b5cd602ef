import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The welfare centre (MOPS/MOPR/GOPS) that runs the service; every record belongs to one. */
export const offices = pgTable('offices', {
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
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
