import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value on a record's page: "Podstawa prawna" over its text, line breaks kept. */
export function Detail({
  label,
  children,
  caps = false,
}: {
  label: string;
  children: ReactNode;
  caps?: boolean;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt={caps ? 'uppercase' : undefined}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
