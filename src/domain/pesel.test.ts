import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodePesel,
  PESEL_FIRST_YEAR,
  PESEL_LAST_YEAR,
  parsePesel,
  peselMismatches,
  type Sex,
} from './pesel';

const birthDates = fc
  .date({
    min: new Date(Date.UTC(PESEL_FIRST_YEAR, 0, 1)),
    max: new Date(Date.UTC(PESEL_LAST_YEAR, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const sexes = fc.constantFrom<Sex>('female', 'male');
const serials = fc.integer({ min: 0, max: 999 });

describe('PESEL', () => {
  it('reads back the birth date and sex it encodes, in every century of the format', () => {
    fc.assert(
      fc.property(birthDates, sexes, serials, (birthDate, sex, serial) => {
        expect(parsePesel(encodePesel(birthDate, sex, serial))).toEqual({ ok: true, birthDate, sex });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses any single wrong digit by its checksum', () => {
    fc.assert(
      fc.property(
        birthDates,
        sexes,
        serials,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (birthDate, sex, serial, at, shift) => {
          const pesel = encodePesel(birthDate, sex, serial);
          const changed = pesel.slice(0, at) + ((Number(pesel[at]) + shift) % 10) + pesel.slice(at + 1);
          expect(parsePesel(changed)).toEqual({ ok: false, error: 'pesel_checksum' });
        },
      ),
    );
  });

  it('knows real examples', () => {
    expect(parsePesel('44051401359')).toEqual({ ok: true, birthDate: '1944-05-14', sex: 'male' });
    expect(parsePesel('02270803624')).toEqual({ ok: true, birthDate: '2002-07-08', sex: 'female' });
  });

  it('refuses wrong formats', () => {
    for (const value of ['', '4405140135', '440514013590', '4405140135a', ' 44051401359']) {
      expect(parsePesel(value)).toEqual({ ok: false, error: 'pesel_format' });
    }
  });

  it('refuses impossible dates even with a correct check digit', () => {
    const withCheck = (body: string) => {
      const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      const sum = Array.from(body, Number).reduce((acc, d, i) => acc + d * (weights[i] ?? 0), 0);
      return body + ((10 - (sum % 10)) % 10);
    };
    expect(parsePesel(withCheck('2302290123'))).toEqual({ ok: false, error: 'pesel_date' }); // 29 Feb 1923
    expect(parsePesel(withCheck('2402290123')).ok).toBe(true); // 29 Feb 1924 (leap)
    expect(parsePesel(withCheck('0013010123'))).toEqual({ ok: false, error: 'pesel_date' }); // month 13
    expect(parsePesel(withCheck('0000010123'))).toEqual({ ok: false, error: 'pesel_date' }); // month 0
    expect(parsePesel(withCheck('0004310123'))).toEqual({ ok: false, error: 'pesel_date' }); // 31 April
  });

  it('names the disagreements with the birth date and sex entered beside it', () => {
    const pesel = encodePesel('2015-03-09', 'female', 17);
    expect(peselMismatches(pesel, { birthDate: '2015-03-09', sex: 'female' })).toEqual([]);
    expect(peselMismatches(pesel, { birthDate: '2015-03-10', sex: 'male' })).toEqual([
      'pesel_birth_date_mismatch',
      'pesel_sex_mismatch',
    ]);
    expect(peselMismatches(pesel, {})).toEqual([]);
  });
});
