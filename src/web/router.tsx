import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { RequireAuth, RequirePermission, RequireSession, SessionRoot } from './components/guards';
import { RouteError } from './components/RouteError';
import { AccountPage } from './pages/account/AccountPage';
import { AuditPage } from './pages/audit/AuditPage';
import { ChangePasswordPage } from './pages/auth/ChangePasswordPage';
import { LoginPage } from './pages/auth/LoginPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { HomePage } from './pages/home/HomePage';
import { UsersPage } from './pages/users/UsersPage';

/**
 * The pages. Everything waits for the session check (SessionRoot); the app proper needs a
 * signed-in person with a settled password (RequireAuth), and some sections a permission the server grants (RequirePermission).
 */
export const router = createBrowserRouter([
  {
    element: <SessionRoot />,
    errorElement: <RouteError />,
    children: [
      { path: 'login', element: <LoginPage /> },
      {
        path: 'change-password',
        element: (
          <RequireSession>
            <ChangePasswordPage />
          </RequireSession>
        ),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              {
                path: 'admin/users',
                element: (
                  <RequirePermission permission="users:read">
                    <UsersPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequirePermission permission="audit:read">
                    <AuditPage />
                  </RequirePermission>
                ),
              },
              { path: 'account', element: <AccountPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
