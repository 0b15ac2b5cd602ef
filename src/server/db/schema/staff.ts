import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  developmentKinds,
  employmentForms,
  equipmentKinds,
  fundingSources,
  positions,
} from '../../../domain/staff';
import { offices } from './offices';
import { users } from './users';
import { oneOf } from './working-time';

/* The team itself: employment periods, qualifications, development, equipment; report definitions. */

const staffColumns = {
  id: uuid('id').primaryKey().defaultRandom(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
};

/** A period of one person's employment: the form, the FTE and who paid for it. */
export const employmentPeriods = pgTable(
  'employment_periods',
  {
    ...staffColumns,
    position: text('position').notNull(),
    form: text('form').notNull(),
    fte: numeric('fte', { precision: 3, scale: 2, mode: 'number' }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    funding: text('funding').notNull(),
    /** The programme's or the project's name, and the programme's year. */
    fundingName: text('funding_name'),
    fundingYear: integer('funding_year'),
    note: text('note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('employment_periods_office_idx').on(t.officeId, t.startsOn),
    index('employment_periods_user_idx').on(t.userId, t.startsOn),
    check('employment_periods_position_check', oneOf(sql`${t.position}`, positions)),
    check('employment_periods_form_check', oneOf(sql`${t.form}`, employmentForms)),
    check('employment_periods_funding_check', oneOf(sql`${t.funding}`, fundingSources)),
    check('employment_periods_fte_check', sql`${t.fte} > 0 and ${t.fte} <= 1`),
    check('employment_periods_dates_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const qualifications = pgTable(
  'staff_qualifications',
  {
    ...staffColumns,
    title: text('title').notNull(),
    institution: text('institution'),
    obtainedOn: date('obtained_on'),
    note: text('note'),
  },
  (t) => [index('staff_qualifications_user_idx').on(t.userId)],
);

/** Trainings, supervision sessions, support-group and assistants' meetings attended. */
export const developmentRecords = pgTable(
  'staff_development',
  {
    ...staffColumns,
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    date: date('date').notNull(),
    hours: numeric('hours', { precision: 5, scale: 2, mode: 'number' }),
    note: text('note'),
  },
  (t) => [
    index('staff_development_user_idx').on(t.userId, t.date),
    check('staff_development_kind_check', oneOf(sql`${t.kind}`, developmentKinds)),
  ],
);

export const equipmentIssues = pgTable(
  'staff_equipment',
  {
    ...staffColumns,
    kind: text('kind').notNull(),
    number: text('number'),
    description: text('description'),
    issuedOn: date('issued_on').notNull(),
    returnedOn: date('returned_on'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('staff_equipment_user_idx').on(t.userId, t.issuedOn),
    check('staff_equipment_kind_check', oneOf(sql`${t.kind}`, equipmentKinds)),
    check('staff_equipment_dates_check', sql`${t.returnedOn} is null or ${t.returnedOn} >= ${t.issuedOn}`),
  ],
);

/** An office's own definition of a report whose form changes (the state's half-year report). */
export const reportDefinitions = pgTable(
  'report_definitions',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    key: text('key').notNull(),
    rows: jsonb('rows').$type<{ label: string; metric: string }[]>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.key] })],
);
