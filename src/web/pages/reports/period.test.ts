import { describe, expect, it } from 'vitest';
import type { Report } from '../../../contract/reports';
import { choiceParams, daysToMonths, readChoice, reportYears, trendRange, yearsWithData } from './period';

const report = (year: number, assistants: number): Report & { year: number } => ({
  year,
  period: { from: `${year}-01-01`, to: `${year}-12-31` },
  staff: {
    total: assistants,
    atEnd: assistants,
    byFunding: { ministry_programme: 0, eu_project: 0, own_funds: assistants, other: 0 },
    byForm: { employment_task_based: assistants, service_contract: 0, other: 0 },
    fteAverage: assistants,
    fteAtEnd: assistants,
  },
  families: {
    families: 0,
    courtOrdered: 0,
    zaZyciem: 0,
    started: 0,
    closed: 0,
    children: 0,
    closures: {
      goals_achieved: 0,
      family_withdrew: 0,
      no_effects: 0,
      method_change: 0,
      child_of_age: 0,
      court_decision: 0,
    },
    averageDays: null,
    medianDays: null,
  },
  contacts: 0,
});

describe('the report period', () => {
  it('offers the years from this one back to 2010', () => {
    const years = reportYears(2026);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2010);
    expect(years).toHaveLength(17);
  });

  it('defaults to the current year and its current half', () => {
    expect(readChoice(new URLSearchParams(), '2026-11-30')).toEqual({
      tab: 'period',
      period: { kind: 'year', year: 2026 },
      half: 2,
    });
  });

  it('reads a half-year from the address and writes it back', () => {
    const choice = readChoice(new URLSearchParams('tab=state&period=half&year=2014&half=1'), '2026-11-30');
    expect(choice).toEqual({ tab: 'state', period: { kind: 'half', year: 2014, half: 1 }, half: 1 });
    expect(choiceParams(choice)).toEqual({ tab: 'state', period: 'half', year: '2014', half: '1' });
  });

  it('ignores a year out of range', () => {
    expect(readChoice(new URLSearchParams('year=1999'), '2026-03-01').period).toEqual({
      kind: 'year',
      year: 2026,
    });
    expect(readChoice(new URLSearchParams('year=2031'), '2026-03-01').period).toEqual({
      kind: 'year',
      year: 2026,
    });
  });

  it('asks for at most 20 years of the trend, not before 2010', () => {
    expect(trendRange(2026)).toEqual({ from: 2010, to: 2026 });
    expect(trendRange(2040)).toEqual({ from: 2024, to: 2040 });
  });

  it('charts the years from the first to the last with any figure, empty years between kept', () => {
    const years = yearsWithData([
      report(2010, 0),
      report(2012, 3),
      report(2013, 0),
      report(2014, 2),
      report(2015, 0),
    ]);
    expect(years.map((item) => item.year)).toEqual([2012, 2013, 2014]);
    expect(yearsWithData([report(2010, 0)])).toEqual([]);
  });

  it('turns days into months of average length', () => {
    expect(daysToMonths(365.25)).toBeCloseTo(12);
    expect(daysToMonths(183)).toBeCloseTo(6.01, 2);
  });
});
