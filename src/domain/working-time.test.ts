import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { contactFrequency, monthlyNormHours, workingDaysOfMonth } from './working-time';

describe("the month's norm of working hours", () => {
  it('leaves out weekends and public holidays', () => {
    // November 2026: 21 weekdays, of which 11 November (Wednesday) is a holiday; 1 November is a Sunday.
    expect(workingDaysOfMonth('2026-11')).toHaveLength(20);
    expect(monthlyNormHours('2026-11', 1)).toBe(160);
    // December 2026: 23 weekdays; 24, 25 December (Thursday, Friday) are holidays, 26 a Saturday.
    expect(workingDaysOfMonth('2026-12')).not.toContain('2026-12-24');
    expect(monthlyNormHours('2026-12', 1)).toBe(168);
  });

  it('follows the FTE', () => {
    expect(monthlyNormHours('2026-11', 0.5)).toBe(80);
    expect(monthlyNormHours('2026-12', 0.75)).toBe(126);
  });
});

describe('contact frequency', () => {
  const today = '2026-11-24';
  const spread = (count: number) => Array.from({ length: count }, (_, i) => addDays(today, -3 * i));

  it('averages the last four weeks against the target', () => {
    expect(contactFrequency(spread(7), today)).toEqual({ held: 7, perWeek: 1.75, belowTarget: true });
    expect(contactFrequency(spread(9), today)).toEqual({ held: 9, perWeek: 2.25, belowTarget: false });
  });

  it('counts neither older contacts nor planned ones', () => {
    const dates = [addDays(today, -28), addDays(today, -27), addDays(today, 1), today];
    expect(contactFrequency(dates, today).held).toBe(2);
  });
});
