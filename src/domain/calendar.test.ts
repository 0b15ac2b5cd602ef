import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  isFutureDate,
  isPublicHoliday,
  isWorkingDay,
  publicHolidays,
  warsawDate,
} from './calendar';

describe('month-terms (art. 112 of the civil code)', () => {
  it('end on the same day of the month, or on the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 18)).toBe('2028-06-15');
  });

  it('never end before the start and never skip a month', () => {
    const dates = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), (date, months) => {
        const end = addMonths(date, months);
        expect(end >= date).toBe(true);
        const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        expect(monthIndex(end) - monthIndex(date)).toBe(months);
      }),
    );
  });
});

describe('days', () => {
  it('moves across months and years and counts the days between', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-24', '2026-12-08')).toBe(14);
    expect(daysBetween('2026-12-08', '2026-11-24')).toBe(-14);
  });
});

describe('Polish public holidays', () => {
  it('include the movable feasts and, from 2025, Christmas Eve', () => {
    expect([...publicHolidays(2026).keys()]).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-03',
      '2026-05-24',
      '2026-06-04',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(isPublicHoliday('2024-12-24')).toBe(false);
    expect(isPublicHoliday('2025-12-24')).toBe(true);
    expect(isPublicHoliday('2027-05-27')).toBe(true); // Corpus Christi
  });

  it('counts working days across a weekend and a holiday', () => {
    expect(isWorkingDay('2026-11-11')).toBe(false);
    expect(isWorkingDay('2026-11-14')).toBe(false);
    // Tuesday 10 November 2026 + 5 working days skips Wednesday the 11th and the weekend.
    expect(addWorkingDays('2026-11-10', 5)).toBe('2026-11-18');
    // Christmas 2026: 24 (Thu), 25 (Fri), 26 (Sat) are free.
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    // Backwards, the same days are skipped.
    expect(addWorkingDays('2026-11-18', -5)).toBe('2026-11-10');
    expect(addWorkingDays('2026-12-28', -1)).toBe('2026-12-23');
  });
});

describe('calendar dates in Poland', () => {
  it('turns the date at midnight Warsaw time, not UTC', () => {
    // 23:30 UTC on 24 November is already 25 November in Warsaw (UTC+1 in winter).
    expect(warsawDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(warsawDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(warsawDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('calls only dates after today future', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(isFutureDate('2026-11-24', now)).toBe(false);
    expect(isFutureDate('2026-11-25', now)).toBe(true);
    expect(isFutureDate('2025-12-31', now)).toBe(false);
  });
});
