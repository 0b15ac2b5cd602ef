import { Button, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useIsPhone } from '../../lib/useIsPhone';

/** A small text cell; "—" when there is nothing. */
export function Cell({ children, dimmed = false }: { children: string | null; dimmed?: boolean }) {
  return (
    <Text size="sm" c={children === null || dimmed ? 'dimmed' : undefined}>
      {children ?? '—'}
    </Text>
  );
}

/** An entry's note under its name, cut to two lines. */
export function Note({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
      {note}
    </Text>
  );
}

/** A remove button in a row, described by the row's name. */
export function RemoveButton({
  describedBy,
  label,
  onClick,
}: {
  describedBy: string;
  label: string;
  onClick: () => void;
}) {
  const phone = useIsPhone();
  return (
    <Group justify={phone ? 'flex-start' : 'flex-end'}>
      <Button
        size="xs"
        variant="default"
        color="red"
        leftSection={phone ? undefined : <IconTrash size={14} aria-hidden />}
        aria-describedby={describedBy}
        onClick={onClick}
      >
        {label}
      </Button>
    </Group>
  );
}
