import { Button, Card, Grid, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDevices } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser, useLogoutEverywhere } from '../../api/auth';
import { ChangePasswordForm } from '../../components/ChangePasswordForm';
import { LanguageSelect } from '../../components/LanguageSelect';
import { PageHeader } from '../../components/PageHeader';
import { RoleBadges } from '../../components/RoleBadges';
import { errorMessage } from '../../lib/forms';
import { usePageTitle } from '../../lib/usePageTitle';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    // Not a named region: its title (e.g. "Język interfejsu") would then also match label lookups.
    <Card component="section" id={id}>
      <Title order={2} fz="h4" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function ReadOnlyField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="div" mt={2} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.pageTitle'));
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logoutEverywhere = useLogoutEverywhere();

  const endAllSessions = () =>
    logoutEverywhere.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('account.loggedOutAll') });
        void navigate('/login', { replace: true });
      },
      onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, t) }),
    });

  return (
    <Stack gap={0} maw={1100}>
      <PageHeader title={t('account.title')} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <Section id="account-profile" title={t('account.profile')}>
              <Stack gap="md">
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                  <ReadOnlyField label={t('account.name')}>{me.name}</ReadOnlyField>
                  <ReadOnlyField label={t('account.email')}>{me.email}</ReadOnlyField>
                  <ReadOnlyField label={t('account.office')}>{me.officeName}</ReadOnlyField>
                  <ReadOnlyField label={t('account.roles')}>
                    <RoleBadges roles={me.roles} />
                  </ReadOnlyField>
                </SimpleGrid>
                <Text size="sm" c="dimmed">
                  {t('account.profileHint')}
                </Text>
              </Stack>
            </Section>
            <Section id="account-language" title={t('account.languageTitle')}>
              <LanguageSelect description={t('account.languageHint')} />
            </Section>
            <Section id="account-sessions" title={t('account.sessionsTitle')}>
              <Stack gap="md" align="flex-start">
                <Text size="sm">{t('account.sessionsText')}</Text>
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconDevices size={18} aria-hidden />}
                  onClick={endAllSessions}
                  loading={logoutEverywhere.isPending}
                >
                  {t('account.logoutAll')}
                </Button>
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section id="account-password" title={t('account.passwordTitle')}>
            <ChangePasswordForm
              onChanged={() => notifications.show({ color: 'asysta', message: t('password.changed') })}
            />
          </Section>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
