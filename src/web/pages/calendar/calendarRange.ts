import type { Calendar } from '../../../contract/contacts';
import { addDays, addMonths, isoWeekday } from '../../../domain/calendar';

/*
 * The days a calendar view shows. Weeks run Monday to Sunday, as in Poland; a month shows the
 * whole weeks it touches. Dates are YYYY-MM-DD strings, as everywhere in the domain.
 */

export const calendarViews = ['week', 'month'] as const;
export type CalendarView = (typeof calendarViews)[number];

export const isCalendarView = (value: string | null): value is CalendarView =>
  calendarViews.some((view) => view === value);

export const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));
export const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;

/** Every day from `from` to `to`, both included. */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The days the view shows around `anchor`: its week, or the weeks of its month. */
export function visibleRange(view: CalendarView, anchor: string) {
  if (view === 'week') {
    const from = mondayOf(anchor);
    return { from, to: addDays(from, 6) };
  }
  const first = firstOfMonth(anchor);
  const last = addDays(addMonths(first, 1), -1);
  return { from: mondayOf(first), to: addDays(mondayOf(last), 6) };
}

/** The anchor a week or a month before (-1) or after (1). */
export function stepAnchor(view: CalendarView, anchor: string, step: -1 | 1): string {
  return view === 'week' ? addDays(anchor, 7 * step) : addMonths(firstOfMonth(anchor), step);
}

type CalendarItem<K extends keyof Calendar> = Calendar[K] extends (infer T)[] ? T : never;

/** One thing of the calendar in a day: a visit, a contact (not from a visit), other work, a duty hour. */
export type CalendarEntry =
  | { type: 'visit'; item: CalendarItem<'visits'> }
  | { type: 'contact'; item: CalendarItem<'contacts'> }
  | { type: 'work'; item: CalendarItem<'work'> }
  | { type: 'duty'; item: CalendarItem<'duty'> };

export const entryKey = (entry: CalendarEntry) =>
  entry.type === 'duty'
    ? `duty-${entry.item.dutyHourId}-${entry.item.date}`
    : `${entry.type}-${entry.item.id}`;

/**
 * The calendar's entries by day, each day's by time. A contact recorded from a visit shows as
 * that visit (held), not twice.
 */
export function entriesByDay(calendar: Calendar): Map<string, CalendarEntry[]> {
  const entries: CalendarEntry[] = [
    ...calendar.visits.map((item) => ({ type: 'visit' as const, item })),
    ...calendar.contacts
      .filter((item) => item.plannedVisitId === null)
      .map((item) => ({ type: 'contact' as const, item })),
    ...calendar.work.map((item) => ({ type: 'work' as const, item })),
    ...calendar.duty.map((item) => ({ type: 'duty' as const, item })),
  ];
  entries.sort(
    (a, b) =>
      a.item.startTime.localeCompare(b.item.startTime) || a.item.endTime.localeCompare(b.item.endTime),
  );
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const day = byDay.get(entry.item.date);
    if (day) day.push(entry);
    else byDay.set(entry.item.date, [entry]);
  }
  return byDay;
}
