import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../contract/contacts';
import { daysFrom, entriesByDay, stepAnchor, visibleRange } from './calendarRange';

const assistant = { id: 'a', name: 'Joanna' };
const family = { id: 'f', caseNumber: 'RA.4/2026', name: 'Kamińscy' };
const span = (date: string, startTime: string, endTime: string) => ({ date, startTime, endTime });

describe('the days a calendar shows', () => {
  it('shows the week from Monday to Sunday', () => {
    expect(visibleRange('week', '2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(visibleRange('week', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });

  it('shows the whole weeks a month touches', () => {
    expect(visibleRange('month', '2026-11-25')).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    expect(daysFrom('2026-10-26', '2026-12-06')).toHaveLength(42);
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(visibleRange('month', '2027-02-10')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });

  it('steps by a week, or by a month from its first day', () => {
    expect(stepAnchor('week', '2026-12-30', 1)).toBe('2027-01-06');
    expect(stepAnchor('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(stepAnchor('month', '2026-01-15', -1)).toBe('2025-12-01');
  });
});

describe('the entries of the days', () => {
  const calendar: Calendar = {
    from: '2026-11-23',
    to: '2026-11-29',
    visits: [
      {
        id: 'v',
        engagementId: 'e',
        family,
        assistant,
        ...span('2026-11-24', '15:00', '16:30'),
        kind: 'home_visit',
        place: 'family_home',
        note: null,
        status: 'held',
        cancelReason: null,
        cancelNote: null,
        contactId: 'c1',
        version: 2,
      },
    ],
    contacts: [
      {
        id: 'c1',
        engagementId: 'e',
        family,
        assistant,
        ...span('2026-11-24', '15:00', '16:30'),
        kind: 'home_visit',
        place: 'family_home',
        plannedVisitId: 'v',
      },
      {
        id: 'c2',
        engagementId: 'e',
        family,
        assistant,
        ...span('2026-11-24', '09:00', '09:15'),
        kind: 'phone_call',
        place: 'phone',
        plannedVisitId: null,
      },
    ],
    work: [
      {
        id: 'w',
        user: assistant,
        ...span('2026-11-24', '12:00', '13:00'),
        kind: 'documentation',
        note: null,
        version: 1,
      },
    ],
    duty: [{ dutyHourId: 'd', assistant, ...span('2026-11-25', '08:00', '10:00'), place: 'Pokój 12' }],
    holidays: [],
  };

  it('orders each day by time and shows a visit held once, not again as its contact', () => {
    const byDay = entriesByDay(calendar);
    expect(byDay.get('2026-11-24')?.map((entry) => `${entry.type} ${entry.item.startTime}`)).toEqual([
      'contact 09:00',
      'work 12:00',
      'visit 15:00',
    ]);
    expect(byDay.get('2026-11-25')?.map((entry) => entry.type)).toEqual(['duty']);
  });
});
