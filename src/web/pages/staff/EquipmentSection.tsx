import { Badge, Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp, IconDeviceMobile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRemoveEquipment } from '../../api/staff';
import { EditRemoveMenu } from '../../components/EditRemoveMenu';
import type { Column } from '../../components/PagedTable';
import { useFormatters } from '../../lib/format';
import { useDialog } from '../../lib/useDialog';
import { useIsPhone } from '../../lib/useIsPhone';
import { ConfirmModal } from '../families/ConfirmModal';
import { type EquipmentDialog, type EquipmentItem, EquipmentModal } from './EquipmentModal';
import { Cell } from './recordCells';
import { equipmentInOrder } from './records';
import { StaffRecordSection, type StaffSectionProps } from './StaffRecordSection';
import { useRemoval } from './useRemoval';

/** What the office gave the person for the work, and whether it came back. */
export function EquipmentSection({ record, canManage }: StaffSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const phone = useIsPhone();
  const personId = record.person.id;
  const dialog = useDialog<EquipmentDialog>();
  // Looked up on every render: after a reload the dialog works on the current version.
  const currentId = dialog.dialog && dialog.dialog.kind !== 'issue' ? dialog.dialog.id : null;
  const current = record.equipment.find((item) => item.id === currentId) ?? null;
  const kindText = (item: EquipmentItem) => t(`staff.equipmentKinds.${item.kind}`);
  const removal = useRemoval(record.equipment, useRemoveEquipment(personId), {
    title: t('staff.equipment.removeTitle'),
    text: (item) =>
      t('staff.equipment.removeText', { kind: kindText(item), issued: format.date(item.issuedOn) }),
    confirmLabel: t('staff.equipment.remove'),
    removed: t('staff.equipment.removed'),
  });

  const columns: Column<EquipmentItem>[] = [
    {
      header: t('staff.equipment.colKind'),
      cell: (item) => (
        <Text size="sm" fw={500} id={`equipment-${item.id}`}>
          {item.number
            ? t('staff.equipment.kindNumber', { kind: kindText(item), number: item.number })
            : kindText(item)}
        </Text>
      ),
    },
    { header: t('staff.equipment.colDescription'), cell: (item) => <Cell>{item.description}</Cell> },
    { header: t('staff.equipment.colIssued'), cell: (item) => <Cell>{format.date(item.issuedOn)}</Cell> },
    {
      header: t('staff.equipment.colReturned'),
      cell: (item) =>
        item.returnedOn ? (
          <Cell>{format.date(item.returnedOn)}</Cell>
        ) : (
          <Badge size="sm" variant="light" color="blue" tt="none" radius="sm">
            {t('staff.equipment.held')}
          </Badge>
        ),
    },
  ];

  return (
    <StaffRecordSection
      title={t('staff.equipment.title')}
      canManage={canManage}
      addLabel={t('staff.equipment.add')}
      onAdd={() => dialog.open({ kind: 'issue' })}
      entries={equipmentInOrder(record.equipment)}
      columns={columns}
      actions={(item) => (
        <Group gap="xs" justify={phone ? 'flex-start' : 'flex-end'} wrap={phone ? 'wrap' : 'nowrap'}>
          {item.returnedOn === null && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              aria-describedby={`equipment-${item.id}`}
              onClick={() => dialog.open({ kind: 'return', id: item.id })}
            >
              {t('staff.equipment.giveBack')}
            </Button>
          )}
          <EditRemoveMenu
            describedBy={`equipment-${item.id}`}
            editLabel={t('staff.equipment.edit')}
            removeLabel={t('staff.equipment.remove')}
            onEdit={() => dialog.open({ kind: 'edit', id: item.id })}
            onRemove={() => removal.ask(item)}
          />
        </Group>
      )}
      minWidth={800}
      emptyIcon={<IconDeviceMobile size={24} />}
      emptyText={t('staff.equipment.empty')}
      dialogs={
        <>
          <EquipmentModal
            personId={personId}
            dialog={dialog.dialog}
            item={current}
            opened={dialog.opened}
            onClose={dialog.close}
          />
          <ConfirmModal {...removal.dialog} />
        </>
      }
    />
  );
}
