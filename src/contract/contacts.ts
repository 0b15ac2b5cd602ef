import { z } from 'zod';
import {
  cancelReasons,
  contactKinds,
  contactPlaces,
  TIME_OF_DAY,
  visitStatuses,
  workKinds,
} from '../domain/contacts';
import {
  DateOnly,
  FamilyRef,
  Id,
  ListQuery,
  Month,
  OptionalText,
  page,
  Text,
  TimeOfDay,
  UserRef,
  Version,
} from './common';
import { EngagementStatus } from './intake';

/*
 * The assistant's time with families and without them: the contact log of an engagement, the
 * calendar of planned visits, the office's duty roster, other work, the monthly timesheet and
 * the contact frequency against the office's target.
 */

export const ContactKind = z.enum(contactKinds);
export type ContactKind = z.infer<typeof ContactKind>;
export const ContactPlace = z.enum(contactPlaces);
export type ContactPlace = z.infer<typeof ContactPlace>;
export const CancelReason = z.enum(cancelReasons);
export type CancelReason = z.infer<typeof CancelReason>;
export const VisitStatus = z.enum(visitStatuses);
export const WorkKind = z.enum(workKinds);
export type WorkKind = z.infer<typeof WorkKind>;

/** A span of one day: the end comes after the start. */
const Span = z.object({ date: DateOnly, startTime: TimeOfDay, endTime: TimeOfDay });
const endAfterStart = (value: { startTime?: string; endTime?: string }, ctx: z.RefinementCtx) => {
  const { startTime = '', endTime = '' } = value;
  if (TIME_OF_DAY.test(startTime) && TIME_OF_DAY.test(endTime) && endTime <= startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'end_before_start' });
  }
};
const spanned = <T extends z.ZodRawShape>(shape: T) => Span.extend(shape).superRefine(endAfterStart);

// ── contacts ─────────────────────────────────────────────────────────────────────────────────

const contactFields = {
  kind: ContactKind,
  place: ContactPlace,
  placeNote: OptionalText(300),
  participants: z.object({
    /** Members of the family who took part. */
    memberIds: z.array(Id).max(40),
    /** Others, as written (a teacher, the probation officer). */
    others: OptionalText(1000),
  }),
  /** What was done. */
  description: Text(20000).min(1),
  /** The work plan's actions the contact advanced. */
  actionIds: z.array(Id).max(60),
  followUps: OptionalText(5000),
};

export const ContactBody = spanned(contactFields);
export type ContactBody = z.infer<typeof ContactBody>;
export const UpdateContactBody = spanned({ ...contactFields, version: Version });
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;

