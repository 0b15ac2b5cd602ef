import ExcelJS from 'exceljs';
import type { Timesheet, TimesheetKind } from '../../../contract/contacts';
import type { Locale } from '../../../contract/roles';
import { workKinds } from '../../../domain/contacts';
import { type Text, timesheetKindTexts } from '../../i18n/record-labels';

const texts = {
  title: { pl: 'Ewidencja czasu pracy', en: 'Timesheet' },
  person: { pl: 'Pracownik', en: 'Employee' },
  month: { pl: 'Miesiąc', en: 'Month' },
  fte: { pl: 'Wymiar etatu', en: 'FTE' },
  window: { pl: 'Dozwolone godziny pracy', en: 'Allowed working hours' },
  date: { pl: 'Data', en: 'Date' },
  weekday: { pl: 'Dzień', en: 'Day' },
  total: { pl: 'Razem (godz.)', en: 'Total (hours)' },
  remarks: { pl: 'Uwagi', en: 'Remarks' },
  sum: { pl: 'Suma', en: 'Sum' },
  norm: { pl: 'Norma czasu pracy (godz.)', en: 'Norm of working hours' },
  worked: { pl: 'Przepracowano (godz.)', en: 'Hours worked' },
  difference: { pl: 'Różnica (godz.)', en: 'Difference (hours)' },
  outside_window: { pl: 'praca poza dozwolonymi godzinami', en: 'work outside the allowed hours' },
  day_off: { pl: 'praca w dniu wolnym', en: 'work on a day off' },
} satisfies Record<string, Text>;

const weekdays: Record<Locale, string[]> = {
  pl: ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

const kinds: TimesheetKind[] = ['contact', ...workKinds];
const hours = (minutes: number | undefined) => Math.round(((minutes ?? 0) / 60) * 100) / 100;

/**
 * The timesheet as a workbook: one row per day with hours per kind (decimal hours), the
 * remarks that flag work outside the allowed hours or on days off, then the month's totals
 * against the norm.
 */
export async function timesheetXlsx(sheet: Timesheet, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(texts.title[locale]);
  ws.addRow([texts.title[locale]]).font = { bold: true, size: 14 };
  ws.addRow([texts.person[locale], sheet.assistant.name]);
  ws.addRow([texts.month[locale], sheet.month]);
  ws.addRow([texts.fte[locale], sheet.fte]);
  ws.addRow([texts.window[locale], `${sheet.window.start}–${sheet.window.end}`]);
  ws.addRow([]);
  const header = ws.addRow([
    texts.date[locale],
    texts.weekday[locale],
    ...kinds.map((kind) => timesheetKindTexts[kind][locale]),
    texts.total[locale],
    texts.remarks[locale],
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const day of sheet.days) {
    const weekday = weekdays[locale][(new Date(`${day.date}T12:00:00Z`).getUTCDay() + 6) % 7];
    const remarks = [day.holiday, ...day.flags.map((flag) => texts[flag][locale])].filter(Boolean);
    const row = ws.addRow([
      day.date,
      weekday,
      ...kinds.map((kind) => (day.minutes[kind] ? hours(day.minutes[kind]) : null)),
      day.total ? hours(day.total) : null,
      remarks.join('; ') || null,
    ]);
    if (!day.workingDay) row.font = { color: { argb: 'FF8A8A8A' } };
    if (day.flags.length > 0)
      row.getCell(kinds.length + 4).font = { color: { argb: 'FFB42318' }, bold: true };
  }
  const sum = ws.addRow([
    texts.sum[locale],
    null,
    ...kinds.map((kind) => hours(sheet.totals[kind])),
    hours(sheet.workedMinutes),
  ]);
  sum.font = { bold: true };
  ws.addRow([]);
  ws.addRow([texts.norm[locale], null, hours(sheet.normMinutes)]);
  ws.addRow([texts.worked[locale], null, hours(sheet.workedMinutes)]);
  ws.addRow([texts.difference[locale], null, hours(sheet.workedMinutes - sheet.normMinutes)]);
  ws.columns.forEach((column, index) => {
    column.width = index === 0 ? 26 : index === 1 ? 8 : index === kinds.length + 3 ? 40 : 13;
    if (index >= 2 && index <= kinds.length + 2) column.numFmt = '0.00';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
