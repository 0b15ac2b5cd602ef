import { Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a list or a card says when there is nothing in it yet. */
export function EmptyState({ icon, title, text }: { icon: ReactNode; title?: string; text: string }) {
  return (
    <Stack align="center" gap={6} py="xl" px="md" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
        {icon}
      </ThemeIcon>
      {title && (
        <Text fw={600} mt={4}>
          {title}
        </Text>
      )}
      <Text c="dimmed" size="sm" maw={420}>
        {text}
      </Text>
    </Stack>
  );
}
