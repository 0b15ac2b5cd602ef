import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DevelopmentBody } from '../../../contract/staff';
import { warsawDate } from '../../../domain/calendar';
import { developmentKinds } from '../../../domain/staff';
import { useAddDevelopment } from '../../api/staff';
import { AppModal } from '../../components/AppModal';
import { DateField, DialogForm, useEngagementForm } from '../engagements/engagementForm';
import type { AddEntryFormProps, AddEntryModalProps } from './entryForms';

const fields = ['kind', 'title', 'date', 'hours', 'note'] as const;

type Values = {
  kind: string | null;
  title: string;
  date: string | null;
  hours: number | string;
  note: string;
};

const bodyOf = (values: Values) => ({
  kind: values.kind,
  title: values.title.trim(),
  date: values.date,
  hours: typeof values.hours === 'number' ? values.hours : null,
  note: values.note.trim(),
});

function DevelopmentForm({ personId, onDone }: AddEntryFormProps) {
  const { t } = useTranslation();
  const initialValues: Values = { kind: null, title: '', date: warsawDate(), hours: '', note: '' };
  const state = useEngagementForm({
    initialValues,
    schema: DevelopmentBody,
    toBody: bodyOf,
    mutation: useAddDevelopment(personId),
    fields,
    saved: t('staff.development.added'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm state={state} submitLabel={t('staff.development.add')} onCancel={onDone}>
      <Select
        label={t('staff.development.kind')}
        data={developmentKinds.map((value) => ({ value, label: t(`staff.developmentKinds.${value}`) }))}
        allowDeselect={false}
        required
        withAsterisk={false}
        data-autofocus
        {...form.getInputProps('kind')}
      />
      <TextInput
        label={t('staff.development.name')}
        description={t('staff.development.nameHint')}
        autoComplete="off"
        required
        withAsterisk={false}
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField
          label={t('staff.development.date')}
          description={t('staff.development.dateHint')}
          required
          withAsterisk={false}
          {...form.getInputProps('date')}
        />
        <NumberInput
          label={t('staff.development.hours')}
          description={t('staff.development.hoursHint')}
          min={0.25}
          max={200}
          step={0.25}
          decimalScale={2}
          decimalSeparator=","
          {...form.getInputProps('hours')}
        />
      </SimpleGrid>
      <Textarea label={t('staff.development.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </DialogForm>
  );
}

/** Recording a training, a supervision session or a meeting the person attended. */
export function DevelopmentModal({ personId, opened, onClose }: AddEntryModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('staff.development.addTitle')}>
      <DevelopmentForm personId={personId} onDone={onClose} />
    </AppModal>
  );
}
