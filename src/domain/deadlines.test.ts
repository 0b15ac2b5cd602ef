import { describe, expect, it } from 'vitest';
import { defaultDeadlineRules, monitoringEnd, nextAssessmentDue, periodEnd, workPlanDue } from './deadlines';

describe('the work plan', () => {
  it('is due one month after the first contact, on the last day of a shorter month', () => {
    expect(workPlanDue('2026-03-10')).toBe('2026-04-10');
    expect(workPlanDue('2027-01-31')).toBe('2027-02-28');
    expect(workPlanDue('2028-01-31')).toBe('2028-02-29');
    expect(workPlanDue('2026-12-31')).toBe('2027-01-31');
  });
});

describe('periodic assessments', () => {
  it('are due six months after the first contact, then six months after the latest one', () => {
    expect(nextAssessmentDue('2026-01-15', null)).toBe('2026-07-15');
    expect(nextAssessmentDue('2026-01-15', '2026-07-14')).toBe('2027-01-14');
    expect(nextAssessmentDue('2026-08-31', null)).toBe('2027-02-28');
  });

  it('come earlier after an early assessment', () => {
    // Done two months early: the next is due six months after it, not after the original date.
    expect(nextAssessmentDue('2026-01-15', '2026-05-15')).toBe('2026-11-15');
  });
});

describe('the period of work', () => {
  it('ends after the standard period, and each approved extension moves the end', () => {
    expect(periodEnd('2026-01-31', 0)).toBe('2027-07-31');
    expect(periodEnd('2026-01-31', 1)).toBe('2028-01-31');
    expect(periodEnd('2026-08-31', 0)).toBe('2028-02-29');
    expect(periodEnd('2026-08-31', 1)).toBe('2028-08-31');
    expect(periodEnd('2026-03-01', 0, { ...defaultDeadlineRules, standardMonths: 12 })).toBe('2027-03-01');
  });
});

describe('monitoring', () => {
  it('ends six months after it starts, or after what the office configured', () => {
    expect(monitoringEnd('2027-03-31')).toBe('2027-09-30');
    expect(monitoringEnd('2027-03-31', { ...defaultDeadlineRules, monitoringMonths: 3 })).toBe('2027-06-30');
  });
});
