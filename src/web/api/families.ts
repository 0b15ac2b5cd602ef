import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FamilyFile } from '../../contract/families';
import { api } from './client';

export const familiesKeys = {
  all: ['families'] as const,
  file: (id: string) => ['families', 'file', id] as const,
};

/** A family's file; opening it is audited on the server. */
export function useFamilyFile(id: string) {
  return useQuery({
    queryKey: familiesKeys.file(id),
    queryFn: ({ signal }) => api(`/api/families/${encodeURIComponent(id)}`, { schema: FamilyFile, signal }),
  });
}

/**
 * A change to a family's file: every such endpoint answers with the file as it is after the
 * change, which replaces the cached one; lists reload.
 */
export function useFamilyFileMutation<Input>(familyId: string, call: (input: Input) => Promise<FamilyFile>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (file) => {
      queryClient.setQueryData(familiesKeys.file(familyId), file);
      await queryClient.invalidateQueries({ queryKey: familiesKeys.all, refetchType: 'inactive' });
    },
  });
}

/** Calls an endpoint that answers with the family's file. */
export const callForFile = (path: string, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', body?: unknown) =>
  api(path, { method, body, schema: FamilyFile });
