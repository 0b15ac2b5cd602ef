import ExcelJS from 'exceljs';
import type { Report, StateReport } from '../../../contract/reports';
import type { Locale } from '../../../contract/roles';
import { closureReasons } from '../../../domain/engagement';
import {
  type EmploymentForm,
  employmentForms,
  type FundingSource,
  fundingSources,
} from '../../../domain/staff';
import { closureReasonTexts, type Text } from '../../i18n/record-labels';

/* A report as a table of labelled figures, written to XLSX (exceljs) or CSV, in Polish or English. */

type Row = { label: string; value: number | string | null; heading?: boolean };
export interface ReportTable {
  title: string;
  period: string;
  rows: Row[];
  notes: string[];
}

const texts = {
  title: { pl: 'Raport z pracy asystentów rodziny', en: 'Family assistance report' },
  state: {
    pl: 'Sprawozdanie półroczne — asystenci rodziny',
    en: 'State half-year report — family assistants',
  },
  period: { pl: 'Okres', en: 'Period' },
  staff: { pl: 'Kadra', en: 'Staff' },
  total: { pl: 'Asystenci zatrudnieni w okresie (osoby)', en: 'Assistants employed in the period (persons)' },
  atEnd: { pl: 'Asystenci na koniec okresu (osoby)', en: 'Assistants at the end of the period (persons)' },
  fteAverage: { pl: 'Etaty — średnio w okresie', en: 'FTE — average over the period' },
  fteAtEnd: { pl: 'Etaty — na koniec okresu', en: 'FTE — at the end of the period' },
  byFunding: { pl: 'Według źródła finansowania (osoby)', en: 'By funding source (persons)' },
  byForm: { pl: 'Według formy zatrudnienia (osoby)', en: 'By form of employment (persons)' },
  families: { pl: 'Rodziny', en: 'Families' },
  supported: { pl: 'Rodziny wspierane w okresie', en: 'Families supported in the period' },
  courtOrdered: { pl: 'w tym zobowiązane przez sąd', en: 'of which court-ordered' },
  zaZyciem: { pl: 'w tym „Za życiem”', en: 'of which „Za życiem”' },
  started: { pl: 'Rodziny, z którymi rozpoczęto pracę', en: 'Families whose support began' },
  closed: { pl: 'Rodziny, z którymi zakończono pracę', en: 'Families whose support ended' },
  children: { pl: 'Dzieci w rodzinach wspieranych', en: 'Children in the supported families' },
  closures: { pl: 'Zakończenia według powodu', en: 'Closures by reason' },
  averageDays: {
    pl: 'Średni czas zakończonej współpracy (dni)',
    en: 'Average length of closed engagements (days)',
  },
  medianDays: {
    pl: 'Mediana czasu zakończonej współpracy (dni)',
    en: 'Median length of closed engagements (days)',
  },
  contacts: { pl: 'Kontakty z rodzinami', en: 'Contacts with families' },
  label: { pl: 'Pozycja', en: 'Item' },
  value: { pl: 'Wartość', en: 'Value' },
  noteStaff: {
    pl: 'Asystent liczony jest raz w ogółem; w podziale na źródła finansowania i formy zatrudnienia — pod każdym źródłem i formą z okresu, więc suma może przekraczać ogółem.',
    en: 'An assistant counts once in the total; by funding source and form, under each source and form of the period, so the parts may add up to more than the total.',
  },
  noteChildren: {
    pl: 'Dzieci: członkowie rodzin poniżej 18 lat w ostatnim dniu okresu albo w dniu zakończenia współpracy, jeśli wcześniejszym; każde dziecko raz.',
    en: "Children: family members under 18 on the period's last day, or on the day the engagement ended if earlier; each child once.",
  },
} satisfies Record<string, Text>;

