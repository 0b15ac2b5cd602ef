import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { offices } from './offices';
import { users } from './users';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A person known to the office, once: families link to people, so nobody is registered twice. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    pesel: text('pesel'),
    birthDate: date('birth_date'),
    sex: text('sex'),
    phone: text('phone'),
    schoolOrWork: text('school_or_work'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('people_office_pesel_unique').on(t.officeId, t.pesel).where(sql`${t.pesel} is not null`),
    index('people_name_trgm').using(
      'gin',
      sql`search_key(${t.lastName} || ' ' || ${t.firstName}) gin_trgm_ops`,
    ),
    check('people_identity_check', sql`${t.pesel} is not null or ${t.birthDate} is not null`),
    check('people_sex_check', sql`${t.sex} in ('female', 'male')`),
  ],
);

export const families = pgTable(
  'families',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    caseNumber: text('case_number').notNull(),
    /** The members' surnames, kept by the service so lists can show and sort by them. */
    name: text('name').notNull().default(''),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    phone: text('phone'),
    socialWorkerId: uuid('social_worker_id').references(() => users.id),
    registeredBy: uuid('registered_by')
      .notNull()
      .references(() => users.id),
    courtSupervision: boolean('court_supervision').notNull().default(false),
    probationOfficer: text('probation_officer'),
    limitedParentalAuthority: boolean('limited_parental_authority').notNull().default(false),
    fosterCare: boolean('foster_care').notNull().default(false),
    fosterCareCoordinator: text('foster_care_coordinator'),
    zaZyciem: boolean('za_zyciem').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('families_office_case_number_unique').on(t.officeId, sql`lower(${t.caseNumber})`),
    index('families_office_name_idx').on(t.officeId, sql`search_key(${t.name})`, t.id),
    index('families_social_worker_idx').on(t.socialWorkerId),
    index('families_registered_by_idx').on(t.registeredBy),
    index('families_case_number_trgm').using('gin', sql`search_key(${t.caseNumber}) gin_trgm_ops`),
    index('families_street_trgm').using('gin', sql`search_key(${t.street}) gin_trgm_ops`),
  ],
);

export const familyMembers = pgTable(
  'family_members',
  {
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    relation: text('relation').notNull(),
    inHousehold: boolean('in_household').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.familyId, t.personId] }),
    index('family_members_person_idx').on(t.personId),
    check(
      'family_members_relation_check',
      sql`${t.relation} in ('parent', 'child', 'partner', 'grandparent', 'sibling', 'other')`,
    ),
  ],
);

/** The office's editable dictionary of family problems. */
export const problemTypes = pgTable(
  'problem_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('problem_types_office_name_unique').on(t.officeId, sql`lower(${t.name})`)],
);

export const familyProblems = pgTable(
  'family_problems',
  {
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    problemTypeId: uuid('problem_type_id')
      .notNull()
      .references(() => problemTypes.id),
  },
  (t) => [
    primaryKey({ columns: [t.familyId, t.problemTypeId] }),
    index('family_problems_type_idx').on(t.problemTypeId),
  ],
);

/** A court's ban on contact between a child and a parent. */
export const contactBans = pgTable(
  'contact_bans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => people.id),
    parentId: uuid('parent_id')
      .notNull()
      .references(() => people.id),
    court: text('court').notNull(),
    rulingDate: date('ruling_date'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contact_bans_family_idx').on(t.familyId)],
);
