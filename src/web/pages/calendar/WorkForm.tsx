import { Button, Select, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type WorkKind, type WorkRecord, WorkRecordBody } from '../../../contract/contacts';
import { workKinds } from '../../../domain/contacts';
import { useSaveWork } from '../../api/contacts';
import { lastHour, TimeSpanFields } from '../contacts/contactFields';
import { DialogForm, useEngagementForm } from '../engagements/engagementForm';

const fields = ['date', 'startTime', 'endTime', 'kind', 'note'];

/**
 * Work other than contacts with families (documentation, travel, training…), recorded or
 * corrected; a record can also be deleted from here. It counts in the timesheet.
 */
export function WorkForm({
  work,
  today,
  onRemove,
  onDone,
}: {
  work: WorkRecord | null;
  today: string;
  onRemove: (work: WorkRecord) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const start = work ?? { date: today, ...lastHour(), kind: 'documentation' as WorkKind, note: null };
  const state = useEngagementForm({
    initialValues: {
      date: start.date as string | null,
      startTime: start.startTime,
      endTime: start.endTime,
      kind: start.kind,
      note: start.note ?? '',
    },
    schema: WorkRecordBody,
    toBody: (values) => values,
    mutation: useSaveWork(work),
    fields,
    saved: t('calendar.work.saved'),
    onDone,
  });
  const { form } = state;
  return (
    <DialogForm
      state={state}
      submitLabel={t('calendar.work.submit')}
      onCancel={onDone}
      extra={
        work && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => onRemove(work)}
          >
            {t('calendar.work.remove')}
          </Button>
        )
      }
    >
      <TimeSpanFields inputProps={form.getInputProps} maxDate={today} />
      <Select
        label={t('calendar.work.kind')}
        data={workKinds.map((value) => ({ value, label: t(`calendar.workKinds.${value}`) }))}
        required
        withAsterisk
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <Textarea
        label={t('calendar.work.note')}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('note')}
      />
    </DialogForm>
  );
}
