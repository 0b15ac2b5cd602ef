import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QualificationBody } from '../../../contract/staff';
import { useAddQualification } from '../../api/staff';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

const fields = ['title', 'institution', 'obtainedOn', 'note'] as const;

interface Values {
  title: string;
  institution: string;
  obtainedOn: string | null;
  note: string;
}

const bodyOf = (values: Values) => ({
  title: values.title.trim(),
  institution: values.institution.trim(),
  obtainedOn: values.obtainedOn,
  note: values.note.trim(),
});

function QualificationForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddQualification(personId);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { title: '', institution: '', obtainedOn: null, note: '' },
    validate: (values) => validateWith(QualificationBody, bodyOf(values)),
  });
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    add.mutate(QualificationBody.parse(bodyOf(values)), {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('staff.qualifications.added') });
        onDone();
      },
      onError: failure.fail,
    });
  }, failure.focusInvalid);

  return (
    <FormWithFailure failure={failure} onSubmit={submit}>
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
        <DateInput
          label={t('staff.qualifications.obtainedOn')}
          valueFormat="L"
          placeholder={t('intake.datePlaceholder')}
          clearable
          leftSection={<IconCalendar size={16} aria-hidden />}
          {...form.getInputProps('obtainedOn')}
        />
      </SimpleGrid>
      <Textarea label={t('staff.qualifications.note')} autosize minRows={2} {...form.getInputProps('note')} />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('staff.qualifications.add')}
        loading={add.isPending}
      />
    </FormWithFailure>
  );
}

/** Adding a qualification to a person's record. */
export function QualificationModal({
  personId,
  opened,
  onClose,
}: {
  personId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('staff.qualifications.addTitle')}>
      <QualificationForm personId={personId} onDone={onClose} />
    </AppModal>
  );
}
