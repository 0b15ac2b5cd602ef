import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { Me } from '../../contract/auth';
import i18n from '../i18n';
import { isApiError } from './errors';

/** The signed-in person; `null` once we know nobody is signed in. */
export const meKey = ['me'] as const;

export function cachedMe(): Me | null {
  return queryClient.getQueryData<Me | null>(meKey) ?? null;
}

/** Forgets everything loaded for the previous person and marks the session as ended. */
export function endSession(): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  queryClient.setQueryData<Me | null>(meKey, null);
}

/**
 * Answers that concern the session, whichever request got them: a session that ended (idle
 * time-out, signed out elsewhere) sends the person to sign in, and a password that must be
 * changed first reloads `me`, whose flag then routes to the change-password page.
 */
function handleSessionErrors(error: unknown): void {
  if (!isApiError(error)) return;
  if (error.status === 401 && error.code === 'unauthenticated') {
    if (cachedMe()) {
      notifications.show({
        id: 'session-expired',
        color: 'yellow',
        message: i18n.t('errors.sessionExpired'),
      });
    }
    endSession();
  } else if (error.code === 'password_change_required' || error.code === 'csrf_failed') {
    void queryClient.invalidateQueries({ queryKey: meKey });
  }
}

const retry = (failureCount: number, error: unknown) =>
  failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500);

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleSessionErrors }),
  mutationCache: new MutationCache({ onError: handleSessionErrors }),
  defaultOptions: {
    queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
