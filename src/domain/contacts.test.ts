import { describe, expect, it } from 'vitest';
import { durationMinutes, overlaps, TIME_OF_DAY } from './contacts';

describe('times of day', () => {
  it('accepts HH:MM only', () => {
    expect(['08:00', '23:59', '00:00'].every((time) => TIME_OF_DAY.test(time))).toBe(true);
    expect(['8:00', '24:00', '12:60', '12:00:00'].some((time) => TIME_OF_DAY.test(time))).toBe(false);
  });

  it('measures a span in minutes', () => {
    expect(durationMinutes({ start: '09:15', end: '10:45' })).toBe(90);
  });

  it('sees an overlap only on the same day and when the spans cross, not when they touch', () => {
    const visit = { date: '2026-11-24', start: '10:00', end: '11:00' };
    expect(overlaps(visit, { date: '2026-11-24', start: '10:30', end: '12:00' })).toBe(true);
    expect(overlaps(visit, { date: '2026-11-24', start: '09:00', end: '12:00' })).toBe(true);
    expect(overlaps(visit, { date: '2026-11-24', start: '11:00', end: '12:00' })).toBe(false);
    expect(overlaps(visit, { date: '2026-11-25', start: '10:30', end: '12:00' })).toBe(false);
  });
});
