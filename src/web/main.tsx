import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { queryClient } from './api/queryClient';
import './i18n';
import { router } from './router';
import { theme } from './theme';

/**
 * Mantine in the interface language: names for its icon-only buttons (closing dialogs and
 * notifications, clearing dates) and calendars whose weeks start on Monday, as in Poland.
 */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const close = t('common.close');
  const clearDate = t('common.clearDate');
  const localizedTheme = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          DateInput: { defaultProps: { clearButtonProps: { 'aria-label': clearDate } } },
        },
      }),
    [close, clearDate],
  );
  return (
    <MantineProvider theme={localizedTheme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="top-right" limit={4} autoClose={6000} />
        {children}
      </DatesProvider>
    </MantineProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <StrictMode>
    <LocalizedMantine>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LocalizedMantine>
  </StrictMode>,
);
