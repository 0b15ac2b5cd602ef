import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Ok } from '../../contract/common';
import {
  Calendar,
  type CancelVisitBody,
  Contact,
  type ContactBody,
  ContactList,
  PlannedVisit,
  type PlanVisitBody,
  type UpdateContactBody,
  type UpdateVisitBody,
  type UpdateWorkRecordBody,
  VisitableEngagements,
  type VisitHeldBody,
  WorkRecord,
  type WorkRecordBody,
} from '../../contract/contacts';
import { api } from './client';
import { engagementsKeys } from './engagements';
import { problemCode } from './errors';
import { frequencyKeys } from './frequency';
import { useInfiniteList } from './infiniteList';
import { timesheetKeys } from './timesheet';

/** The days a calendar shows, both included (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

/** A record as it was read: which one, and the version a change starts from. */
export interface Versioned {
  id: string;
  version: number;
}

export const contactsKeys = {
  all: ['contacts'] as const,
  log: (engagementId: string) => ['contacts', 'log', engagementId] as const,
};

export const calendarKeys = {
  all: ['calendar'] as const,
  mine: ({ from, to }: DateRange) => ['calendar', 'mine', from, to] as const,
  team: ({ from, to }: DateRange, assistantId: string | null) =>
    ['calendar', 'team', from, to, assistantId ?? 'all'] as const,
  engagements: ['calendar', 'engagements'] as const,
};

const path = (collection: string, id: string, rest = '') =>
  `/api/${collection}/${encodeURIComponent(id)}${rest ? `/${rest}` : ''}`;

/** Answers after which what the page shows is out of date: someone changed the record meanwhile. */
const staleCodes = new Set(['conflict', 'visit_not_planned', 'invalid_transition']);

/**
 * Every change to the person's time (a contact, a visit, other work) shows in the calendar, the
 * contact log, the engagement's page, the contact frequency and the timesheet, so all of them
 * reload — also after a refusal because the record had changed meanwhile.
 */
function useTimeMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all(
      [calendarKeys.all, contactsKeys.all, engagementsKeys.all, frequencyKeys.all, timesheetKeys.all].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
  return useMutation({
    mutationFn: call,
    onSuccess: reload,
    onError: (error) => {
      if (staleCodes.has(problemCode(error) ?? '')) void reload();
    },
  });
}

// ── the contact log ──────────────────────────────────────────────────────────────────────────

/** The engagement's contacts, newest first, a page at a time. */
export function useContactLog(engagementId: string) {
  return useInfiniteList({
    queryKey: contactsKeys.log(engagementId),
    path: path('engagements', engagementId, 'contacts'),
    schema: ContactList,
    query: {},
  });
}

/** Records a contact held with the family or, given the contact as it was read, corrects it. */
export function useSaveContact(engagementId: string, contact: Versioned | null) {
  return useTimeMutation((body: ContactBody) =>
    contact
      ? api(path('contacts', contact.id), {
          method: 'PUT',
          body: { ...body, version: contact.version } satisfies UpdateContactBody,
          schema: Contact,
        })
      : api(path('engagements', engagementId, 'contacts'), { method: 'POST', body, schema: Contact }),
  );
}

/** Deletes a contact recorded by mistake; a visit it recorded is planned again. */
export function useDeleteContact() {
  return useTimeMutation(({ id, version }: Versioned) =>
    api(path('contacts', id), { method: 'DELETE', query: { version }, schema: Ok }),
  );
}

// ── the calendar ─────────────────────────────────────────────────────────────────────────────

/** One's own visits, contacts, other work, duty hours and the public holidays of the days. */
export function useCalendar(range: DateRange) {
  return useQuery({
    queryKey: calendarKeys.mine(range),
    queryFn: ({ signal }) => api('/api/calendar', { schema: Calendar, signal, query: { ...range } }),
    // The next week keeps the current one on screen until it arrives.
    placeholderData: keepPreviousData,
  });
}

/** The same for the whole team, or for one assistant of it. */
export function useTeamCalendar(range: DateRange, assistantId: string | null) {
  return useQuery({
    queryKey: calendarKeys.team(range, assistantId),
    queryFn: ({ signal }) =>
      api('/api/calendar/team', { schema: Calendar, signal, query: { ...range, assistantId } }),
    placeholderData: keepPreviousData,
  });
}

/** One's own open engagements: the families a visit can be planned with. */
export function useVisitableEngagements() {
  return useQuery({
    queryKey: calendarKeys.engagements,
    queryFn: ({ signal }) => api('/api/calendar/engagements', { schema: VisitableEngagements, signal }),
    select: (data) => data.items,
  });
}

/** A visit as the planning form sends it: with the engagement (the family) it is for. */
export type VisitInput = PlanVisitBody & { engagementId: string };

/** Plans a visit or, given the visit as it was read, moves or changes it (not its family). */
export function useSaveVisit(visit: Versioned | null) {
  return useTimeMutation(({ engagementId, ...body }: VisitInput) =>
    visit
      ? api(path('visits', visit.id), {
          method: 'PUT',
          body: { ...body, version: visit.version } satisfies UpdateVisitBody,
          schema: PlannedVisit,
        })
      : api(path('engagements', engagementId, 'visits'), { method: 'POST', body, schema: PlannedVisit }),
  );
}

/** The visit took place: records its contact. */
export function useMarkVisitHeld(visit: Versioned) {
  return useTimeMutation((body: ContactBody) =>
    api(path('visits', visit.id, 'held'), {
      method: 'POST',
      body: { ...body, version: visit.version } satisfies VisitHeldBody,
      schema: Contact,
    }),
  );
}

/** The visit did not take place, and why. */
export function useCancelVisit(visit: Versioned) {
  return useTimeMutation((body: Omit<CancelVisitBody, 'version'>) =>
    api(path('visits', visit.id, 'cancel'), {
      method: 'POST',
      body: { ...body, version: visit.version } satisfies CancelVisitBody,
      schema: PlannedVisit,
    }),
  );
}

// ── other work ───────────────────────────────────────────────────────────────────────────────

/** Records other work or, given the record as it was read, corrects it. */
export function useSaveWork(record: Versioned | null) {
  return useTimeMutation((body: WorkRecordBody) =>
    record
      ? api(path('work-records', record.id), {
          method: 'PUT',
          body: { ...body, version: record.version } satisfies UpdateWorkRecordBody,
          schema: WorkRecord,
        })
      : api('/api/work-records', { method: 'POST', body, schema: WorkRecord }),
  );
}

export function useDeleteWork() {
  return useTimeMutation(({ id, version }: Versioned) =>
    api(path('work-records', id), { method: 'DELETE', query: { version }, schema: Ok }),
  );
}
