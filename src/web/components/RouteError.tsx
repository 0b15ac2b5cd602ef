import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Shown instead of a page that failed to render; the details go to the console for support. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Center mih="100vh" p="md">
      <Stack align="center" maw={480} ta="center" gap="md">
        <Title order={1} fz="h2">
          {t('errors.unexpectedTitle')}
        </Title>
        <Text c="dimmed">{t('errors.unexpectedText')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.reloadPage')}</Button>
      </Stack>
    </Center>
  );
}
