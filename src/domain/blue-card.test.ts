import { describe, expect, it } from 'vitest';
import { formADue } from './blue-card';

describe('form A of the Niebieska Karta', () => {
  it('is due 5 working days after the procedure started', () => {
    // Monday 2 November 2026 → Monday 9 November.
    expect(formADue('2026-11-02')).toBe('2026-11-09');
  });

  it('does not count a public holiday (11 November) or the weekend', () => {
    // Monday 9 November: 10, 12, 13, 16, 17 — Wednesday 11 November is Independence Day.
    expect(formADue('2026-11-09')).toBe('2026-11-17');
  });

  it('skips Christmas and the Christmas Eve holiday', () => {
    // Tuesday 22 December 2026: 23, 28, 29, 30, 31 (24–26 December are public holidays).
    expect(formADue('2026-12-22')).toBe('2026-12-31');
  });
});
