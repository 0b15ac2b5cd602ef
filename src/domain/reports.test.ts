import { describe, expect, it } from 'vitest';
import {
  type EmploymentRecord,
  type EngagementRecord,
  familyFigures,
  halfYearPeriod,
  isChildOn,
  staffFigures,
  yearPeriod,
} from './reports';

const period = (personId: string, patch: Partial<EmploymentRecord>): EmploymentRecord => ({
  personId,
  position: 'family_assistant',
  from: '2025-01-01',
  to: null,
  form: 'employment_task_based',
  fte: 1,
  funding: 'own_funds',
  ...patch,
});

describe('staff figures', () => {
  const records = [
    // Ania: two contracts in 2025 (programme, then own funds) — one person, under both sources.
    period('ania', { from: '2024-03-01', to: '2025-06-30', funding: 'ministry_programme' }),
    period('ania', { from: '2025-07-01', to: null, fte: 0.5 }),
    // Bartek: a service contract for the first half of 2025.
    period('bartek', {
      from: '2025-01-01',
      to: '2025-06-30',
      form: 'service_contract',
      funding: 'eu_project',
    }),
    // Celina: left in 2024; Darek: not an assistant.
    period('celina', { from: '2023-01-01', to: '2024-12-31' }),
    period('darek', { position: 'other' }),
  ];

  it('counts each assistant once, under each source and form of the period', () => {
    const year = staffFigures(records, yearPeriod(2025));
    expect(year.total).toBe(2);
    expect(year.atEnd).toBe(1);
    expect(year.byFunding).toEqual({ ministry_programme: 1, eu_project: 1, own_funds: 1, other: 0 });
    expect(year.byForm).toEqual({ employment_task_based: 1, service_contract: 1, other: 0 });
  });

  it('averages FTE over the days of the period and takes it on the last day', () => {
    const year = staffFigures(records, yearPeriod(2025));
    // Ania 181 days at 1 + 184 at 0.5, Bartek 181 at 1, over 365 days.
    expect(year.fteAverage).toBeCloseTo((181 + 92 + 181) / 365, 2);
    expect(year.fteAtEnd).toBe(0.5);
    const firstHalf = staffFigures(records, halfYearPeriod(2025, 1));
    expect(firstHalf).toMatchObject({ total: 2, atEnd: 2, fteAverage: 2, fteAtEnd: 2 });
    expect(staffFigures(records, yearPeriod(2024))).toMatchObject({ total: 2, atEnd: 2 });
  });
});

const engagement = (familyId: string, patch: Partial<EngagementRecord>): EngagementRecord => ({
  familyId,
  from: '2025-02-01',
  closedOn: null,
  closureReason: null,
  courtOrdered: false,
  zaZyciem: false,
  ...patch,
});

describe('family figures', () => {
  const engagements = [
    // Kowalscy: from 2024 into 2025, closed in May; then again from September.
    engagement('kowalscy', { from: '2024-10-01', closedOn: '2025-05-15', closureReason: 'family_withdrew' }),
    engagement('kowalscy', { from: '2025-09-01', courtOrdered: true }),
    // Nowakowie: the whole of 2025, still open; "Za życiem".
    engagement('nowakowie', { from: '2025-01-10', zaZyciem: true }),
    // Wiśniewscy: closed in 2024 — not in 2025.
    engagement('wisniewscy', { from: '2024-01-01', closedOn: '2024-12-20', closureReason: 'goals_achieved' }),
  ];
  const members = [
    { familyId: 'kowalscy', personId: 'k-mother', birthDate: '1990-01-01' },
    { familyId: 'kowalscy', personId: 'k-son', birthDate: '2010-03-03' },
    // Turns 18 on 1 August 2025: a child at the May closure, so counted.
    { familyId: 'kowalscy', personId: 'k-daughter', birthDate: '2007-08-01' },
    // Turns 18 on 1 June 2025: an adult on 31 December, and the family's engagement is open.
    { familyId: 'nowakowie', personId: 'n-son', birthDate: '2007-06-01' },
    { familyId: 'nowakowie', personId: 'n-baby', birthDate: '2025-04-04' },
    // Born after the year's end.
    { familyId: 'nowakowie', personId: 'n-unborn', birthDate: '2026-01-05' },
    { familyId: 'wisniewscy', personId: 'w-child', birthDate: '2015-01-01' },
  ];

  it('counts families once, with any day of an engagement in the period', () => {
    const year = familyFigures(engagements, members, yearPeriod(2025));
    expect(year).toMatchObject({ families: 2, courtOrdered: 1, zaZyciem: 1, started: 2, closed: 1 });
    expect(familyFigures(engagements, members, yearPeriod(2024))).toMatchObject({
      families: 2,
      started: 2,
      closed: 1,
    });
  });

  it('counts the children under 18 on the last day, or at the closure when earlier, each once', () => {
    // k-son, k-daughter (a child at the May closure), n-baby; not n-son (18 since June), not n-unborn.
    expect(familyFigures(engagements, members, yearPeriod(2025)).children).toBe(3);
    // On 30 June n-son is already 18.
    expect(familyFigures(engagements, members, halfYearPeriod(2025, 1)).children).toBe(3);
    expect(familyFigures(engagements, members, yearPeriod(2024)).children).toBe(3);
  });

  it('sorts closures by reason and measures closed engagements', () => {
    const year = familyFigures(engagements, members, yearPeriod(2025));
    expect(year.closures).toMatchObject({ family_withdrew: 1, goals_achieved: 0 });
    expect(year.averageDays).toBe(226);
    expect(year.medianDays).toBe(226);
    const both = familyFigures(engagements, members, { from: '2024-01-01', to: '2025-12-31' });
    expect(both.medianDays).toBe((354 + 226) / 2);
  });

  it('knows when a person is a child', () => {
    expect(isChildOn('2007-08-01', '2025-07-31')).toBe(true);
    expect(isChildOn('2007-08-01', '2025-08-01')).toBe(false);
    expect(isChildOn('2026-01-05', '2025-12-31')).toBe(false);
  });
});
