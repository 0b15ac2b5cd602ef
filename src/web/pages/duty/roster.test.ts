import { describe, expect, it } from 'vitest';
import type { DutyHour } from '../../../contract/contacts';
import { byWeekday } from './roster';

const hour = (id: string, weekday: number, startTime: string, name: string): DutyHour => ({
  id,
  assistant: { id: `a-${name}`, name },
  weekday,
  startTime,
  endTime: '18:00',
  place: 'Pokój 12',
  validFrom: '2026-09-01',
  validTo: null,
  version: 1,
});

describe('the duty roster by weekday', () => {
  it('has Monday to Friday, an empty list for a day without duty hours', () => {
    const days = byWeekday([hour('1', 3, '10:00', 'Paweł')]);
    expect(days.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(days[0]?.items).toEqual([]);
    expect(days[2]?.items.map((item) => item.id)).toEqual(['1']);
  });

  it('orders a day by the clock, then by the assistant’s name', () => {
    const days = byWeekday([
      hour('late', 1, '14:00', 'Adam'),
      hour('second', 1, '08:00', 'Łucja'),
      hour('first', 1, '08:00', 'Joanna'),
    ]);
    expect(days[0]?.items.map((item) => item.id)).toEqual(['first', 'second', 'late']);
  });
});
