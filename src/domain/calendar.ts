import Holidays from 'date-holidays';

/**
 * The Polish calendar of the law: month-terms (art. 112 of the civil code) and public holidays
 * (ustawa o dniach wolnych od pracy, with 24 December from 2025). Dates are YYYY-MM-DD strings
 * of the Warsaw calendar; no time zone enters the arithmetic.
 */

const warsawFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Poland at the given moment. */
export function warsawDate(moment: Date = new Date()): string {
  return warsawFormat.format(moment);
}

/** Whether a calendar date lies after today in Poland. */
export function isFutureDate(date: string, now: Date = new Date()): boolean {
  return date > warsawDate(now);
}

const parse = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const pad = (n: number) => String(n).padStart(2, '0');
const format = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The end of a term of `months` months from `date`: the same day of the month, or the month's
 * last day when it has no such day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parse(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

const polish = new Holidays('PL');
const holidaysByYear = new Map<number, Map<string, string>>();

/** The public holidays (days free from work) of a year, by date, with their Polish names. */
export function publicHolidays(year: number): Map<string, string> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Map(
      polish
        .getHolidays(year, 'pl')
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
    );
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

export function isPublicHoliday(date: string): boolean {
  return publicHolidays(parse(date).year).has(date);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const { year, month, day } = parse(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5 && !isPublicHoliday(date);
}

/** The date `count` working days after `date` (before it when negative; the day itself not counted). */
export function addWorkingDays(date: string, count: number): string {
  const step = Math.sign(count);
  let current = date;
  for (let left = Math.abs(count); left > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to`; negative, counted the same way, when
 * `to` is earlier.
 */
export function workingDaysBetween(from: string, to: string): number {
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count++;
  }
  return sign * count;
}
