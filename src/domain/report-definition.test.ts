import { describe, expect, it } from 'vitest';
import { defaultStateRows, metricValue, reportMetrics } from './report-definition';
import { familyFigures, staffFigures, yearPeriod } from './reports';

describe('the state report definition', () => {
  const period = yearPeriod(2025);
  const report = {
    staff: staffFigures(
      [
        {
          personId: 'a',
          position: 'family_assistant',
          from: '2025-01-01',
          to: null,
          form: 'service_contract',
          fte: 0.5,
          funding: 'eu_project',
        },
      ],
      period,
    ),
    families: familyFigures(
      [
        {
          familyId: 'f',
          from: '2025-01-01',
          closedOn: '2025-03-01',
          closureReason: 'no_effects',
          courtOrdered: true,
          zaZyciem: false,
        },
      ],
      [{ familyId: 'f', personId: 'c', birthDate: '2015-01-01' }],
      period,
    ),
    contacts: 7,
  };

  it('gives every metric a value read off the report', () => {
    for (const metric of reportMetrics) expect(metricValue(report, metric), metric).not.toBeNull();
    expect(metricValue(report, 'assistants.form.service_contract')).toBe(1);
    expect(metricValue(report, 'assistants.funding.eu_project')).toBe(1);
    expect(metricValue(report, 'assistants.funding.own_funds')).toBe(0);
    expect(metricValue(report, 'assistants.fteAverage')).toBe(0.5);
    expect(metricValue(report, 'families.courtOrdered')).toBe(1);
    expect(metricValue(report, 'closures.no_effects')).toBe(1);
    expect(metricValue(report, 'closures.total')).toBe(1);
    expect(metricValue(report, 'engagements.averageDays')).toBe(59);
    expect(metricValue(report, 'children')).toBe(1);
    expect(metricValue(report, 'contacts')).toBe(7);
  });

  it('starts with a row for each figure the state asks about assistants', () => {
    expect(defaultStateRows.map((row) => row.metric)).toEqual(
      expect.arrayContaining([
        'assistants.total',
        'assistants.atEnd',
        'families.total',
        'families.courtOrdered',
        'children',
        'closures.total',
      ]),
    );
  });
});
