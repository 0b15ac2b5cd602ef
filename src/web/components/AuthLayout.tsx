import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './AuthLayout.module.css';
import { Logo } from './Logo';

/** The frame of the pages outside the app proper: signing in and setting one's own password. */
export function AuthLayout({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box className={classes.page}>
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={440} gap="lg">
          <Stack align="center" gap={6}>
            <Logo size="lg" />
            <Text c="dimmed" size="sm" ta="center">
              {t('app.tagline')}
            </Text>
          </Stack>
          <Paper component="main" id="main-content" withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
            {children}
          </Paper>
          {footer}
        </Stack>
      </Center>
    </Box>
  );
}

/** The heading of a page in this frame (its only h1) and a line under it. */
export function AuthHeading({ title, subtitle }: { title: string; subtitle: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={1} fz="h3">
        {title}
      </Title>
      <Text c="dimmed" size="sm">
        {subtitle}
      </Text>
    </Stack>
  );
}
