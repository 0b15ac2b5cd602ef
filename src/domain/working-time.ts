import { addDays, isWorkingDay } from './calendar';

/**
 * Task-based working time (BRIEF "The team itself"): the month's norm is its working days —
 * Monday to Friday without Polish public holidays — times 8 hours times the FTE.
 */
export const HOURS_PER_DAY = 8;

/** The working days of a month given as YYYY-MM. */
export function workingDaysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) {
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}

/** The month's norm of working hours for the given FTE (1 = full time), to the minute. */
export function monthlyNormHours(month: string, fte: number): number {
  return Math.round(workingDaysOfMonth(month).length * HOURS_PER_DAY * fte * 60) / 60;
}

/**
 * Contacts per week averaged over the last `weeks` weeks ending on `today` (inclusive), and
 * whether that is below the office's target (default 2 a week).
 */
export function contactFrequency(contactDates: readonly string[], today: string, target = 2, weeks = 4) {
  const from = addDays(today, -7 * weeks + 1);
  const held = contactDates.filter((date) => date >= from && date <= today).length;
  const perWeek = held / weeks;
  return { held, perWeek, belowTarget: perWeek < target };
}
