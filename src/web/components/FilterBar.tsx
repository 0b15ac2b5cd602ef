import { Button, Card, Group } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The filter fields, in one row that wraps. */
  children: ReactNode;
  /** True once any filter is set: a button then clears them all. */
  filtered: boolean;
  onClear: () => void;
  /** Shown under the row, such as a filter set from elsewhere on the page. */
  extra?: ReactNode;
}

/** The card above a list with its filters, the same on every list page. */
export function FilterBar({ children, filtered, onClear, extra }: Props) {
  const { t } = useTranslation();
  return (
    <Card p="md" mb="md">
      <Group align="flex-end" gap="sm">
        {children}
        {filtered && (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={onClear}
          >
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
      {extra}
    </Card>
  );
}
