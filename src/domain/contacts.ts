/**
 * The assistant's contacts with a family and the rest of her working time (BRIEF step 8, "The
 * team itself"): the vocabulary and the arithmetic of times of day. Pure.
 */

export const contactKinds = [
  'home_visit',
  'consultation',
  'escort',
  'phone_call',
  'group_meeting',
  'working_meeting',
  'monitoring_visit',
] as const;
export type ContactKind = (typeof contactKinds)[number];

export const contactPlaces = ['family_home', 'office_duty', 'institution', 'phone', 'elsewhere'] as const;
export type ContactPlace = (typeof contactPlaces)[number];

/** Why a planned visit did not take place. */
export const cancelReasons = ['family_absent', 'cancelled_by_family', 'cancelled_by_assistant'] as const;
export type CancelReason = (typeof cancelReasons)[number];

export const visitStatuses = ['planned', 'held', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** Work other than contacts with families. */
export const workKinds = [
  'documentation',
  'travel',
  'training',
  'supervision',
  'team_meeting',
  'duty_hours',
  'other',
] as const;
export type WorkKind = (typeof workKinds)[number];

/** A time of day as HH:MM, 00:00–23:59. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

export interface TimeSpan {
  date: string;
  start: string;
  end: string;
}

/** Two spans of the same day overlap when each starts before the other ends (touching is fine). */
export const overlaps = (a: TimeSpan, b: TimeSpan): boolean =>
  a.date === b.date && a.start < b.end && b.start < a.end;

export const durationMinutes = (span: Pick<TimeSpan, 'start' | 'end'>): number =>
  minutesOf(span.end) - minutesOf(span.start);
