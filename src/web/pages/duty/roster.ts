import { useSearchParams } from 'react-router';
import { DateOnly } from '../../../contract/common';
import type { DutyHour } from '../../../contract/contacts';
import { warsawDate } from '../../../domain/calendar';

/** The weekdays a duty hour may fall on: 1 = Monday … 5 = Friday. */
export const dutyWeekdays = [1, 2, 3, 4, 5] as const;

/** The roster by weekday, each day's hours in the order of the clock, then by the assistant's name. */
export function byWeekday(items: readonly DutyHour[]) {
  return dutyWeekdays.map((weekday) => ({
    weekday,
    items: items
      .filter((item) => item.weekday === weekday)
      .sort(
        (a, b) =>
          a.startTime.localeCompare(b.startTime) || a.assistant.name.localeCompare(b.assistant.name, 'pl'),
      ),
  }));
}

/** The day whose roster is shown (`?on=`), today by default. */
export function useRosterDay() {
  const [params, setParams] = useSearchParams();
  const on = DateOnly.safeParse(params.get('on')).data ?? warsawDate();
  return [on, (day: string) => setParams({ on: day }, { replace: true })] as const;
}
