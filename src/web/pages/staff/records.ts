import type { z } from 'zod';
import type { Development, EmploymentPeriod, Equipment } from '../../../contract/staff';
import { type DevelopmentKind, developmentKinds } from '../../../domain/staff';

/** Whether a period of employment covers the day (an open end lasts until further notice). */
export function coversDay(period: Pick<EmploymentPeriod, 'startsOn' | 'endsOn'>, day: string): boolean {
  return period.startsOn <= day && (period.endsOn === null || period.endsOn >= day);
}

/** Periods of employment, the latest start first: the current one is read at the top. */
export function byLatestStart<T extends Pick<EmploymentPeriod, 'startsOn'>>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
}

/** Trainings and meetings, the latest first. */
export function byLatestDate<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date));
}

/** Equipment still with the person first, then by the day it was issued, the latest first. */
export function equipmentInOrder<T extends Pick<z.infer<typeof Equipment>, 'issuedOn' | 'returnedOn'>>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      Number(a.returnedOn !== null) - Number(b.returnedOn !== null) || b.issuedOn.localeCompare(a.issuedOn),
  );
}

/** The hours of each kind of training and support attended in a calendar year (kinds without any at 0). */
export function hoursByKind(
  items: readonly Pick<z.infer<typeof Development>, 'kind' | 'date' | 'hours'>[],
  year: number,
): Record<DevelopmentKind, number> {
  const totals = Object.fromEntries(developmentKinds.map((kind) => [kind, 0])) as Record<
    DevelopmentKind,
    number
  >;
  for (const item of items) {
    if (item.date.startsWith(`${year}-`) && item.hours !== null) totals[item.kind] += item.hours;
  }
  return totals;
}

/** Text to find a person by, whatever the case and the Polish letters typed: "Łucja" by "lucja". */
export function searchable(text: string): string {
  return text
    .toLocaleLowerCase('pl')
    .replaceAll('ł', 'l')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}
