import { describe, expect, it } from 'vitest';
import { byLatestStart, coversDay, equipmentInOrder, hoursByKind, searchable } from './records';

describe('staff records', () => {
  it('reads a period without an end as lasting, and its last day as covered', () => {
    expect(coversDay({ startsOn: '2026-01-01', endsOn: null }, '2026-11-30')).toBe(true);
    expect(coversDay({ startsOn: '2026-01-01', endsOn: '2026-06-30' }, '2026-06-30')).toBe(true);
    expect(coversDay({ startsOn: '2026-01-01', endsOn: '2026-06-30' }, '2026-07-01')).toBe(false);
    expect(coversDay({ startsOn: '2026-12-01', endsOn: null }, '2026-11-30')).toBe(false);
  });

  it('lists the latest period first', () => {
    const periods = [{ startsOn: '2024-01-01' }, { startsOn: '2026-01-01' }, { startsOn: '2025-03-01' }];
    expect(byLatestStart(periods).map((p) => p.startsOn)).toEqual(['2026-01-01', '2025-03-01', '2024-01-01']);
  });

  it('lists equipment still held before equipment returned', () => {
    const items = [
      { id: 'returned', issuedOn: '2026-02-01', returnedOn: '2026-03-01' },
      { id: 'old', issuedOn: '2025-01-01', returnedOn: null },
      { id: 'new', issuedOn: '2026-01-01', returnedOn: null },
    ];
    expect(equipmentInOrder(items).map((item) => item.id)).toEqual(['new', 'old', 'returned']);
  });

  it('adds up the hours of each kind within the year only, every kind present', () => {
    const totals = hoursByKind(
      [
        { kind: 'training', date: '2026-03-02', hours: 6 },
        { kind: 'training', date: '2026-10-12', hours: 7.5 },
        { kind: 'supervision', date: '2026-05-05', hours: null },
        { kind: 'supervision', date: '2025-12-30', hours: 3 },
      ],
      2026,
    );
    expect(totals).toEqual({ training: 13.5, supervision: 0, support_group: 0, assistants_meeting: 0 });
  });

  it('finds a name typed without Polish letters', () => {
    expect(searchable('Łucja Żółkiewska')).toBe('lucja zolkiewska');
    expect(searchable('Łucja Żółkiewska').includes(searchable('zolk'))).toBe(true);
  });
});
