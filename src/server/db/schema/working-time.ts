import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  cancelReasons,
  contactKinds,
  contactPlaces,
  visitStatuses,
  workKinds,
} from '../../../domain/contacts';
import { engagements } from './intake';
import { offices } from './offices';
import { users } from './users';

/*
 * The assistant's time: contacts with families, the visits she plans, her duty hours in the
 * office and her other work. Times of day are 'HH:MM' text (no span crosses midnight), which
 * orders and compares as the times do.
 */

export const oneOf = (column: SQL, values: readonly string[]) =>
  sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
const timeSpan = (name: string, start: SQL, end: SQL) =>
  check(
    name,
    sql`${start} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${end} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${start} < ${end}`,
  );

/** What a contact and a planned visit both are: one assistant's span of a day with a family. */
const visitColumns = () => ({
  engagementId: uuid('engagement_id')
    .notNull()
    .references(() => engagements.id),
  assistantId: uuid('assistant_id')
    .notNull()
    .references(() => users.id),
  date: date('date').notNull(),
  startTime: text('start_time').notNull(),
  endTime: text('end_time').notNull(),
  kind: text('kind').notNull(),
  place: text('place').notNull(),
});
const visitChecks = (
  table: string,
  t: { kind: AnyPgColumn; place: AnyPgColumn; startTime: AnyPgColumn; endTime: AnyPgColumn },
) => [
  check(`${table}_kind_check`, oneOf(sql`${t.kind}`, contactKinds)),
  check(`${table}_place_check`, oneOf(sql`${t.place}`, contactPlaces)),
  timeSpan(`${table}_time_check`, sql`${t.startTime}`, sql`${t.endTime}`),
];

export interface ContactParticipants {
  memberIds: string[];
  /** People from outside the family (a teacher, a probation officer), as written. */
  others: string | null;
}

/** A contact with a family that took place: case content, read and audited as the family's file. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `assistantId`: who held the contact; her overlapping contacts are refused. */
    ...visitColumns(),
    placeNote: text('place_note'),
    participants: jsonb('participants').$type<ContactParticipants>().notNull(),
    description: text('description').notNull(),
    /** Ids of the work plan's actions the contact advanced (stable across plan versions). */
    actionIds: jsonb('action_ids').$type<string[]>().notNull(),
    followUps: text('follow_ups'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('contacts_engagement_idx').on(t.engagementId, t.date),
    index('contacts_assistant_idx').on(t.assistantId, t.date),
    ...visitChecks('contacts', t),
  ],
);

/** A visit in the assistant's calendar; once it took place it points at its contact. */
export const plannedVisits = pgTable(
  'planned_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...visitColumns(),
    note: text('note'),
    status: text('status').notNull().default('planned'),
    cancelReason: text('cancel_reason'),
    cancelNote: text('cancel_note'),
    contactId: uuid('contact_id').references(() => contacts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('planned_visits_assistant_idx').on(t.assistantId, t.date),
    index('planned_visits_engagement_idx').on(t.engagementId, t.date),
    ...visitChecks('planned_visits', t),
    check('planned_visits_status_check', oneOf(sql`${t.status}`, visitStatuses)),
    check(
      'planned_visits_cancel_check',
      sql`(${t.status} = 'cancelled') = (${t.cancelReason} is not null) and (${t.cancelReason} is null or ${oneOf(sql`${t.cancelReason}`, cancelReasons)})`,
    ),
    check('planned_visits_held_check', sql`(${t.status} = 'held') = (${t.contactId} is not null)`),
  ],
);

/** An assistant's weekly duty hour in the office, valid from a date (until another, or on). */
export const dutyHours = pgTable(
  'duty_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => users.id),
    /** ISO weekday, 1 = Monday … 5 = Friday. */
    weekday: smallint('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    place: text('place').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('duty_hours_office_idx').on(t.officeId, t.weekday),
    check('duty_hours_weekday_check', sql`${t.weekday} between 1 and 5`),
    check('duty_hours_validity_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    timeSpan('duty_hours_time_check', sql`${t.startTime}`, sql`${t.endTime}`),
  ],
);

/** Work other than contacts: documentation, travel, trainings, supervision, meetings, duty hours. */
export const workRecords = pgTable(
  'work_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    date: date('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('work_records_user_idx').on(t.userId, t.date),
    check('work_records_kind_check', oneOf(sql`${t.kind}`, workKinds)),
    timeSpan('work_records_time_check', sql`${t.startTime}`, sql`${t.endTime}`),
  ],
);
