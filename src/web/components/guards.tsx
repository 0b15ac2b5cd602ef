import { Center, Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../contract/roles';
import { useMe } from '../api/auth';
import { applyLocale } from '../i18n';
import { hasAnyRole } from '../lib/roles';
import { FullPageLoader } from './FullPageLoader';
import { NoAccess } from './NoAccess';
import { QueryError } from './QueryError';

/**
 * The root of every page: finds out who is signed in before anything renders, and shows the
 * interface in the language saved on their account.
 */
export function SessionRoot() {
  const me = useMe();
  const locale = me.data?.locale;

  useEffect(() => {
    if (locale) void applyLocale(locale);
  }, [locale]);

  if (me.data === undefined) {
    if (!me.isError) return <FullPageLoader />;
    return (
      <Container size="sm" py="xl">
        <Center mih="60vh">
          <QueryError error={me.error} onRetry={() => void me.refetch()} />
        </Center>
      </Container>
    );
  }
  return <Outlet />;
}

export interface FromState {
  from?: string;
}

/** Pages for signed-in people whose password is settled; others go to sign in or change it. */
export function RequireAuth() {
  const { data: me } = useMe();
  const location = useLocation();
  if (!me) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from } satisfies FromState} />;
  }
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <Outlet />;
}

/** Pages for any signed-in person, even one who still has to change a one-time password. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data: me } = useMe();
  if (!me) return <Navigate to="/login" replace />;
  return children;
}

/** A section reserved for some roles: others read a polite explanation instead. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { data: me } = useMe();
  if (!me || !hasAnyRole(me.roles, roles)) return <NoAccess />;
  return children;
}
