import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRecord } from '../../../contract/staff';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { Section } from '../../components/Section';

/** What each section of the staff record is given by the page. */
export interface StaffSectionProps {
  record: StaffRecord;
  /** With `staff:manage`: entries can be added, changed and removed. */
  canManage: boolean;
}

interface Props<T> {
  title: string;
  canManage: boolean;
  addLabel: string;
  onAdd: () => void;
  /** In the order shown. */
  entries: readonly T[];
  columns: Column<T>[];
  /** The cell of the actions column, shown to those who manage the record. */
  actions: (entry: T) => ReactNode;
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  emptyIcon: ReactNode;
  emptyText: string;
  /** Above the entries, such as the year's totals. */
  summary?: ReactNode;
  /** The section's dialogs, rendered for those who manage the record. */
  dialogs: ReactNode;
}

/**
 * One section of a person's staff record: its heading with the add button, its entries as a
 * table (a list on a phone) or a line saying there are none, and its dialogs.
 */
export function StaffRecordSection<T extends { id: string }>({
  title,
  canManage,
  addLabel,
  onAdd,
  entries,
  columns,
  actions,
  minWidth,
  emptyIcon,
  emptyText,
  summary,
  dialogs,
}: Props<T>) {
  const { t } = useTranslation();
  const headingId = useId();
  const shown: Column<T>[] = canManage
    ? [...columns, { header: t('common.actions'), align: 'right', cellProps: { w: '1%' }, cell: actions }]
    : columns;
  return (
    <Section
      title={title}
      headingId={headingId}
      action={
        canManage && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            {addLabel}
          </Button>
        )
      }
    >
      {summary}
      {entries.length === 0 ? (
        <EmptyState icon={emptyIcon} text={emptyText} />
      ) : (
        <ColumnTable
          items={entries}
          columns={shown}
          rowKey={(entry) => entry.id}
          minWidth={minWidth}
          labelledBy={headingId}
          stackOnPhone
        />
      )}
      {canManage && dialogs}
    </Section>
  );
}
