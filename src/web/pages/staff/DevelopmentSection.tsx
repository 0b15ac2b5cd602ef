import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Development } from '../../../contract/staff';
import { warsawDate } from '../../../domain/calendar';
import { developmentKinds } from '../../../domain/staff';
import { useRemoveDevelopment } from '../../api/staff';
import type { Column } from '../../components/PagedTable';
import { useFormatters } from '../../lib/format';
import { useIsPhone } from '../../lib/useIsPhone';
import { ConfirmModal } from '../families/ConfirmModal';
import { DevelopmentModal } from './DevelopmentModal';
import { Cell, Note, RemoveButton } from './recordCells';
import { byLatestDate, hoursByKind } from './records';
import { StaffRecordSection, type StaffSectionProps } from './StaffRecordSection';
import { useRemoval } from './useRemoval';

type DevelopmentItem = z.infer<typeof Development>;

/** This year's hours of each kind: how much training and support the person had. */
function YearHours({ items }: { items: DevelopmentItem[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const year = Number(warsawDate().slice(0, 4));
  const totals = hoursByKind(items, year);
  const headingId = useId();
  return (
    <Stack gap={6} mb="md">
      <Text size="sm" fw={600} id={headingId}>
        {t('staff.development.yearTotals', { year })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" role="list" aria-labelledby={headingId}>
        {developmentKinds.map((kind) => (
          <Paper key={kind} withBorder p="xs" role="listitem">
            <Text size="xs" c="dimmed">
              {t(`staff.developmentKinds.${kind}`)}
            </Text>
            <Text fw={600}>{t('staff.development.hoursValue', { hours: format.decimal(totals[kind]) })}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Trainings, supervision, the team's support groups and assistants' meetings attended. */
export function DevelopmentSection({ record, canManage }: StaffSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const phone = useIsPhone();
  const personId = record.person.id;
  const [adding, setAdding] = useState(false);
  const removal = useRemoval(record.development, useRemoveDevelopment(personId), {
    title: t('staff.development.removeTitle'),
    text: (item) => t('staff.development.removeText', { title: item.title, date: format.date(item.date) }),
    confirmLabel: t('staff.development.remove'),
    removed: t('staff.development.removed'),
  });

  const dateColumn: Column<DevelopmentItem> = {
    header: t('staff.development.colDate'),
    cellProps: { w: '1%', style: { whiteSpace: 'nowrap' } },
    cell: (item) => <Cell>{format.date(item.date)}</Cell>,
  };
  const titleColumn: Column<DevelopmentItem> = {
    header: t('staff.development.colTitle'),
    cell: (item) => (
      <Stack gap={2}>
        <Text size="sm" fw={500} id={`development-${item.id}`}>
          {item.title}
        </Text>
        <Note note={item.note} />
      </Stack>
    ),
  };
  const columns: Column<DevelopmentItem>[] = [
    // On a phone each entry is headed by its subject; in the table the dates run down the left.
    ...(phone ? [titleColumn, dateColumn] : [dateColumn]),
    {
      header: t('staff.development.colKind'),
      cell: (item) => <Cell>{t(`staff.developmentKinds.${item.kind}`)}</Cell>,
    },
    ...(phone ? [] : [titleColumn]),
    {
      header: t('staff.development.colHours'),
      align: 'right',
      cell: (item) => (
        <Cell>
          {item.hours === null
            ? null
            : t('staff.development.hoursValue', { hours: format.decimal(item.hours) })}
        </Cell>
      ),
    },
  ];

  return (
    <StaffRecordSection
      title={t('staff.development.title')}
      canManage={canManage}
      addLabel={t('staff.development.add')}
      onAdd={() => setAdding(true)}
      summary={<YearHours items={record.development} />}
      entries={byLatestDate(record.development)}
      columns={columns}
      actions={(item) => (
        <RemoveButton
          describedBy={`development-${item.id}`}
          label={t('staff.development.remove')}
          onClick={() => removal.ask(item)}
        />
      )}
      minWidth={720}
      emptyIcon={<IconSchool size={24} />}
      emptyText={t('staff.development.empty')}
      dialogs={
        <>
          <DevelopmentModal personId={personId} opened={adding} onClose={() => setAdding(false)} />
          <ConfirmModal {...removal.dialog} />
        </>
      }
    />
  );
}
