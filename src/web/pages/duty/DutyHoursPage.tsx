import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import {
  IconCalendar,
  IconClockHour4,
  IconPencil,
  IconPlus,
  IconPrinter,
  IconTrash,
} from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DutyHour } from '../../../contract/contacts';
import { useCurrentUser } from '../../api/auth';
import { useDeleteDutyHour, useDutyRoster } from '../../api/duty';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { useIsPhone } from '../../lib/useIsPhone';
import { usePageTitle } from '../../lib/usePageTitle';
import { ConfirmModal } from '../families/ConfirmModal';
import { DutyHourModal } from './DutyHourModal';
import { byWeekday, useRosterDay } from './roster';

interface RowActions {
  onEdit: (hour: DutyHour) => void;
  onRemove: (hour: DutyHour) => void;
}

function useColumns(actions: RowActions | null): Column<DutyHour>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  // On a phone the rows are stacked and the buttons share half the width.
  const phone = useIsPhone();
  const columns: Column<DutyHour>[] = [
    {
      header: t('duty.colAssistant'),
      cellProps: { w: '24%' },
      cell: (hour) => (
        <Text size="sm" fw={500} id={`duty-${hour.id}`}>
          {hour.assistant.name}
        </Text>
      ),
    },
    {
      header: t('duty.colHours'),
      cellProps: { w: '14%' },
      cell: (hour) => <Text size="sm">{format.timeRange(hour.startTime, hour.endTime)}</Text>,
    },
    { header: t('duty.colPlace'), cell: (hour) => <Text size="sm">{hour.place}</Text> },
    {
      header: t('duty.colValidity'),
      cellProps: { w: '18%' },
      cell: (hour) => (
        <Text size="sm" c="dimmed">
          {hour.validTo
            ? t('duty.validRange', { from: format.date(hour.validFrom), to: format.date(hour.validTo) })
            : t('duty.validFromOnly', { from: format.date(hour.validFrom) })}
        </Text>
      ),
    },
  ];
  if (!actions) return columns;
  return [
    ...columns,
    {
      header: t('common.actions'),
      align: 'right',
      // As narrow as its buttons.
      cellProps: { w: '1%' },
      cell: (hour) => (
        <Group gap="xs" justify={phone ? 'flex-start' : 'flex-end'} wrap={phone ? 'wrap' : 'nowrap'}>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-describedby={`duty-${hour.id}`}
            onClick={() => actions.onEdit(hour)}
          >
            {t('duty.edit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            aria-describedby={`duty-${hour.id}`}
            onClick={() => actions.onRemove(hour)}
          >
            {t('duty.remove')}
          </Button>
        </Group>
      ),
    },
  ];
}

function WeekdayRoster({
  weekday,
  items,
  columns,
}: {
  weekday: number;
  items: DutyHour[];
  columns: Column<DutyHour>[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  return (
    <Stack gap={4}>
      <Title order={2} fz="h5" id={headingId}>
        {format.weekday(weekday)}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" pb="xs">
          {t('duty.noneOnDay')}
        </Text>
      ) : (
        <ColumnTable
          items={items}
          columns={columns}
          rowKey={(hour) => hour.id}
          minWidth={columns.length > 4 ? 760 : 560}
          labelledBy={headingId}
          stackOnPhone
        />
      )}
    </Stack>
  );
}

type Dialog = { kind: 'add' } | { kind: 'edit'; id: string } | null;

/** The assistants' weekly duty hours in force on a day; the manager and team lead set them. */
export function DutyHoursPage() {
  const { t } = useTranslation();
  usePageTitle(t('duty.pageTitle'));
  const me = useCurrentUser();
  const canManage = me.permissions.includes('duty:manage');
  const [on, setOn] = useRosterDay();
  const roster = useDutyRoster(on);
  const remove = useDeleteDutyHour();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const format = useFormatters();
  const columns = useColumns(
    canManage
      ? {
          onEdit: (hour) => {
            setDialog({ kind: 'edit', id: hour.id });
            setDialogOpen(true);
          },
          onRemove: (hour) => {
            remove.reset();
            setRemovingId(hour.id);
          },
        }
      : null,
  );
  // Looked up on every render: after a reload the dialogs work on the current version.
  const find = (id: string | undefined) => roster.data?.items.find((hour) => hour.id === id) ?? null;
  const editing = find(dialog?.kind === 'edit' ? dialog.id : undefined);
  const removing = find(removingId ?? undefined);

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { id: removing.id, version: removing.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'asysta', message: t('duty.removed') });
          setRemovingId(null);
        },
      },
    );
  };

  return (
    <Stack gap={0} maw={1100}>
      <PageHeader
        title={t('duty.title')}
        subtitle={t('duty.subtitle')}
        actions={
          <Group gap="sm">
            <Button
              component={Link}
              to={`/duty-hours/print?on=${on}`}
              variant="default"
              leftSection={<IconPrinter size={18} aria-hidden />}
            >
              {t('duty.print')}
            </Button>
            {canManage && (
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => {
                  setDialog({ kind: 'add' });
                  setDialogOpen(true);
                }}
              >
                {t('duty.add')}
              </Button>
            )}
          </Group>
        }
      />
      <Card mb="lg">
        <DateInput
          label={t('duty.on')}
          value={on}
          onChange={(day) => day && setOn(day)}
          valueFormat="L"
          leftSection={<IconCalendar size={16} aria-hidden />}
          w={{ base: '100%', xs: 220 }}
        />
      </Card>
      <WithQuery query={roster}>
        {(data) => (
          <Card>
            {data.items.length === 0 ? (
              <EmptyState
                icon={<IconClockHour4 size={24} />}
                title={canManage ? t('duty.empty') : undefined}
                text={canManage ? t('duty.emptyManage') : t('duty.empty')}
              />
            ) : (
              <Stack gap="lg">
                {byWeekday(data.items).map((day) => (
                  <WeekdayRoster
                    key={day.weekday}
                    weekday={day.weekday}
                    items={day.items}
                    columns={columns}
                  />
                ))}
              </Stack>
            )}
          </Card>
        )}
      </WithQuery>

      {canManage && (
        <>
          <DutyHourModal
            hour={editing}
            adding={dialog?.kind === 'add'}
            validFrom={on}
            opened={dialogOpen}
            onClose={() => setDialogOpen(false)}
          />
          <ConfirmModal
            opened={removing !== null}
            title={t('duty.removeTitle')}
            text={
              removing
                ? t('duty.removeText', {
                    name: removing.assistant.name,
                    weekday: format.weekdayInText(removing.weekday),
                    hours: format.timeRange(removing.startTime, removing.endTime),
                  })
                : ''
            }
            confirmLabel={t('duty.remove')}
            loading={remove.isPending}
            error={remove.error}
            onConfirm={confirmRemove}
            onClose={() => setRemovingId(null)}
          />
        </>
      )}
    </Stack>
  );
}
