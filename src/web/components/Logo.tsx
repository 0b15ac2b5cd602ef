import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The app's mark and name. */
export function Logo({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  const large = size === 'lg';
  return (
    <Group gap={large ? 'sm' : 8} wrap="nowrap">
      <ThemeIcon size={large ? 44 : 32} radius="md" variant="filled" aria-hidden>
        <IconHeartHandshake size={large ? 28 : 20} stroke={1.8} />
      </ThemeIcon>
      <Text component="span" fw={700} fz={large ? 28 : 20} c="asysta.9" lh={1}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
