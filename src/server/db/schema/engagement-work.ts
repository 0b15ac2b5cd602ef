import { sql } from 'drizzle-orm';
import {
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
import type { DiagnosisArea } from '../../../domain/diagnosis';
import type { PlanGoal } from '../../../domain/work-plan';
import { engagements } from './intake';
import { users } from './users';

/*
 * The records of the assistant's work with a family. Documents that are read and edited as a
 * whole (the diagnosis, a version of the work plan, an assessment) keep their structure in
 * jsonb, validated by the API contract on the way in.
 */

export interface ChildView {
  personId: string;
  view: string;
}

/** The assistant's diagnosis of the family: one per engagement, edited in place. */
export const diagnoses = pgTable('diagnoses', {
  engagementId: uuid('engagement_id')
    .primaryKey()
    .references(() => engagements.id),
  areas: jsonb('areas').$type<Partial<Record<DiagnosisArea, string>>>().notNull(),
  strengths: text('strengths'),
  childViews: jsonb('child_views').$type<ChildView[]>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export interface PlanCoauthors {
  memberIds: string[];
  socialWorkerId: string | null;
  fosterCareCoordinator: string | null;
  childAssistancePlan: string | null;
}

/** Each modification of the work plan is a new row; earlier versions stay as they were. */
export const workPlanVersions = pgTable(
  'work_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    number: integer('number').notNull(),
    goals: jsonb('goals').$type<PlanGoal[]>().notNull(),
    coauthors: jsonb('coauthors').$type<PlanCoauthors>().notNull(),
    acknowledgedOn: date('acknowledged_on'),
    acknowledgedBy: text('acknowledged_by'),
    changeNote: text('change_note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('work_plan_versions_number').on(t.engagementId, t.number)],
);

export interface GoalProgress {
  goalId: string;
  achievement: 'achieved' | 'partly' | 'not_achieved';
  comment: string | null;
}

export interface WorkingMeeting {
  date: string;
  participants: string;
  conclusions: string;
}

/** The periodic assessment of the family's situation (art. 15 ust. 1 pkt 15), for the manager. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    assessedOn: date('assessed_on').notNull(),
    planNumber: integer('plan_number'),
    goalProgress: jsonb('goal_progress').$type<GoalProgress[]>().notNull(),
    familySituation: text('family_situation').notNull(),
    childrenViews: text('children_views'),
    recommendation: text('recommendation').notNull(),
    workingMeeting: jsonb('working_meeting').$type<WorkingMeeting>(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    managerNote: text('manager_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('assessments_engagement_idx').on(t.engagementId, t.assessedOn),
    check(
      'assessments_recommendation_check',
      sql`${t.recommendation} in ('continue', 'extend', 'monitoring', 'close')`,
    ),
  ],
);

/**
 * What the assistant asks the manager to decide about an engagement: an extension of the
 * period, or its closure with one of the six reasons.
 */
export const engagementRequests = pgTable(
  'engagement_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    kind: text('kind').notNull(),
    justification: text('justification').notNull(),
    /** Extension: how many months it adds (the office's setting when it was asked for). */
    months: integer('months'),
    /** Closure: the reason, and the status the engagement returns to if the manager refuses. */
    closureReason: text('closure_reason'),
    returnTo: text('return_to'),
    status: text('status').notNull().default('pending'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('engagement_requests_engagement_idx').on(t.engagementId),
    index('engagement_requests_status_idx').on(t.status, t.requestedAt),
    uniqueIndex('engagement_requests_one_pending')
      .on(t.engagementId, t.kind)
      .where(sql`${t.status} = 'pending'`),
    check('engagement_requests_status_check', sql`${t.status} in ('pending', 'approved', 'rejected')`),
    check(
      'engagement_requests_kind_check',
      sql`(${t.kind} = 'extension' and ${t.months} > 0)
        or (${t.kind} = 'closure' and ${t.closureReason} in ('goals_achieved', 'family_withdrew', 'no_effects', 'method_change', 'child_of_age', 'court_decision') and ${t.returnTo} in ('implementation', 'monitoring'))`,
    ),
  ],
);

/** A court's request for an opinion on the family (art. 15 ust. 1 pkt 17) and its answer. */
export const courtOpinions = pgTable(
  'court_opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    court: text('court').notNull(),
    caseSignature: text('case_signature').notNull(),
    receivedOn: date('received_on').notNull(),
    dueOn: date('due_on').notNull(),
    opinion: text('opinion'),
    writtenOn: date('written_on'),
    sentOn: date('sent_on'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('court_opinions_engagement_idx').on(t.engagementId)],
);
