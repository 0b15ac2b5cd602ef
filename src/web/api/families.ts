import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreateContactBanBody,
  type CreateFamilyBody,
  FamilyFile,
  FamilyList,
  type FamilyStatus,
  type UpdateFamilyBody,
} from '../../contract/families';
import { type MemberInput, PersonMatch, type UpdateMemberBody } from '../../contract/people';
import { parsePesel } from '../../domain/pesel';
import { api } from './client';
import { isApiError } from './errors';
import { genogramKey } from './genogram';
import { useInfiniteList } from './infiniteList';

export interface FamilyFilters {
  q: string;
  status: FamilyStatus | null;
  problemTypeId: string | null;
  assistantId: string | null;
}

export const familiesKeys = {
  all: ['families'] as const,
  list: (filters: FamilyFilters) => ['families', 'list', filters] as const,
  file: (id: string) => ['families', 'file', id] as const,
};

export const peopleKeys = {
  all: ['people'] as const,
  byPesel: (pesel: string) => ['people', 'by-pesel', pesel] as const,
};

const familyPath = (id: string) => `/api/families/${encodeURIComponent(id)}`;

/** The families the person may see, matching the filters, a page at a time. */
export function useFamilyList(filters: FamilyFilters) {
  return useInfiniteList({
    queryKey: familiesKeys.list(filters),
    path: '/api/families',
    schema: FamilyList,
    query: {
      q: filters.q.trim(),
      status: filters.status,
      problemTypeId: filters.problemTypeId,
      assistantId: filters.assistantId,
    },
  });
}

/** A family's file; opening it is audited on the server. */
export function useFamilyFile(id: string) {
  return useQuery({
    queryKey: familiesKeys.file(id),
    queryFn: ({ signal }) => api(familyPath(id), { schema: FamilyFile, signal }),
  });
}

/** The file as stored now: a dialog reloads it after a conflicting save. */
export function fetchFamilyFile(id: string) {
  return api(familyPath(id), { schema: FamilyFile });
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
      // A person just entered may be the answer to a PESEL asked before.
      queryClient.removeQueries({ queryKey: peopleKeys.all });
      // The members are drawn in the genogram: read anew when next opened (each reading is audited).
      queryClient.removeQueries({ queryKey: genogramKey(familyId) });
      await queryClient.invalidateQueries({ queryKey: familiesKeys.all, refetchType: 'inactive' });
    },
  });
}

/** Calls an endpoint that answers with the family's file. */
export const callForFile = (path: string, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', body?: unknown) =>
  api(path, { method, body, schema: FamilyFile });

/** Registers a family with its members; the lists reload and the new file is cached. */
export function useCreateFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFamilyBody) => callForFile('/api/families', 'POST', body),
    onSuccess: async (file) => {
      queryClient.setQueryData(familiesKeys.file(file.id), file);
      queryClient.removeQueries({ queryKey: peopleKeys.all });
      await queryClient.invalidateQueries({ queryKey: familiesKeys.all, refetchType: 'inactive' });
    },
  });
}

/** Saves the family's data, problems and legal flags (optimistic locking by `version`). */
export function useUpdateFamily(familyId: string) {
  return useFamilyFileMutation(familyId, (body: UpdateFamilyBody) =>
    callForFile(familyPath(familyId), 'PATCH', body),
  );
}

/** Adds a member: a person already in the registry (`personId`) or a new one (`person`). */
export function useAddMember(familyId: string) {
  return useFamilyFileMutation(familyId, (body: MemberInput) =>
    callForFile(`${familyPath(familyId)}/members`, 'POST', body),
  );
}

/** Saves a member's personal data and place in the family (the person's `version`). */
export function useUpdateMember(familyId: string) {
  return useFamilyFileMutation(familyId, ({ personId, ...body }: UpdateMemberBody & { personId: string }) =>
    callForFile(`${familyPath(familyId)}/members/${encodeURIComponent(personId)}`, 'PUT', body),
  );
}

/** Takes a person out of the family (the person stays in the registry). */
export function useRemoveMember(familyId: string) {
  return useFamilyFileMutation(familyId, (personId: string) =>
    callForFile(`${familyPath(familyId)}/members/${encodeURIComponent(personId)}`, 'DELETE'),
  );
}

/** Records a court's ban on contact between a child and a parent of the family. */
export function useAddContactBan(familyId: string) {
  return useFamilyFileMutation(familyId, (body: CreateContactBanBody) =>
    callForFile(`${familyPath(familyId)}/contact-bans`, 'POST', body),
  );
}

export function useRemoveContactBan(familyId: string) {
  return useFamilyFileMutation(familyId, (banId: string) =>
    callForFile(`${familyPath(familyId)}/contact-bans/${encodeURIComponent(banId)}`, 'DELETE'),
  );
}

/**
 * The registered person with this PESEL, asked once the number is complete and valid: `null`
 * when nobody has it. Each look-up is audited on the server, so answers stay cached.
 */
export function usePersonByPesel(pesel: string) {
  const value = pesel.trim();
  const valid = parsePesel(value).ok;
  return useQuery({
    queryKey: peopleKeys.byPesel(value),
    queryFn: async ({ signal }) => {
      try {
        return await api(`/api/people/by-pesel/${encodeURIComponent(value)}`, {
          schema: PersonMatch,
          signal,
        });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled: valid,
    staleTime: 5 * 60_000,
  });
}
