import { Center, Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { RolePermission } from '../../contract/permissions';
import { useMe } from '../api/auth';
import { applyLocale } from '../i18n';
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

/** Whether the granted permissions include the one required, or any one of several. */
export function grants(
  granted: readonly RolePermission[],
  required: RolePermission | readonly RolePermission[],
): boolean {
  return typeof required === 'string'
    ? granted.includes(required)
    : required.some((p) => granted.includes(p));
}

/**
 * A section that needs a permission (or any one of several), as the server grants it: others
 * read a polite explanation.
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: RolePermission | readonly RolePermission[];
  children: ReactNode;
}) {
  const { data: me } = useMe();
  if (!me || !grants(me.permissions, permission)) return <NoAccess />;
  return children;
}
