import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Ok } from '../../contract/common';
import { DutyHour, type DutyHourBody, DutyRoster, type UpdateDutyHourBody } from '../../contract/contacts';
import { api } from './client';
import { calendarKeys } from './contacts';

export const dutyKeys = {
  all: ['duty-hours'] as const,
  roster: (on: string) => ['duty-hours', on] as const,
};

const dutyPath = (id: string) => `/api/duty-hours/${encodeURIComponent(id)}`;

/** The duty hours in force on a day, with the office's address for the families' list. */
export function useDutyRoster(on: string) {
  return useQuery({
    queryKey: dutyKeys.roster(on),
    queryFn: ({ signal }) => api('/api/duty-hours', { schema: DutyRoster, signal, query: { on } }),
    placeholderData: keepPreviousData,
  });
}

/**
 * A change to the roster. Whether it went through or failed because someone changed the roster
 * meanwhile, the rosters reload, so the next attempt starts from what is stored; the calendars,
 * which show duty hours too, reload with them.
 */
function useDutyMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () =>
      Promise.all(
        [dutyKeys.all, calendarKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}

/** Adds a weekly duty hour to an assistant's roster. */
export function useCreateDutyHour() {
  return useDutyMutation((body: DutyHourBody) =>
    api('/api/duty-hours', { method: 'POST', body, schema: DutyHour }),
  );
}

/** Changes a duty hour (optimistic locking by `version`). */
export function useUpdateDutyHour() {
  return useDutyMutation(({ id, ...body }: UpdateDutyHourBody & { id: string }) =>
    api(dutyPath(id), { method: 'PUT', body, schema: DutyHour }),
  );
}

/** Removes a duty hour from the roster. */
export function useDeleteDutyHour() {
  return useDutyMutation(({ id, version }: { id: string; version: number }) =>
    api(dutyPath(id), { method: 'DELETE', query: { version }, schema: Ok }),
  );
}
