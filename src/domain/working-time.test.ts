import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { contactFrequency, monthlyNormHours, timesheet, workingDaysOfMonth } from './working-time';

describe("the month's norm of working hours (labour code, art. 130)", () => {
  it('counts full weeks, the weekdays left, less every holiday not on a Sunday', () => {
    // 1 November a Saturday: it still takes 8 hours off, as 11 November (Tuesday) does.
    expect(monthlyNormHours('2025-11', 1)).toBe(144);
    // 15 August a Saturday.
    expect(monthlyNormHours('2026-08', 1)).toBe(160);
    // 1 November a Sunday: only 11 November (Wednesday) counts.
    expect(monthlyNormHours('2026-11', 1)).toBe(160);
    // 24 (Thursday), 25 (Friday) and 26 December (Saturday).
    expect(monthlyNormHours('2026-12', 1)).toBe(160);
    // 1 May a Saturday, 3 May a Monday, Corpus Christi 27 May; Pentecost is a Sunday.
    expect(monthlyNormHours('2027-05', 1)).toBe(144);
  });

  it('follows the FTE', () => {
    expect(monthlyNormHours('2026-11', 0.5)).toBe(80);
    expect(monthlyNormHours('2026-12', 0.75)).toBe(120);
  });

  it('knows the days a holiday makes free', () => {
    expect(workingDaysOfMonth('2026-11')).toHaveLength(20);
    expect(workingDaysOfMonth('2026-12')).not.toContain('2026-12-24');
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

  it('averages over the days since the first contact when the work began within the four weeks', () => {
    // Two weeks of work with three contacts: 1.5 a week, not 0.75.
    const since = addDays(today, -13);
    expect(contactFrequency(spread(3), today, { since })).toEqual({
      held: 3,
      perWeek: 1.5,
      belowTarget: true,
    });
  });

  it("follows the office's target", () => {
    expect(contactFrequency(spread(7), today, { target: 1.5 }).belowTarget).toBe(false);
  });
});

describe('the monthly timesheet', () => {
  const window = { start: '08:00', end: '20:00' };

  it('sums minutes per day and kind against the norm', () => {
    const sheet = timesheet(
      '2026-11',
      [
        { date: '2026-11-02', start: '09:00', end: '10:30', kind: 'contact' },
        { date: '2026-11-02', start: '11:00', end: '12:00', kind: 'contact' },
        { date: '2026-11-02', start: '12:00', end: '14:00', kind: 'documentation' },
        { date: '2026-11-03', start: '08:00', end: '16:00', kind: 'training' },
      ],
      { fte: 0.5, window },
    );
    expect(sheet.days).toHaveLength(30);
    expect(sheet.days[1]).toMatchObject({
      date: '2026-11-02',
      minutes: { contact: 150, documentation: 120 },
      total: 270,
    });
    expect(sheet.totals).toEqual({ contact: 150, documentation: 120, training: 480 });
    expect(sheet.workedMinutes).toBe(750);
    expect(sheet.normMinutes).toBe(80 * 60);
    expect(sheet.flaggedDays).toBe(0);
  });

  it('flags work outside the allowed hours and on days off', () => {
    const sheet = timesheet(
      '2026-11',
      [
        { date: '2026-11-04', start: '07:30', end: '09:00', kind: 'travel' },
        { date: '2026-11-05', start: '18:00', end: '20:30', kind: 'contact' },
        { date: '2026-11-11', start: '10:00', end: '11:00', kind: 'contact' },
        { date: '2026-11-14', start: '10:00', end: '11:00', kind: 'contact' },
        { date: '2026-11-06', start: '08:00', end: '20:00', kind: 'duty_hours' },
      ],
      { fte: 1, window },
    );
    const flags = (date: string) => sheet.days.find((day) => day.date === date)?.flags;
    expect(flags('2026-11-04')).toEqual(['outside_window']);
    expect(flags('2026-11-05')).toEqual(['outside_window']);
    expect(flags('2026-11-11')).toEqual(['day_off']);
    expect(sheet.days.find((day) => day.date === '2026-11-11')?.holiday).toBeTruthy();
    expect(flags('2026-11-14')).toEqual(['day_off']);
    expect(flags('2026-11-06')).toEqual([]);
    expect(sheet.flaggedDays).toBe(4);
  });
});
