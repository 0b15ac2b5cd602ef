import { Stack, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Qualification } from '../../../contract/staff';
import { useRemoveQualification } from '../../api/staff';
import type { Column } from '../../components/PagedTable';
import { useFormatters } from '../../lib/format';
import { ConfirmModal } from '../families/ConfirmModal';
import { QualificationModal } from './QualificationModal';
import { Cell, Note, RemoveButton } from './recordCells';
import { StaffRecordSection, type StaffSectionProps } from './StaffRecordSection';
import { useRemoval } from './useRemoval';

type QualificationItem = z.infer<typeof Qualification>;

/** What the person learnt: degrees, courses, certificates. */
export function QualificationsSection({ record, canManage }: StaffSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const personId = record.person.id;
  const [adding, setAdding] = useState(false);
  const removal = useRemoval(record.qualifications, useRemoveQualification(personId), {
    title: t('staff.qualifications.removeTitle'),
    text: (item) => t('staff.qualifications.removeText', { title: item.title }),
    confirmLabel: t('staff.qualifications.remove'),
    removed: t('staff.qualifications.removed'),
  });

  const columns: Column<QualificationItem>[] = [
    {
      header: t('staff.qualifications.colTitle'),
      cell: (item) => (
        <Stack gap={2}>
          <Text size="sm" fw={500} id={`qualification-${item.id}`}>
            {item.title}
          </Text>
          <Note note={item.note} />
        </Stack>
      ),
    },
    { header: t('staff.qualifications.colInstitution'), cell: (item) => <Cell>{item.institution}</Cell> },
    {
      header: t('staff.qualifications.colObtained'),
      cell: (item) => <Cell>{item.obtainedOn && format.date(item.obtainedOn)}</Cell>,
    },
  ];

  return (
    <StaffRecordSection
      title={t('staff.qualifications.title')}
      canManage={canManage}
      addLabel={t('staff.qualifications.add')}
      onAdd={() => setAdding(true)}
      entries={record.qualifications}
      columns={columns}
      actions={(item) => (
        <RemoveButton
          describedBy={`qualification-${item.id}`}
          label={t('staff.qualifications.remove')}
          onClick={() => removal.ask(item)}
        />
      )}
      minWidth={640}
      emptyIcon={<IconCertificate size={24} />}
      emptyText={t('staff.qualifications.empty')}
      dialogs={
        <>
          <QualificationModal personId={personId} opened={adding} onClose={() => setAdding(false)} />
          <ConfirmModal {...removal.dialog} />
        </>
      }
    />
  );
}
