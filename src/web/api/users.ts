import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../contract/roles';
import {
  type CreateUserBody,
  type ResetPasswordBody,
  type UpdateUserBody,
  User,
  UserList,
} from '../../contract/users';
import { api } from './client';
import { useInfiniteList } from './infiniteList';
import { meKey } from './queryClient';

export interface UserFilters {
  q: string;
  role: Role | null;
  active: 'true' | 'false' | null;
}

export const usersKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  one: (id: string) => ['users', 'one', id] as const,
};

/** The office's accounts matching the filters, a page at a time. */
export function useUserList(filters: UserFilters) {
  return useInfiniteList({
    queryKey: usersKeys.list(filters),
    path: '/api/users',
    schema: UserList,
    query: { q: filters.q.trim(), role: filters.role, active: filters.active },
  });
}

/** One account as stored now: the edit dialog reloads it after a conflicting save. */
export function fetchUser(id: string) {
  return api(`/api/users/${encodeURIComponent(id)}`, { schema: User });
}

/** Opens an account; the lists then reload so it shows up. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api('/api/users', { method: 'POST', body, schema: User }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}

/** Saves changes to an account (optimistic locking by `version`); the lists reload. */
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

/** Gives an account a new one-time password; the lists reload to show the flag. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ResetPasswordBody & { id: string }) =>
      api(`/api/users/${encodeURIComponent(id)}/password`, { method: 'POST', body, schema: User }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
