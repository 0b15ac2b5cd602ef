import { addDays, addMonths, daysBetween, workingDaysBetween } from './calendar';
import type { EngagementStatus } from './engagement';

/**
 * The engagement's terms, all counted from calendar dates in Warsaw as month-terms (art. 112
 * k.c.). A legal deadline is never moved to a working day silently: the calendar only helps to
 * show how many working days are left.
 */
export interface DeadlineRules {
  /** The work plan is due within one month of the first contact (BRIEF step 7). */
  planMonths: number;
  /** A periodic assessment at least every six months (art. 15 ust. 1 pkt 15). */
  assessmentMonths: number;
  /** The office's standard period of work, from the first contact (Białystok practice: 18). */
  standardMonths: number;
  /** Each approved extension adds this much (practice: 6). */
  extensionMonths: number;
  /** Monitoring after the plan's actions are done lasts up to this long (practice: 6). */
  monitoringMonths: number;
}

export const defaultDeadlineRules: DeadlineRules = {
  planMonths: 1,
  assessmentMonths: 6,
  standardMonths: 18,
  extensionMonths: 6,
  monitoringMonths: 6,
};

export function workPlanDue(firstContact: string, rules = defaultDeadlineRules): string {
  return addMonths(firstContact, rules.planMonths);
}

/**
 * The first assessment is due six months after the first contact; each next one six months
 * after the latest assessment, so an early assessment brings the next one earlier too.
 */
export function nextAssessmentDue(
  firstContact: string,
  latestAssessment: string | null,
  rules = defaultDeadlineRules,
): string {
  return addMonths(latestAssessment ?? firstContact, rules.assessmentMonths);
}

/**
 * The end of the period of work: the standard period plus the months of every approved
 * extension (each keeps the length it was approved with, whatever the office sets later).
 */
export function periodEnd(
  firstContact: string,
  extensionMonths: number,
  rules = defaultDeadlineRules,
): string {
  return addMonths(firstContact, rules.standardMonths + extensionMonths);
}

export function monitoringEnd(monitoringStart: string, rules = defaultDeadlineRules): string {
  return addMonths(monitoringStart, rules.monitoringMonths);
}

export const deadlineKinds = [
  'work_plan',
  'assessment',
  'period_end',
  'monitoring_end',
  'court_opinion',
  'plan_action',
  /** Form A of a Niebieska Karta the assistant started: to the interdisciplinary team (blue-card.ts). */
  'blue_card_form_a',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** What the terms of one engagement are computed from. */
export interface EngagementTimeline {
  status: EngagementStatus;
  firstContactDate: string | null;
  /** The day the first version of the work plan was written; null before. */
  planAdoptedOn: string | null;
  latestAssessmentOn: string | null;
  approvedExtensionMonths: number;
  monitoringStartedOn: string | null;
}

export interface Deadline {
  kind: DeadlineKind;
  dueOn: string;
}

/** The terms an open engagement runs against; a closed one, or one before the first contact, has none. */
export function engagementDeadlines(e: EngagementTimeline, rules = defaultDeadlineRules): Deadline[] {
  if (e.status === 'closed' || !e.firstContactDate) return [];
  const deadlines: Deadline[] = [];
  if (!e.planAdoptedOn) deadlines.push({ kind: 'work_plan', dueOn: workPlanDue(e.firstContactDate, rules) });
  deadlines.push(
    { kind: 'assessment', dueOn: nextAssessmentDue(e.firstContactDate, e.latestAssessmentOn, rules) },
    { kind: 'period_end', dueOn: periodEnd(e.firstContactDate, e.approvedExtensionMonths, rules) },
  );
  if (e.monitoringStartedOn) {
    deadlines.push({ kind: 'monitoring_end', dueOn: monitoringEnd(e.monitoringStartedOn, rules) });
  }
  return deadlines;
}

/** How a term stands on a given day: overdue, or how many (working) days are left. */
export function standing(dueOn: string, today: string) {
  return {
    overdue: dueOn < today,
    daysLeft: daysBetween(today, dueOn),
    workingDaysLeft: workingDaysBetween(today, dueOn),
  };
}

/** Whether a term belongs on a deadline list made on `today` looking `horizonDays` ahead. */
export function isDueWithin(dueOn: string, today: string, horizonDays: number): boolean {
  return dueOn <= addDays(today, horizonDays);
}
