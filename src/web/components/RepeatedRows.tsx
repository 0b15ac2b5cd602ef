import { ActionIcon, Box, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props<T extends { key: string }> {
  legend: string;
  rows: readonly T[];
  /** One row's fields, side by side (one under another on a phone). */
  children: (row: T, index: number) => ReactNode;
  addLabel: string;
  onAdd: () => void;
  /** The remove button's name for a row, e.g. "Usuń osobę 2". */
  removeLabel: (index: number) => string;
  onRemove: (index: number) => void;
  /** How many rows there must be at least (their remove buttons are hidden). */
  min?: number;
  max: number;
  /** Said when there are no rows. */
  empty?: string;
  /** A message about the rows as a whole, such as "at least one". */
  error?: ReactNode;
}

/**
 * A form's list of like rows — people present, tasks, services — each with a button to remove
 * it, and one to add another below.
 */
export function RepeatedRows<T extends { key: string }>({
  legend,
  rows,
  children,
  addLabel,
  onAdd,
  removeLabel,
  onRemove,
  min = 0,
  max,
  empty,
  error,
}: Props<T>) {
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 600, marginBottom: 4 } }}>
      <Stack gap="sm">
        {rows.length === 0 && empty && (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-end" gap="xs" wrap="nowrap">
            <Box style={{ flex: 1, minWidth: 0 }}>{children(row, index)}</Box>
            {rows.length > min && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={removeLabel(index)}
                title={removeLabel(index)}
                onClick={() => onRemove(index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={onAdd}
            disabled={rows.length >= max}
          >
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
