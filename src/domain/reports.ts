import { daysBetween } from './calendar';
import { type ClosureReason, closureReasons } from './engagement';
import {
  type EmploymentForm,
  employmentForms,
  type FundingSource,
  fundingSources,
  type Position,
} from './staff';

/*
 * The figures of a year or a half-year, computed from the records and never typed in: the
 * assistants employed (and how paid), the families supported, the children living in them,
 * the closures and their reasons (LAW §3.1, BRIEF "Statistics the sources report").
 */

/** A period of days, both ends included. */
export interface Period {
  from: string;
  to: string;
}

export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });
export const halfYearPeriod = (year: number, half: 1 | 2): Period =>
  half === 1
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };

const overlaps = (from: string, to: string | null, period: Period) =>
  from <= period.to && (to === null || to >= period.from);

/** Days of [from, to] within the period. */
function daysWithin(from: string, to: string | null, period: Period): number {
  const start = from > period.from ? from : period.from;
  const end = to === null || to > period.to ? period.to : to;
  return start > end ? 0 : daysBetween(start, end) + 1;
}

export interface EmploymentRecord {
  personId: string;
  position: Position;
  from: string;
  to: string | null;
  form: EmploymentForm;
  fte: number;
  funding: FundingSource;
}

export interface StaffFigures {
  /** Assistants employed on any day of the period, each person once. */
  total: number;
  /** Assistants employed on the period's last day (the state's "as at 31 December"). */
  atEnd: number;
  /** Persons under each source that paid them in the period: one person may count under several. */
  byFunding: Record<FundingSource, number>;
  /** Persons under each form of employment they had in the period: one may count under several. */
  byForm: Record<EmploymentForm, number>;
  /** Full-time equivalents averaged over the period's days, and on its last day. */
  fteAverage: number;
  fteAtEnd: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const distinct = (records: readonly { personId: string }[]) => new Set(records.map((r) => r.personId)).size;
const countBy = <K extends string>(
  keys: readonly K[],
  records: readonly EmploymentRecord[],
  key: (r: EmploymentRecord) => K,
) =>
  Object.fromEntries(keys.map((k) => [k, distinct(records.filter((r) => key(r) === k))])) as Record<
    K,
    number
  >;

export function staffFigures(records: readonly EmploymentRecord[], period: Period): StaffFigures {
  const inPeriod = records.filter((r) => r.position === 'family_assistant' && overlaps(r.from, r.to, period));
  const atEnd = inPeriod.filter((r) => overlaps(r.from, r.to, { from: period.to, to: period.to }));
  const periodDays = daysBetween(period.from, period.to) + 1;
  return {
    total: distinct(inPeriod),
    atEnd: distinct(atEnd),
    byFunding: countBy(fundingSources, inPeriod, (r) => r.funding),
    byForm: countBy(employmentForms, inPeriod, (r) => r.form),
    fteAverage: round2(
      inPeriod.reduce((sum, r) => sum + (r.fte * daysWithin(r.from, r.to, period)) / periodDays, 0),
    ),
    fteAtEnd: round2(atEnd.reduce((sum, r) => sum + r.fte, 0)),
  };
}

export interface EngagementRecord {
  familyId: string;
  /** The day the assistant was assigned. */
  from: string;
  closedOn: string | null;
  closureReason: ClosureReason | null;
  courtOrdered: boolean;
  zaZyciem: boolean;
}

export interface MemberRecord {
  familyId: string;
  personId: string;
  birthDate: string | null;
}

export interface FamilyFigures {
  /** Families with any day of an engagement within the period. */
  families: number;
  courtOrdered: number;
  zaZyciem: number;
  /** Families whose engagement began in the period, and whose engagement ended in it. */
  started: number;
  closed: number;
  /** Members under 18 on the period's last day, or at the engagement's closure if earlier; each child once. */
  children: number;
  closures: Record<ClosureReason, number>;
  /** Length of the engagements closed in the period, in days. */
  averageDays: number | null;
  medianDays: number | null;
}

/** Whether a person born on `birthDate` is a child (born, and not yet 18) on `day`. */
export function isChildOn(birthDate: string, day: string): boolean {
  const [y, m, d] = birthDate.split('-');
  return birthDate <= day && `${Number(y) + 18}-${m}-${d}` > day;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function familyFigures(
  engagements: readonly EngagementRecord[],
  members: readonly MemberRecord[],
  period: Period,
): FamilyFigures {
  const inPeriod = engagements.filter((e) => overlaps(e.from, e.closedOn, period));
  const families = (list: readonly EngagementRecord[]) => new Set(list.map((e) => e.familyId)).size;
  const closedIn = inPeriod.filter((e) => e.closedOn !== null && e.closedOn <= period.to);
  const membersOf = new Map<string, MemberRecord[]>();
  for (const member of members)
    membersOf.set(member.familyId, [...(membersOf.get(member.familyId) ?? []), member]);
  const children = new Set<string>();
  for (const engagement of inPeriod) {
    const day = engagement.closedOn && engagement.closedOn < period.to ? engagement.closedOn : period.to;
    for (const member of membersOf.get(engagement.familyId) ?? []) {
      if (member.birthDate && isChildOn(member.birthDate, day)) children.add(member.personId);
    }
  }
  const lengths = closedIn.map((e) => daysBetween(e.from, e.closedOn as string));
  return {
    families: families(inPeriod),
    courtOrdered: families(inPeriod.filter((e) => e.courtOrdered)),
    zaZyciem: families(inPeriod.filter((e) => e.zaZyciem)),
    started: families(inPeriod.filter((e) => e.from >= period.from)),
    closed: families(closedIn),
    children: children.size,
    closures: Object.fromEntries(
      closureReasons.map((reason) => [reason, closedIn.filter((e) => e.closureReason === reason).length]),
    ) as Record<ClosureReason, number>,
    averageDays: lengths.length ? Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length) : null,
    medianDays: median(lengths),
  };
}
