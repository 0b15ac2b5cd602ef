import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangePasswordBody, type LoginBody, Me } from '../../contract/auth';
import { Ok } from '../../contract/common';
import type { Locale } from '../../contract/roles';
import { takeChoiceBeforeSignIn } from '../i18n';
import { api } from './client';
import { isApiError } from './errors';
import { endSession, meKey } from './queryClient';

/** The signed-in person, or null when nobody is signed in (the API answers 401). */
async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api('/api/auth/me', { schema: Me, signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 60_000,
    // Coming back to the tab re-checks the session, which may have timed out meanwhile.
    refetchOnWindowFocus: true,
  });
}

/** The signed-in person inside the signed-in part of the app (the route guards ensure one). */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside a signed-in route');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) => {
      const me = await api('/api/auth/login', { method: 'POST', body, schema: Me });
      // A language picked on the sign-in page is the person's choice: keep it on the account.
      const chosen = takeChoiceBeforeSignIn();
      if (chosen && chosen !== me.locale) {
        try {
          await api('/api/auth/me', {
            method: 'PATCH',
            body: { locale: chosen },
            schema: Ok,
            csrfToken: me.csrfToken,
          });
          return { ...me, locale: chosen };
        } catch {
          return me;
        }
      }
      return me;
    },
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => api('/api/auth/logout', { method: 'POST', schema: Ok }),
    onSuccess: endSession,
  });
}

export function useLogoutEverywhere() {
  return useMutation({
    mutationFn: () => api('/api/auth/logout-all', { method: 'POST', schema: Ok }),
    onSuccess: endSession,
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api('/api/auth/password', { method: 'POST', body, schema: Ok }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

/** Saves the interface language as the signed-in person's preference. */
export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => api('/api/auth/me', { method: 'PATCH', body: { locale }, schema: Ok }),
    onSuccess: (_ok, locale) => {
      queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, locale } : me));
    },
  });
}
