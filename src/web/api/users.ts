import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../contract/roles';
import {
  type CreateUserBody,
  type ResetPasswordBody,
  type UpdateUserBody,
  User,
  UserList,
} from '../../contract/users';
import { api } from './client';
import { meKey } from './queryClient';

export interface UserFilters {
  q: string;
  role: Role | null;
  active: 'true' | 'false' | null;
}

const PAGE_SIZE = 50;

export const usersKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  one: (id: string) => ['users', 'one', id] as const,
};

export function useUserList(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: usersKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api('/api/users', {
        schema: UserList,
        signal,
        query: {
          q: filters.q.trim(),
          role: filters.role,
          active: filters.active,
          limit: PAGE_SIZE,
          cursor: pageParam,
        },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function fetchUser(id: string) {
  return api(`/api/users/${encodeURIComponent(id)}`, { schema: User });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api('/api/users', { method: 'POST', body, schema: User }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}

export function useUpdateUser(myId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserBody & { id: string }) =>
      api(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: User }),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: usersKeys.all });
      // Editing one's own account may change one's roles and name.
      if (user.id === myId) await queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ResetPasswordBody & { id: string }) =>
      api(`/api/users/${encodeURIComponent(id)}/password`, { method: 'POST', body, schema: User }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
