import { describe, expect, it } from 'vitest';
import { isFutureDate, warsawDate } from './dates';

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
