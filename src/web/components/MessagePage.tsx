import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';

interface Props {
  /** The catalogue section with the page's `pageTitle`, `title`, `text` and `home` (the button back). */
  texts: 'noAccess' | 'notFound' | 'families.notFound' | 'engagement.notFound';
  icon: Icon;
  /** A large code above the title, such as "404"; decorative, screen readers skip it. */
  code?: string;
}

/** A page in place of content that cannot be shown (missing, not allowed): why, and the way home. */
export function MessagePage({ texts, icon: PageIcon, code }: Props) {
  const { t } = useTranslation();
  usePageTitle(t(`${texts}.pageTitle`));
  return (
    <Center py={64}>
      <Stack align="center" gap="md" maw={520} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" color="gray" aria-hidden>
          <PageIcon size={32} stroke={1.5} />
        </ThemeIcon>
        {code && (
          <Text c="dimmed" fw={700} fz={40} lh={1} aria-hidden>
            {code}
          </Text>
        )}
        <Title order={1} fz="h2">
          {t(`${texts}.title`)}
        </Title>
        <Text c="dimmed">{t(`${texts}.text`)}</Text>
        <Button component={Link} to="/" variant="light">
          {t(`${texts}.home`)}
        </Button>
      </Stack>
    </Center>
  );
}
