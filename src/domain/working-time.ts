import { addDays, daysBetween, isoWeekday, isPublicHoliday, isWorkingDay, publicHolidays } from './calendar';
import { durationMinutes, type TimeSpan, type WorkKind } from './contacts';

/**
 * Task-based working time keeps the norm of art. 130 of the labour code (BRIEF "The team
 * itself"): 40 hours for each full week of the month counted from its first day, 8 hours for
 * each Monday to Friday left over, less 8 hours for each public holiday that falls on a day other
 * than Sunday — a Saturday holiday too, for which the employer gives another day off — times
 * the FTE.
 */
const HOURS_PER_WEEK = 40;
const HOURS_PER_DAY = 8;

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
  const days: string[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  const fullWeeks = Math.floor(days.length / 7);
  const weekdaysLeft = days.slice(fullWeeks * 7).filter((day) => isoWeekday(day) <= 5).length;
  const holidaysOffSunday = days.filter((day) => isPublicHoliday(day) && isoWeekday(day) !== 7).length;
  const hours = HOURS_PER_WEEK * fullWeeks + HOURS_PER_DAY * (weekdaysLeft - holidaysOffSunday);
  return Math.round(hours * fte * 60) / 60;
}

/** The weeks over which contact frequency is averaged. */
export const FREQUENCY_WEEKS = 4;

/**
 * Contacts per week averaged over the last `weeks` weeks ending on `today` (inclusive) — or
 * since the first contact when the work began later — and whether that is below the target.
 */
export function contactFrequency(
  contactDates: readonly string[],
  today: string,
  {
    target = 2,
    weeks = FREQUENCY_WEEKS,
    since,
  }: { target?: number; weeks?: number; since?: string | null } = {},
) {
  const windowStart = addDays(today, -7 * weeks + 1);
  const from = since && since > windowStart ? since : windowStart;
  const held = contactDates.filter((date) => date >= from && date <= today).length;
  const perWeek = Math.round((held / (Math.max(daysBetween(from, today) + 1, 7) / 7)) * 100) / 100;
  return { held, perWeek, belowTarget: perWeek < target };
}

/** The hours an office allows work in (task-based time: Monday–Friday, 8:00–20:00 by default). */
export interface WorkWindow {
  start: string;
  end: string;
}

export interface TimesheetEntry extends TimeSpan {
  /** `contact` for contacts with families, else a kind of other work. */
  kind: 'contact' | WorkKind;
}

export type TimesheetFlag = 'outside_window' | 'day_off';

export interface TimesheetDay {
  date: string;
  workingDay: boolean;
  holiday: string | null;
  minutes: Partial<Record<TimesheetEntry['kind'], number>>;
  total: number;
  flags: TimesheetFlag[];
}

/**
 * The month's timesheet: minutes per day and kind, totals, the norm, and the days with work
 * outside the allowed hours or on a day off (a weekend or a public holiday).
 */
export function timesheet(
  month: string,
  entries: readonly TimesheetEntry[],
  { fte, window }: { fte: number; window: WorkWindow },
) {
  const holidays = publicHolidays(Number(month.slice(0, 4)));
  const days: TimesheetDay[] = [];
  for (let date = `${month}-01`; date.startsWith(month); date = addDays(date, 1)) {
    const own = entries.filter((entry) => entry.date === date);
    const minutes: TimesheetDay['minutes'] = {};
    for (const entry of own) minutes[entry.kind] = (minutes[entry.kind] ?? 0) + durationMinutes(entry);
    const workingDay = isWorkingDay(date);
    const flags: TimesheetFlag[] = [];
    if (own.some((entry) => entry.start < window.start || entry.end > window.end))
      flags.push('outside_window');
    if (own.length > 0 && !workingDay) flags.push('day_off');
    const total = Object.values(minutes).reduce((sum, value) => sum + (value ?? 0), 0);
    days.push({ date, workingDay, holiday: holidays.get(date) ?? null, minutes, total, flags });
  }
  const totals: TimesheetDay['minutes'] = {};
  for (const day of days) {
    for (const [kind, value] of Object.entries(day.minutes) as [TimesheetEntry['kind'], number][]) {
      totals[kind] = (totals[kind] ?? 0) + value;
    }
  }
  const workedMinutes = days.reduce((sum, day) => sum + day.total, 0);
  return {
    days,
    totals,
    workedMinutes,
    normMinutes: Math.round(monthlyNormHours(month, fte) * 60),
    flaggedDays: days.filter((day) => day.flags.length > 0).length,
  };
}
