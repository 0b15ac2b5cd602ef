import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  CaseloadOverview,
  type DevelopmentBody,
  type EmploymentBody,
  type EquipmentBody,
  type QualificationBody,
  StaffRecord,
  StaffRecordList,
} from '../../contract/staff';
import { api } from './client';
import type { Versioned } from './contacts';
import { problemCode } from './errors';
import { reportsKeys } from './reports';

export const staffKeys = {
  /** Every staff query: a change to a record reloads the list too (its current employment). */
  all: ['staff-records'] as const,
  list: ['staff-records', 'list'] as const,
  one: (id: string) => ['staff-records', 'one', id] as const,
};

/** Under the assignment lists' key, so assigning or closing a family reloads the overview too. */
export const caseloadOverviewKey = ['caseloads', 'overview'] as const;

/** Every account of the office with what is true of its employment today. */
export function useStaffList() {
  return useQuery({
    queryKey: staffKeys.list,
    queryFn: ({ signal }) => api('/api/staff-records', { schema: StaffRecordList, signal }),
    select: (data) => data.items,
  });
}

/** One person's staff record: employment periods, qualifications, trainings, equipment. */
export function useStaffRecord(id: string) {
  return useQuery({
    queryKey: staffKeys.one(id),
    queryFn: ({ signal }) =>
      api(`/api/staff-records/${encodeURIComponent(id)}`, { schema: StaffRecord, signal }),
  });
}

type Body<S extends z.ZodType> = z.input<S>;

/**
 * A change to a person's record. The server answers with the whole record, which replaces the
 * one shown; the staff list and the reports, which count employment, reload. When someone
 * changed the record meanwhile (409) it reloads, so the next attempt starts from what is stored.
 */
function useStaffMutation<Input>(personId: string, call: (input: Input) => Promise<StaffRecord>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (record) => {
      queryClient.setQueryData(staffKeys.one(personId), record);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: staffKeys.list }),
        queryClient.invalidateQueries({ queryKey: reportsKeys.all }),
      ]);
    },
    onError: (error) => {
      if (problemCode(error) === 'conflict' || problemCode(error) === 'not_found') {
        void queryClient.invalidateQueries({ queryKey: staffKeys.one(personId) });
      }
    },
  });
}

const personPath = (personId: string, part: string) =>
  `/api/staff-records/${encodeURIComponent(personId)}/${part}`;
const recordPath = (kind: string, id: string) => `/api/${kind}/${encodeURIComponent(id)}`;

/** Adds an entry to the person's record, or changes one (optimistic locking by `version`). */
function useSaveEntry<B extends object>(personId: string, kind: string, entry: Versioned | null) {
  return useStaffMutation(personId, (body: B) =>
    entry
      ? api(recordPath(kind, entry.id), {
          method: 'PUT',
          body: { ...body, version: entry.version },
          schema: StaffRecord,
        })
      : api(personPath(personId, kind), { method: 'POST', body, schema: StaffRecord }),
  );
}

/** Records a period of employment (form, FTE, who paid for it), or changes `period`. */
export function useSaveEmployment(personId: string, period: Versioned | null) {
  return useSaveEntry<Body<typeof EmploymentBody>>(personId, 'employment', period);
}

/** Removes a period recorded by mistake. */
export function useRemoveEmployment(personId: string) {
  return useStaffMutation(personId, ({ id, version }: { id: string; version: number }) =>
    api(recordPath('employment', id), { method: 'DELETE', body: { version }, schema: StaffRecord }),
  );
}

/** Adds a qualification (a course, a degree, a certificate). */
export function useAddQualification(personId: string) {
  return useStaffMutation(personId, (body: Body<typeof QualificationBody>) =>
    api(personPath(personId, 'qualifications'), { method: 'POST', body, schema: StaffRecord }),
  );
}

export function useRemoveQualification(personId: string) {
  return useStaffMutation(personId, ({ id }: { id: string }) =>
    api(recordPath('qualifications', id), { method: 'DELETE', schema: StaffRecord }),
  );
}

/** Records a training, supervision or meeting the person attended. */
export function useAddDevelopment(personId: string) {
  return useStaffMutation(personId, (body: Body<typeof DevelopmentBody>) =>
    api(personPath(personId, 'development'), { method: 'POST', body, schema: StaffRecord }),
  );
}

export function useRemoveDevelopment(personId: string) {
  return useStaffMutation(personId, ({ id }: { id: string }) =>
    api(recordPath('development', id), { method: 'DELETE', schema: StaffRecord }),
  );
}

/**
 * Records equipment issued to the person (a ticket, a phone, an ID card), or changes `item` or
 * records its return.
 */
export function useSaveEquipment(personId: string, item: Versioned | null) {
  return useSaveEntry<Body<typeof EquipmentBody>>(personId, 'equipment', item);
}

export function useRemoveEquipment(personId: string) {
  return useStaffMutation(personId, ({ id, version }: { id: string; version: number }) =>
    api(recordPath('equipment', id), { method: 'DELETE', body: { version }, schema: StaffRecord }),
  );
}

/** Each assistant's load: families in work and in monitoring, places of 15, contacts, overdue deadlines. */
export function useCaseloadOverview() {
  return useQuery({
    queryKey: caseloadOverviewKey,
    queryFn: ({ signal }) => api('/api/caseloads/overview', { schema: CaseloadOverview, signal }),
  });
}