const fundingLabels: Record<FundingSource, Text> = {
  ministry_programme: { pl: 'Program ministerialny', en: 'Ministry programme' },
  eu_project: { pl: 'Projekt UE (EFS)', en: 'EU project (ESF)' },
  own_funds: { pl: 'Środki własne gminy', en: "The municipality's own funds" },
  other: { pl: 'Inne źródło', en: 'Other source' },
};
const formLabels: Record<EmploymentForm, Text> = {
  employment_task_based: {
    pl: 'Umowa o pracę (zadaniowy czas pracy)',
    en: 'Employment contract (task-based time)',
  },
  service_contract: { pl: 'Umowa o świadczenie usług', en: 'Service contract' },
  other: { pl: 'Inna forma', en: 'Other form' },
};

const periodText = (period: { from: string; to: string }) => `${period.from} – ${period.to}`;

export function reportTable(report: Report, locale: Locale): ReportTable {
  const t = (text: Text) => text[locale];
  const { staff, families } = report;
  return {
    title: t(texts.title),
    period: periodText(report.period),
    rows: [
      { label: t(texts.staff), value: null, heading: true },
      { label: t(texts.total), value: staff.total },
      { label: t(texts.atEnd), value: staff.atEnd },
      { label: t(texts.fteAverage), value: staff.fteAverage },
      { label: t(texts.fteAtEnd), value: staff.fteAtEnd },
      { label: t(texts.byFunding), value: null, heading: true },
      ...fundingSources.map((source) => ({
        label: t(fundingLabels[source]),
        value: staff.byFunding[source],
      })),
      { label: t(texts.byForm), value: null, heading: true },
      ...employmentForms.map((form) => ({ label: t(formLabels[form]), value: staff.byForm[form] })),
      { label: t(texts.families), value: null, heading: true },
      { label: t(texts.supported), value: families.families },
      { label: t(texts.courtOrdered), value: families.courtOrdered },
      { label: t(texts.zaZyciem), value: families.zaZyciem },
      { label: t(texts.started), value: families.started },
      { label: t(texts.closed), value: families.closed },
      { label: t(texts.children), value: families.children },
      { label: t(texts.closures), value: null, heading: true },
      ...closureReasons.map((reason) => ({
        label: t(closureReasonTexts[reason]),
        value: families.closures[reason],
      })),
      { label: t(texts.averageDays), value: families.averageDays },
      { label: t(texts.medianDays), value: families.medianDays },
      { label: t(texts.contacts), value: report.contacts },
    ],
    notes: [t(texts.noteStaff), t(texts.noteChildren)],
  };
}

export function stateTable(report: StateReport, locale: Locale): ReportTable {
  return {
    title: texts.state[locale],
    period: periodText(report.period),
    rows: report.rows.map((row) => ({ label: row.label, value: row.value })),
    notes: [texts.noteStaff[locale], texts.noteChildren[locale]],
  };
}

export async function reportXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(table.title.slice(0, 31));
  ws.addRow([table.title]).font = { bold: true, size: 14 };
  ws.addRow([table.period]);
  ws.addRow([]);
  for (const row of table.rows) {
    const added = ws.addRow(row.heading ? [row.label] : [row.label, row.value]);
    if (row.heading) added.font = { bold: true };
  }
  ws.addRow([]);
  for (const note of table.notes) ws.addRow([note]).font = { italic: true };
  ws.getColumn(1).width = 70;
  ws.getColumn(2).width = 14;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[";\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** CSV as spreadsheets in Poland open it: semicolons, a BOM for UTF-8, decimal commas. */
export function reportCsv(table: ReportTable): Buffer {
  const lines = table.rows
    .filter((row) => !row.heading)
    .map((row) =>
      [row.label, typeof row.value === 'number' ? String(row.value).replace('.', ',') : row.value]
        .map(csvCell)
        .join(';'),
    );
  return Buffer.from(
    `\uFEFF${[csvCell(table.title), csvCell(table.period), ...lines].join('\r\n')}\r\n`,
    'utf8',
  );
}
