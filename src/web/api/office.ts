import { useQuery } from '@tanstack/react-query';
import { ProblemTypeList, StaffList } from '../../contract/office';
import type { Role } from '../../contract/roles';
import { api } from './client';

export const officeKeys = {
  problemTypes: ['problem-types'] as const,
  staff: (role: Role) => ['staff', role] as const,
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
