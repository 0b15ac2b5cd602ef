import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';

export function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.pageTitle'));
  return (
    <Center py={64}>
      <Stack align="center" gap="md" maw={520} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" color="gray" aria-hidden>
          <IconLock size={32} stroke={1.5} />
        </ThemeIcon>
        <Title order={1} fz="h2">
          {t('noAccess.title')}
        </Title>
        <Text c="dimmed">{t('noAccess.text')}</Text>
        <Button component={Link} to="/" variant="light">
          {t('noAccess.home')}
        </Button>
      </Stack>
    </Center>
  );
}
