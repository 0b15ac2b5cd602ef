import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  OfficeSettings,
  ProblemType,
  ProblemTypeList,
  StaffList,
  type UpdateOfficeBody,
  type UpdateProblemTypeBody,
} from '../../contract/office';
import type { Role } from '../../contract/roles';
import { api } from './client';
import { caseloadsKey } from './intake';
import { meKey } from './queryClient';

export const officeKeys = {
  problemTypes: ['problem-types'] as const,
  staff: (role: Role) => ['staff', role] as const,
  settings: ['office'] as const,
};

/** The office's dictionary of family problems, retired ones included (pickers offer `active` ones). */
export function useProblemTypes() {
  return useQuery({
    queryKey: officeKeys.problemTypes,
    queryFn: ({ signal }) => api('/api/problem-types', { schema: ProblemTypeList, signal }),
    select: (data) => data.items,
  });
}

/** Active colleagues with a role, by name: for choosing a social worker or an assistant. */
export function useStaff(role: Role) {
  return useQuery({
    queryKey: officeKeys.staff(role),
    queryFn: ({ signal }) => api('/api/staff', { schema: StaffList, signal, query: { role } }),
    select: (data) => data.items,
  });
}

/** The office's data and its own rules (caseload warning, monitoring in the load). */
export function useOfficeSettings() {
  return useQuery({
    queryKey: officeKeys.settings,
    queryFn: ({ signal }) => api('/api/office', { schema: OfficeSettings, signal }),
  });
}

/** Saves the office's data and rules (optimistic locking by `version`). */
export function useUpdateOffice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOfficeBody) =>
      api('/api/office', { method: 'PATCH', body, schema: OfficeSettings }),
    onSuccess: async (office) => {
      queryClient.setQueryData(officeKeys.settings, office);
      // The header shows the office's name; the loads follow its rules.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meKey }),
        queryClient.invalidateQueries({ queryKey: caseloadsKey }),
      ]);
    },
  });
}

/** Adds a problem to the dictionary. */
export function useCreateProblemType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) =>
      api('/api/problem-types', { method: 'POST', body, schema: ProblemType }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officeKeys.problemTypes }),
  });
}

/** Renames, retires or restores a problem of the dictionary. */
export function useUpdateProblemType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateProblemTypeBody & { id: string }) =>
      api(`/api/problem-types/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: ProblemType }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officeKeys.problemTypes }),
  });
}
