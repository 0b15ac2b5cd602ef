import { describe, expect, it } from 'vitest';
import {
  defaultDeadlineRules,
  type EngagementTimeline,
  engagementDeadlines,
  isDueWithin,
  monitoringEnd,
  nextAssessmentDue,
  periodEnd,
  standing,
  workPlanDue,
} from './deadlines';

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
    expect(periodEnd('2026-01-31', 6)).toBe('2028-01-31');
    expect(periodEnd('2026-08-31', 0)).toBe('2028-02-29');
    expect(periodEnd('2026-08-31', 6)).toBe('2028-08-31');
    expect(periodEnd('2026-01-31', 12)).toBe('2028-07-31');
    expect(periodEnd('2026-03-01', 0, { ...defaultDeadlineRules, standardMonths: 12 })).toBe('2027-03-01');
  });
});

describe('monitoring', () => {
  it('ends six months after it starts, or after what the office configured', () => {
    expect(monitoringEnd('2027-03-31')).toBe('2027-09-30');
    expect(monitoringEnd('2027-03-31', { ...defaultDeadlineRules, monitoringMonths: 3 })).toBe('2027-06-30');
  });
});

describe("an engagement's terms", () => {
  const started: EngagementTimeline = {
    status: 'diagnosis',
    firstContactDate: '2027-01-31',
    planAdoptedOn: null,
    latestAssessmentOn: null,
    approvedExtensionMonths: 0,
    monitoringStartedOn: null,
  };

  it('start with the first contact and end with the closure', () => {
    expect(engagementDeadlines({ ...started, status: 'assigned', firstContactDate: null })).toEqual([]);
    expect(engagementDeadlines({ ...started, status: 'closed' })).toEqual([]);
  });

  it('list the plan until it is written, the next assessment and the end of the period', () => {
    expect(engagementDeadlines(started)).toEqual([
      { kind: 'work_plan', dueOn: '2027-02-28' },
      { kind: 'assessment', dueOn: '2027-07-31' },
      { kind: 'period_end', dueOn: '2028-07-31' },
    ]);
  });

  it('follow the latest assessment, the approved extensions and the start of monitoring', () => {
    const later = {
      ...started,
      status: 'monitoring' as const,
      planAdoptedOn: '2027-02-20',
      latestAssessmentOn: '2027-06-01',
      approvedExtensionMonths: 6,
      monitoringStartedOn: '2028-03-31',
    };
    expect(engagementDeadlines(later)).toEqual([
      { kind: 'assessment', dueOn: '2027-12-01' },
      { kind: 'period_end', dueOn: '2029-01-31' },
      { kind: 'monitoring_end', dueOn: '2028-09-30' },
    ]);
  });

  it('stand as overdue or with the days left, working days counted without Polish holidays', () => {
    // From Friday 30 October 2026 to Wednesday 11 November: 2, 3, 4, 5, 6, 9, 10 November are
    // working days; 1 (Sunday, All Saints) and 11 (Independence Day) are not.
    expect(standing('2026-11-11', '2026-10-30')).toEqual({
      overdue: false,
      daysLeft: 12,
      workingDaysLeft: 7,
    });
    expect(standing('2026-10-30', '2026-11-03')).toEqual({
      overdue: true,
      daysLeft: -4,
      workingDaysLeft: -2,
    });
    expect(standing('2026-11-03', '2026-11-03')).toEqual({ overdue: false, daysLeft: 0, workingDaysLeft: 0 });
  });

  it('belong on the list when due within the horizon or already past', () => {
    expect(isDueWithin('2026-12-08', '2026-11-24', 14)).toBe(true);
    expect(isDueWithin('2026-12-09', '2026-11-24', 14)).toBe(false);
    expect(isDueWithin('2026-01-01', '2026-11-24', 14)).toBe(true);
  });
});
