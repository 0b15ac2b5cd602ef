import { addMonths } from './calendar';

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

/** The end of the period of work: the standard period plus every approved extension. */
export function periodEnd(
  firstContact: string,
  approvedExtensions: number,
  rules = defaultDeadlineRules,
): string {
  return addMonths(firstContact, rules.standardMonths + approvedExtensions * rules.extensionMonths);
}

export function monitoringEnd(monitoringStart: string, rules = defaultDeadlineRules): string {
  return addMonths(monitoringStart, rules.monitoringMonths);
}
