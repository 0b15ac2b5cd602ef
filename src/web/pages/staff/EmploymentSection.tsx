import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EmploymentPeriod } from '../../../contract/staff';
import { warsawDate } from '../../../domain/calendar';
import { useRemoveEmployment } from '../../api/staff';
import { EditRemoveMenu } from '../../components/EditRemoveMenu';
import type { Column } from '../../components/PagedTable';
import { useFormatters } from '../../lib/format';
import { useDialog } from '../../lib/useDialog';
import { ConfirmModal } from '../families/ConfirmModal';
import { EmploymentModal } from './EmploymentModal';
import { FundingText } from './labels';
import { Cell, Note } from './recordCells';
import { byLatestStart, coversDay } from './records';
import { StaffRecordSection, type StaffSectionProps } from './StaffRecordSection';
import { useRemoval } from './useRemoval';

/** The person's periods of employment: position, form, FTE and who paid, the latest first. */
export function EmploymentSection({ record, canManage }: StaffSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const personId = record.person.id;
  const today = warsawDate();
  const dialog = useDialog<{ kind: 'add' } | { kind: 'edit'; id: string }>();
  // Looked up on every render: after a reload the dialog works on the current version.
  const editingId = dialog.dialog?.kind === 'edit' ? dialog.dialog.id : null;
  const editing = record.employment.find((period) => period.id === editingId) ?? null;
  const periodText = (period: EmploymentPeriod) =>
    period.endsOn
      ? t('staff.employment.range', { from: format.date(period.startsOn), to: format.date(period.endsOn) })
      : t('staff.employment.openRange', { from: format.date(period.startsOn) });
  const removal = useRemoval(record.employment, useRemoveEmployment(personId), {
    title: t('staff.employment.removeTitle'),
    text: (period) => t('staff.employment.removeText', { period: periodText(period) }),
    confirmLabel: t('staff.employment.remove'),
    removed: t('staff.employment.removed'),
  });

  const columns: Column<EmploymentPeriod>[] = [
    {
      header: t('staff.employment.colPeriod'),
      cell: (period) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500} id={`employment-${period.id}`} style={{ whiteSpace: 'nowrap' }}>
            {periodText(period)}
          </Text>
          {coversDay(period, today) && (
            <Badge size="sm" variant="light" color="green" tt="none" radius="sm">
              {t('staff.employment.current')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      header: t('staff.employment.colPosition'),
      cell: (period) => <Cell>{t(`staff.positions.${period.position}`)}</Cell>,
    },
    {
      header: t('staff.employment.colForm'),
      cell: (period) => <Cell>{t(`staff.forms.${period.form}`)}</Cell>,
    },
    {
      header: t('staff.employment.colFte'),
      align: 'right',
      cell: (period) => <Cell>{format.decimal(period.fte)}</Cell>,
    },
    {
      header: t('staff.employment.colFunding'),
      cell: (period) => (
        <Stack gap={2}>
          <FundingText period={period} />
          <Note note={period.note} />
        </Stack>
      ),
    },
  ];

  return (
    <StaffRecordSection
      title={t('staff.employment.title')}
      canManage={canManage}
      addLabel={t('staff.employment.add')}
      onAdd={() => dialog.open({ kind: 'add' })}
      entries={byLatestStart(record.employment)}
      columns={columns}
      actions={(period) => (
        <EditRemoveMenu
          describedBy={`employment-${period.id}`}
          editLabel={t('staff.employment.edit')}
          removeLabel={t('staff.employment.remove')}
          onEdit={() => dialog.open({ kind: 'edit', id: period.id })}
          onRemove={() => removal.ask(period)}
        />
      )}
      minWidth={880}
      emptyIcon={<IconBriefcase size={24} />}
      emptyText={t('staff.employment.empty')}
      dialogs={
        <>
          <EmploymentModal
            personId={personId}
            period={editing}
            adding={dialog.dialog?.kind === 'add'}
            opened={dialog.opened}
            onClose={dialog.close}
          />
          <ConfirmModal {...removal.dialog} />
        </>
      }
    />
  );
}
