import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QualificationBody } from '../../../contract/staff';
import { useAddQualification } from '../../api/staff';
import { AppModal } from '../../components/AppModal';
import { DateField, DialogForm, useEngagementForm } from '../engagements/engagementForm';
import type { AddEntryFormProps, AddEntryModalProps } from './entryForms';

const fields = ['title', 'institution', 'obtainedOn', 'note'] as const;

type Values = {
  title: string;
  institution: string;
  obtainedOn: string | null;
  note: string;
};

const blank: Values = { title: '', institution: '', obtainedOn: null, note: '' };

const bodyOf = (values: Values) => ({
  title: values.title.trim(),
  institution: values.institution.trim(),
  obtainedOn: values.obtainedOn,
  note: values.note.trim(),
});

function QualificationForm({ personId, onDone }: AddEntryFormProps) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: blank,
    schema: QualificationBody,
    toBody: bodyOf,
    mutation: useAddQualification(personId),
    fields,
    saved: t('staff.qualifications.added'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm state={state} submitLabel={t('staff.qualifications.add')} onCancel={onDone}>
      <TextInput
        label={t('staff.qualifications.name')}
        description={t('staff.qualifications.nameHint')}
        autoComplete="off"
        required
        withAsterisk={false}
        data-autofocus
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={t('staff.qualifications.institution')}
          autoComplete="off"
          {...form.getInputProps('institution')}
        />
        <DateField
          label={t('staff.qualifications.obtainedOn')}
          clearable
          {...form.getInputProps('obtainedOn')}
        />
      </SimpleGrid>
      <Textarea label={t('staff.qualifications.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </DialogForm>
  );
}

/** Adding a qualification to a person's record. */
export function QualificationModal({ personId, opened, onClose }: AddEntryModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('staff.qualifications.addTitle')}>
      <QualificationForm personId={personId} onDone={onClose} />
    </AppModal>
  );
}
