import { type ClosureReason, closureReasons } from './engagement';
import type { FamilyFigures, StaffFigures } from './reports';
import { type EmploymentForm, employmentForms, type FundingSource, fundingSources } from './staff';

/*
 * The state's half-year report on family support (LAW §3.1) asks for figures whose rows change
 * with the form: a definition maps each row to one of the figures the records give, and the
 * administrator may edit it when the form changes.
 */

export const reportMetrics = [
  'assistants.total',
  'assistants.atEnd',
  ...employmentForms.map((form) => `assistants.form.${form}` as const),
  ...fundingSources.map((source) => `assistants.funding.${source}` as const),
  'assistants.fteAverage',
  'assistants.fteAtEnd',
  'families.total',
  'families.courtOrdered',
  'families.zaZyciem',
  'families.started',
  'families.closed',
  'children',
  'closures.total',
  ...closureReasons.map((reason) => `closures.${reason}` as const),
  'engagements.averageDays',
  'engagements.medianDays',
  'contacts',
] as const;
export type ReportMetric = (typeof reportMetrics)[number];

export interface ReportFigures {
  staff: StaffFigures;
  families: FamilyFigures;
  contacts: number;
}

/** The value of one figure of a report. */
export function metricValue(
  { staff, families, contacts }: ReportFigures,
  metric: ReportMetric,
): number | null {
  const [group, key] = metric.split('.') as [string, string | undefined];
  if (metric.startsWith('assistants.form.')) return staff.byForm[metric.slice(16) as EmploymentForm];
  if (metric.startsWith('assistants.funding.')) return staff.byFunding[metric.slice(19) as FundingSource];
  switch (metric) {
    case 'assistants.total':
      return staff.total;
    case 'assistants.atEnd':
      return staff.atEnd;
    case 'assistants.fteAverage':
      return staff.fteAverage;
    case 'assistants.fteAtEnd':
      return staff.fteAtEnd;
    case 'families.total':
      return families.families;
    case 'families.courtOrdered':
      return families.courtOrdered;
    case 'families.zaZyciem':
      return families.zaZyciem;
    case 'families.started':
      return families.started;
    case 'families.closed':
      return families.closed;
    case 'children':
      return families.children;
    case 'closures.total':
      return Object.values(families.closures).reduce((a, b) => a + b, 0);
    case 'engagements.averageDays':
      return families.averageDays;
    case 'engagements.medianDays':
      return families.medianDays;
    case 'contacts':
      return contacts;
  }
  return group === 'closures' ? families.closures[key as ClosureReason] : null;
}

/** The rows as the form is known to ask for them; the office changes them when it changes. */
export const defaultStateRows: { label: string; metric: ReportMetric }[] = [
  { label: 'Asystenci rodziny zatrudnieni w okresie — ogółem (osoby)', metric: 'assistants.total' },
  {
    label: 'w tym w ramach stosunku pracy w systemie zadaniowego czasu pracy',
    metric: 'assistants.form.employment_task_based',
  },
  { label: 'w tym na podstawie umowy o świadczenie usług', metric: 'assistants.form.service_contract' },
  { label: 'Asystenci rodziny — stan na ostatni dzień okresu (osoby)', metric: 'assistants.atEnd' },
  { label: 'Asystenci rodziny — przeciętna liczba etatów w okresie', metric: 'assistants.fteAverage' },
  { label: 'Rodziny korzystające z usług asystenta rodziny', metric: 'families.total' },
  {
    label: 'w tym rodziny zobowiązane przez sąd do współpracy z asystentem',
    metric: 'families.courtOrdered',
  },
  { label: 'w tym rodziny objęte wsparciem w ramach ustawy „Za życiem”', metric: 'families.zaZyciem' },
  { label: 'Liczba dzieci w rodzinach korzystających z usług asystenta rodziny', metric: 'children' },
  { label: 'Rodziny, z którymi zakończono pracę — ogółem', metric: 'closures.total' },
  { label: 'w tym z powodu osiągnięcia celów', metric: 'closures.goals_achieved' },
  { label: 'w tym z powodu rezygnacji rodziny ze współpracy', metric: 'closures.family_withdrew' },
  { label: 'w tym z powodu braku efektów', metric: 'closures.no_effects' },
  { label: 'w tym z powodu zmiany metody pracy', metric: 'closures.method_change' },
  { label: 'w tym z powodu osiągnięcia pełnoletności przez dziecko', metric: 'closures.child_of_age' },
  { label: 'w tym na podstawie orzeczenia sądu', metric: 'closures.court_decision' },
];