export const Contact = z.object({
  id: Id,
  engagementId: Id,
  family: FamilyRef,
  assistant: UserRef,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  kind: ContactKind,
  place: ContactPlace,
  placeNote: z.string().nullable(),
  participants: z.object({
    members: z.array(z.object({ personId: Id, name: z.string() })),
    others: z.string().nullable(),
  }),
  description: z.string(),
  actions: z.array(z.object({ id: Id, description: z.string() })),
  followUps: z.string().nullable(),
  plannedVisitId: Id.nullable(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof Contact>;
export const ContactList = page(Contact);
export type ContactList = z.infer<typeof ContactList>;

export const VersionQuery = z.object({ version: z.coerce.number().int().positive() });

/** Newest first; `from`/`to` bound the dates. */
export const ContactListQuery = ListQuery.omit({ q: true }).extend({
  from: DateOnly.optional(),
  to: DateOnly.optional(),
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;
/** One assistant's contacts (one's own when `assistantId` is left out). */
export const AssistantContactsQuery = ContactListQuery.extend({ assistantId: Id.optional() });
export type AssistantContactsQuery = z.infer<typeof AssistantContactsQuery>;

// ── the calendar ─────────────────────────────────────────────────────────────────────────────

const visitFields = { kind: ContactKind, place: ContactPlace, note: OptionalText(1000) };
export const PlanVisitBody = spanned(visitFields);
export type PlanVisitBody = z.infer<typeof PlanVisitBody>;
export const UpdateVisitBody = spanned({ ...visitFields, version: Version });
export type UpdateVisitBody = z.infer<typeof UpdateVisitBody>;

/** The visit took place: it becomes a contact with what was done. */
export const VisitHeldBody = UpdateContactBody;
export type VisitHeldBody = z.infer<typeof VisitHeldBody>;

export const CancelVisitBody = z.object({
  version: Version,
  reason: CancelReason,
  note: OptionalText(1000),
});
export type CancelVisitBody = z.infer<typeof CancelVisitBody>;

export const PlannedVisit = z.object({
  id: Id,
  engagementId: Id,
  family: FamilyRef,
  assistant: UserRef,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  kind: ContactKind,
  place: ContactPlace,
  note: z.string().nullable(),
  status: VisitStatus,
  cancelReason: CancelReason.nullable(),
  cancelNote: z.string().nullable(),
  contactId: Id.nullable(),
  version: z.number().int(),
});
export type PlannedVisit = z.infer<typeof PlannedVisit>;

/** A contact as the calendar shows it: when and with whom, not what was said. */
export const CalendarContact = Contact.pick({
  id: true,
  engagementId: true,
  family: true,
  assistant: true,
  date: true,
  startTime: true,
  endTime: true,
  kind: true,
  place: true,
  plannedVisitId: true,
});

export const WorkRecord = z.object({
  id: Id,
  user: UserRef,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  kind: WorkKind,
  note: z.string().nullable(),
  version: z.number().int(),
});
export type WorkRecord = z.infer<typeof WorkRecord>;

/** One day's duty hour of the roster. */
export const DutyOccurrence = z.object({
  dutyHourId: Id,
  assistant: UserRef,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
});

export const CalendarQuery = z
  .object({ from: DateOnly, to: DateOnly, assistantId: Id.optional() })
  .superRefine((value, ctx) => {
    if (value.to < value.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' });
    else if (Date.parse(value.to) - Date.parse(value.from) > 62 * 86_400_000) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' });
    }
  });
export type CalendarQuery = z.infer<typeof CalendarQuery>;

export const Calendar = z.object({
  from: z.string(),
  to: z.string(),
  visits: z.array(PlannedVisit),
  contacts: z.array(CalendarContact),
  work: z.array(WorkRecord),
  duty: z.array(DutyOccurrence),
  /** Public holidays in the range, with their Polish names. */
  holidays: z.array(z.object({ date: z.string(), name: z.string() })),
});
export type Calendar = z.infer<typeof Calendar>;

/** The open engagements one can plan visits for: one's own families. */
export const VisitableEngagements = z.object({
  items: z.array(z.object({ engagementId: Id, family: FamilyRef, status: EngagementStatus })),
});
export type VisitableEngagements = z.infer<typeof VisitableEngagements>;

// ── other work ───────────────────────────────────────────────────────────────────────────────

const workFields = { kind: WorkKind, note: OptionalText(2000) };
export const WorkRecordBody = spanned(workFields);
export type WorkRecordBody = z.infer<typeof WorkRecordBody>;
export const UpdateWorkRecordBody = spanned({ ...workFields, version: Version });
export type UpdateWorkRecordBody = z.infer<typeof UpdateWorkRecordBody>;

// ── the duty roster ──────────────────────────────────────────────────────────────────────────

const dutyFields = {
  assistantId: Id,
  /** 1 = Monday … 5 = Friday. */
  weekday: z.number().int().min(1).max(5),
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  place: Text(200).min(1),
  validFrom: DateOnly,
  validTo: DateOnly.nullable(),
};
const validity = (value: { validFrom?: string; validTo?: string | null }, ctx: z.RefinementCtx) => {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'end_before_start' });
  }
};
export const DutyHourBody = z.object(dutyFields).superRefine(endAfterStart).superRefine(validity);
export type DutyHourBody = z.infer<typeof DutyHourBody>;
export const UpdateDutyHourBody = z
  .object({ ...dutyFields, version: Version })
  .superRefine(endAfterStart)
  .superRefine(validity);
export type UpdateDutyHourBody = z.infer<typeof UpdateDutyHourBody>;

export const DutyHour = z.object({
  id: Id,
  assistant: UserRef,
  weekday: z.number().int(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  version: z.number().int(),
});
export type DutyHour = z.infer<typeof DutyHour>;

export const DutyRosterQuery = z.object({ on: DateOnly.optional() });
export type DutyRosterQuery = z.infer<typeof DutyRosterQuery>;
/** The duty hours in force on a day, for the team and for the list given to families. */
export const DutyRoster = z.object({
  on: z.string(),
  office: z.object({
    name: z.string(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  items: z.array(DutyHour),
});
export type DutyRoster = z.infer<typeof DutyRoster>;

// ── the timesheet ────────────────────────────────────────────────────────────────────────────

export const TimesheetKind = z.enum(['contact', ...workKinds]);
export type TimesheetKind = z.infer<typeof TimesheetKind>;
const Minutes = z.partialRecord(TimesheetKind, z.number().int());

export const TimesheetQuery = z.object({ month: Month, assistantId: Id.optional() });
export type TimesheetQuery = z.infer<typeof TimesheetQuery>;

export const Timesheet = z.object({
  assistant: UserRef,
  month: z.string(),
  fte: z.number(),
  window: z.object({ start: z.string(), end: z.string() }),
  normMinutes: z.number().int(),
  workedMinutes: z.number().int(),
  flaggedDays: z.number().int(),
  totals: Minutes,
  days: z.array(
    z.object({
      date: z.string(),
      workingDay: z.boolean(),
      holiday: z.string().nullable(),
      minutes: Minutes,
      total: z.number().int(),
      flags: z.array(z.enum(['outside_window', 'day_off'])),
    }),
  ),
});
export type Timesheet = z.infer<typeof Timesheet>;

// ── contact frequency ────────────────────────────────────────────────────────────────────────

export const ContactFrequency = z.object({
  today: z.string(),
  /** The office's target, contacts a week. */
  target: z.number(),
  items: z.array(
    z.object({
      engagementId: Id,
      family: FamilyRef,
      assistant: UserRef,
      /** Contacts held in the last four weeks (or since the first contact). */
      held: z.number().int(),
      perWeek: z.number(),
      belowTarget: z.boolean(),
      lastContactDate: z.string().nullable(),
    }),
  ),
});
export type ContactFrequency = z.infer<typeof ContactFrequency>;

export const TeamQuery = z.object({ assistantId: Id.optional() });
export type TeamQuery = z.infer<typeof TeamQuery>;
