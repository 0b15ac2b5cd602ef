import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { RequireAuth, RequirePermission, RequireSession, SessionRoot } from './components/guards';
import { RouteError } from './components/RouteError';
import { AccountPage } from './pages/account/AccountPage';
import { OfficePage } from './pages/admin/OfficePage';
import { ProblemTypesPage } from './pages/admin/ProblemTypesPage';
import { AuditPage } from './pages/audit/AuditPage';
import { ChangePasswordPage } from './pages/auth/ChangePasswordPage';
import { LoginPage } from './pages/auth/LoginPage';
import { CalendarPage } from './pages/calendar/CalendarPage';
import { TeamCalendarPage } from './pages/calendar/TeamCalendarPage';
import { CaseloadsPage } from './pages/caseloads/CaseloadsPage';
import { TeamDeadlinesPage } from './pages/deadlines/TeamDeadlinesPage';
import { DecisionsPage } from './pages/decisions/DecisionsPage';
import { DeletedAttachmentsPage } from './pages/documents/DeletedAttachmentsPage';
import { TemplatesPage } from './pages/documents/TemplatesPage';
import { DutyHoursPage } from './pages/duty/DutyHoursPage';
import { DutyPrintPage } from './pages/duty/DutyPrintPage';
import { EngagementPage } from './pages/engagements/EngagementPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { FamiliesPage } from './pages/families/FamiliesPage';
import { FamilyFilePage } from './pages/families/FamilyFilePage';
import { RegisterFamilyPage } from './pages/families/RegisterFamilyPage';
import { HomePage } from './pages/home/HomePage';
import { InstitutionsPage } from './pages/institutions/InstitutionsPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { RequestsPage } from './pages/requests/RequestsPage';
import { StaffListPage } from './pages/staff/StaffListPage';
import { StaffRecordPage } from './pages/staff/StaffRecordPage';
import { TimesheetPage } from './pages/timesheet/TimesheetPage';
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
            // A sheet to print: the list alone, without the app's header and navigation.
            path: 'duty-hours/print',
            element: (
              <RequirePermission permission="duty:read">
                <DutyPrintPage />
              </RequirePermission>
            ),
          },
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              {
                path: 'families',
                element: (
                  <RequirePermission permission="families:read">
                    <FamiliesPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'families/new',
                element: (
                  <RequirePermission permission="families:register">
                    <RegisterFamilyPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'families/:id',
                element: (
                  <RequirePermission permission="families:read">
                    <FamilyFilePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'engagements/:id',
                element: (
                  <RequirePermission permission="families:read">
                    <EngagementPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'calendar',
                element: (
                  <RequirePermission permission="worktime:own">
                    <CalendarPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'calendar/team',
                element: (
                  <RequirePermission permission="worktime:team">
                    <TeamCalendarPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'admin/users',
                element: (
                  <RequirePermission permission="users:read">
                    <UsersPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'requests',
                element: (
                  <RequirePermission permission="requests:read">
                    <RequestsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'decisions',
                element: (
                  <RequirePermission permission="requests:read">
                    <DecisionsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'deadlines/team',
                element: (
                  <RequirePermission permission="deadlines:team">
                    <TeamDeadlinesPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'timesheet',
                element: (
                  <RequirePermission permission={['worktime:own', 'worktime:team']}>
                    <TimesheetPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'duty-hours',
                element: (
                  <RequirePermission permission="duty:read">
                    <DutyHoursPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'institutions',
                element: (
                  <RequirePermission permission="institutions:read">
                    <InstitutionsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'staff',
                element: (
                  <RequirePermission permission="staff:read">
                    <StaffListPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'staff/:id',
                element: (
                  <RequirePermission permission="staff:read">
                    <StaffRecordPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'caseloads',
                element: (
                  <RequirePermission permission="caseloads:read">
                    <CaseloadsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'reports',
                element: (
                  <RequirePermission permission="reports:read">
                    <ReportsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'admin/problems',
                element: (
                  <RequirePermission permission="dictionaries:manage">
                    <ProblemTypesPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'admin/office',
                element: (
                  <RequirePermission permission="office:manage">
                    <OfficePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'admin/templates',
                element: (
                  <RequirePermission permission="templates:manage">
                    <TemplatesPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'attachments/deleted',
                element: (
                  <RequirePermission permission="attachments:deleted">
                    <DeletedAttachmentsPage />
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
