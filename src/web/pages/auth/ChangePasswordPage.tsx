import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../../api/auth';
import { AuthHeading, AuthLayout } from '../../components/AuthLayout';
import { ChangePasswordForm } from '../../components/ChangePasswordForm';
import { LanguageSelect } from '../../components/LanguageSelect';
import { errorMessage } from '../../lib/forms';
import { usePageTitle } from '../../lib/usePageTitle';

/** Setting one's own password; every page leads here while the password is a one-time one. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('password.forcedPageTitle'));
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();

  const done = () => {
    notifications.show({ color: 'asysta', message: t('password.changed') });
    void navigate('/', { replace: true });
  };

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, t) }),
    });

  return (
    <AuthLayout
      footer={
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <LanguageSelect />
          <Button variant="subtle" color="gray" onClick={signOut} loading={logout.isPending}>
            {t('password.signOutInstead')}
          </Button>
        </Group>
      }
    >
      <Stack gap="lg">
        <AuthHeading
          title={t('password.forcedTitle')}
          subtitle={
            <>
              {me.name} · {me.email}
            </>
          }
        />
        {me.mustChangePassword && (
          <Alert variant="light" color="asysta" icon={<IconKey aria-hidden />}>
            {t('password.forcedIntro')}
          </Alert>
        )}
        <ChangePasswordForm onChanged={done} />
      </Stack>
    </AuthLayout>
  );
}
