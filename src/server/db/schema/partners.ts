import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { blueCardClosureGrounds } from '../../../domain/blue-card';
import { institutionKinds, meetingBodies, partnerRoles, referralStatuses } from '../../../domain/partners';
import { families, people } from './families';
import { engagements } from './intake';
import { offices } from './offices';
import { users } from './users';
import { oneOf } from './working-time';

/*
 * The family's partners: the office's directory of institutions, who works with a family,
 * referrals to services, the interdisciplinary team's meetings, and the Niebieska Karta.
 */

export interface InstitutionContact {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    /** Opening hours as written ("pon.–pt. 7:30–15:30"). */
    hours: text('hours'),
    /** What it offers (free legal advice, speech therapy, …). */
    services: jsonb('services').$type<string[]>().notNull(),
    contacts: jsonb('contacts').$type<InstitutionContact[]>().notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('institutions_office_name').on(t.officeId, sql`lower(${t.name})`),
    index('institutions_search_idx').on(t.officeId, sql`search_key(${t.name})`, t.id),
    check('institutions_kind_check', oneOf(sql`${t.kind}`, institutionKinds)),
  ],
);

/** A person or institution working with the family during an engagement. */
export const engagementPartners = pgTable(
  'engagement_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    institutionId: uuid('institution_id').references(() => institutions.id),
    role: text('role').notNull(),
    personName: text('person_name'),
    contact: text('contact'),
    since: date('since').notNull(),
    until: date('until'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('engagement_partners_engagement_idx').on(t.engagementId),
    check('engagement_partners_role_check', oneOf(sql`${t.role}`, partnerRoles)),
    check(
      'engagement_partners_who_check',
      sql`${t.institutionId} is not null or ${t.personName} is not null`,
    ),
    check('engagement_partners_period_check', sql`${t.until} is null or ${t.until} >= ${t.since}`),
  ],
);

/** A family member referred to an institution's service, and what came of it. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    personId: uuid('person_id').references(() => people.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    service: text('service').notNull(),
    referredOn: date('referred_on').notNull(),
    status: text('status').notNull().default('referred'),
    outcome: text('outcome'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referrals_engagement_idx').on(t.engagementId),
    check('referrals_status_check', oneOf(sql`${t.status}`, referralStatuses)),
  ],
);

export interface MeetingMember {
  role: string;
  name: string;
}

export interface MeetingTask {
  description: string;
  responsible: string;
  due: string | null;
}

/** A meeting about the family of the interdisciplinary team or a diagnostic-support group. */
export const teamMeetings = pgTable(
  'team_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    body: text('body').notNull(),
    date: date('date').notNull(),
    members: jsonb('members').$type<MeetingMember[]>().notNull(),
    conclusions: text('conclusions').notNull(),
    tasks: jsonb('tasks').$type<MeetingTask[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('team_meetings_engagement_idx').on(t.engagementId, t.date),
    check('team_meetings_body_check', oneOf(sql`${t.body}`, meetingBodies)),
  ],
);

/**
 * A "Niebieska Karta" procedure concerning the family — more sensitive than the rest of the
 * file (access: family-scope.ts `requireBlueCardAccess`).
 */
export const blueCards = pgTable(
  'blue_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    startedOn: date('started_on').notNull(),
    /** The institution whose representative filled in form A. */
    initiatedBy: text('initiated_by').notNull(),
    formAFilledBy: text('form_a_filled_by').notNull(),
    /** The assistant filled in form A herself: she must pass it on within 5 working days. */
    assistantInitiated: boolean('assistant_initiated').notNull(),
    formASentOn: date('form_a_sent_on'),
    /** The assistant is a member of the diagnostic-support group. */
    assistantInGroup: boolean('assistant_in_group').notNull().default(false),
    /** The assistant's tasks in the support plan (form C). */
    assistantTasks: text('assistant_tasks'),
    closedOn: date('closed_on'),
    closureGround: text('closure_ground'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('blue_cards_family_idx').on(t.familyId),
    check(
      'blue_cards_closure_check',
      sql`(${t.closedOn} is null) = (${t.closureGround} is null) and (${t.closureGround} is null or ${oneOf(sql`${t.closureGround}`, blueCardClosureGrounds)})`,
    ),
    check('blue_cards_sent_check', sql`${t.formASentOn} is null or ${t.formASentOn} >= ${t.startedOn}`),
  ],
);

/** A meeting of the diagnostic-support group in the procedure. */
export const blueCardMeetings = pgTable(
  'blue_card_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    blueCardId: uuid('blue_card_id')
      .notNull()
      .references(() => blueCards.id),
    date: date('date').notNull(),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('blue_card_meetings_card_idx').on(t.blueCardId, t.date)],
);

/** A family's genogram: its index person; the people beyond the members and the relations. */
export const genograms = pgTable('genograms', {
  familyId: uuid('family_id')
    .primaryKey()
    .references(() => families.id),
  indexPersonId: uuid('index_person_id'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Someone drawn in the genogram who is not a member of the family (a grandparent, a parent elsewhere). */
export const genogramPersons = pgTable(
  'genogram_persons',
  {
    id: uuid('id').primaryKey(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    sex: text('sex'),
    birthYear: integer('birth_year'),
    deathYear: integer('death_year'),
    deceased: boolean('deceased').notNull().default(false),
  },
  (t) => [index('genogram_persons_family_idx').on(t.familyId)],
);

/**
 * A relation of the genogram between two of its people (members or genogram persons, checked
 * by the service: the ends are not foreign keys because they point into either table).
 */
export const genogramRelations = pgTable(
  'genogram_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    kind: text('kind').notNull(),
    type: text('type'),
    fromId: uuid('from_id').notNull(),
    toId: uuid('to_id').notNull(),
    since: integer('since'),
    until: integer('until'),
  },
  (t) => [
    index('genogram_relations_family_idx').on(t.familyId),
    check(
      'genogram_relations_kind_check',
      oneOf(sql`${t.kind}`, ['partnership', 'parentage', 'sibling', 'emotional']),
    ),
    check('genogram_relations_ends_check', sql`${t.fromId} <> ${t.toId}`),
  ],
);
