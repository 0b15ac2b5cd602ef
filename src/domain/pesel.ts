/**
 * PESEL, the Polish national identification number: YYMMDD (the month carries the century),
 * four serial digits of which the last gives the sex (odd: male), and a check digit.
 */

export type Sex = 'female' | 'male';

export type PeselError = 'pesel_format' | 'pesel_checksum' | 'pesel_date';

export type PeselResult = { ok: true; birthDate: string; sex: Sex } | { ok: false; error: PeselError };

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** Month offsets by century, as the format defines them (1800–2299). */
const CENTURIES = [
  { offset: 80, century: 1800 },
  { offset: 0, century: 1900 },
  { offset: 20, century: 2000 },
  { offset: 40, century: 2100 },
  { offset: 60, century: 2200 },
] as const;

export const PESEL_FIRST_YEAR = 1800;
export const PESEL_LAST_YEAR = 2299;

function checkDigit(first10: readonly number[]): number {
  const sum = first10.reduce((acc, digit, i) => acc + digit * (WEIGHTS[i] ?? 0), 0);
  return (10 - (sum % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Reads the birth date and sex a PESEL encodes, or says why it is not a valid PESEL. */
export function parsePesel(value: string): PeselResult {
  if (!/^\d{11}$/.test(value)) return { ok: false, error: 'pesel_format' };
  const digits = Array.from(value, Number);
  if (checkDigit(digits.slice(0, 10)) !== digits[10]) return { ok: false, error: 'pesel_checksum' };
  const yy = Number(value.slice(0, 2));
  const encodedMonth = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const era = CENTURIES.find(({ offset }) => encodedMonth > offset && encodedMonth <= offset + 12);
  if (!era) return { ok: false, error: 'pesel_date' };
  const year = era.century + yy;
  const month = encodedMonth - era.offset;
  if (!isRealDate(year, month, day)) return { ok: false, error: 'pesel_date' };
  return {
    ok: true,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    sex: (digits[9] ?? 0) % 2 === 1 ? 'male' : 'female',
  };
}

/** Builds the PESEL of a birth date and sex with a serial 0–999 (demo data, tests). */
export function encodePesel(birthDate: string, sex: Sex, serial: number): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const era = CENTURIES.find(({ century }) => year >= century && year < century + 100);
  if (!era || !isRealDate(year, month, day)) throw new RangeError(`PESEL cannot encode ${birthDate}`);
  const sexDigit = ((serial % 5) * 2 + (sex === 'male' ? 1 : 0)) % 10;
  const body = `${pad(year % 100)}${pad(month + era.offset)}${pad(day)}${pad(Math.floor(serial) % 1000, 3)}${sexDigit}`;
  return body + checkDigit(Array.from(body, Number));
}

export type PeselMismatch = 'pesel_birth_date_mismatch' | 'pesel_sex_mismatch';

/** The disagreements between a PESEL and the birth date and sex entered beside it. */
export function peselMismatches(
  pesel: string,
  entered: { birthDate?: string | null; sex?: Sex | null },
): PeselMismatch[] {
  const parsed = parsePesel(pesel);
  if (!parsed.ok) return [];
  const mismatches: PeselMismatch[] = [];
  if (entered.birthDate && entered.birthDate !== parsed.birthDate)
    mismatches.push('pesel_birth_date_mismatch');
  if (entered.sex && entered.sex !== parsed.sex) mismatches.push('pesel_sex_mismatch');
  return mismatches;
}
