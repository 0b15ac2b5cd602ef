import type { Report } from '../../../contract/reports';
import type { ReportPeriod } from '../../api/reports';

/** The earliest year a report can be asked for. */
export const FIRST_REPORT_YEAR = 2010;

/** The years to choose from, this one first, back to 2010. */
export function reportYears(currentYear: number): number[] {
  const years: number[] = [];
  for (let year = currentYear; year >= FIRST_REPORT_YEAR; year--) years.push(year);
  return years;
}

/** The half a day falls in: 1 for January to June, 2 for July to December. */
export const halfOf = (day: string): 1 | 2 => (Number(day.slice(5, 7)) <= 6 ? 1 : 2);

export type ReportTab = 'period' | 'state';

export interface ReportChoice {
  tab: ReportTab;
  period: ReportPeriod;
  /** The half-year the state's report is for (the period's, or the current one for a year). */
  half: 1 | 2;
}

/**
 * The report chosen in the address (`?tab=state&period=half&year=2026&half=1`); anything missing
 * or out of range falls back to the current year and its current half.
 */
export function readChoice(params: URLSearchParams, today: string): ReportChoice {
  const currentYear = Number(today.slice(0, 4));
  const asked = Number(params.get('year'));
  const year =
    Number.isInteger(asked) && asked >= FIRST_REPORT_YEAR && asked <= currentYear ? asked : currentYear;
  const askedHalf = params.get('half');
  const half: 1 | 2 = askedHalf === '1' ? 1 : askedHalf === '2' ? 2 : halfOf(today);
  const tab: ReportTab = params.get('tab') === 'state' ? 'state' : 'period';
  const period: ReportPeriod =
    params.get('period') === 'half' ? { kind: 'half', year, half } : { kind: 'year', year };
  return { tab, period, half };
}

/** The address's parameters for a choice; the defaults are left out. */
export function choiceParams(choice: ReportChoice): Record<string, string> {
  return {
    ...(choice.tab === 'state' ? { tab: 'state' } : {}),
    ...(choice.period.kind === 'half' ? { period: 'half' } : {}),
    year: String(choice.period.year),
    half: String(choice.half),
  };
}

/** The years the chart of years asks for: up to 20 back (the API's limit), from 2010 on. */
export function trendRange(currentYear: number): { from: number; to: number } {
  return { from: Math.max(FIRST_REPORT_YEAR, currentYear - 16), to: currentYear };
}

const hasFigures = (report: Report) =>
  report.staff.total > 0 ||
  report.families.families > 0 ||
  report.families.children > 0 ||
  report.contacts > 0;

/**
 * The years from the first to the last one with any figure: the empty years before the office
 * began keeping records here (or after it stopped) stay out of the chart.
 */
export function yearsWithData<T extends Report>(items: readonly T[]): T[] {
  const first = items.findIndex(hasFigures);
  if (first === -1) return [];
  const last = items.findLastIndex(hasFigures);
  return items.slice(first, last + 1);
}

/** Days as months of an average length, for "183 dni (ok. 6 mies.)". */
export const daysToMonths = (days: number): number => days / (365.25 / 12);
