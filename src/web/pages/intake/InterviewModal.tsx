import { Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CreateInterviewBody } from '../../../contract/intake';
import { useRecordInterview } from '../../api/intake';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

const fields = ['interviewDate', 'diagnosis'] as const;

interface Values {
  interviewDate: string | null;
  diagnosis: string;
}

const toBody = (values: Values) => ({
  interviewDate: values.interviewDate ?? '',
  diagnosis: values.diagnosis.trim(),
});

function InterviewForm({ familyId, onDone }: { familyId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordInterview(familyId);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { interviewDate: dayjs().format('YYYY-MM-DD'), diagnosis: '' },
    // An empty date reads "required", not "wrong format".
    validate: (values) =>
      validateWith(CreateInterviewBody, {
        ...toBody(values),
        interviewDate: values.interviewDate ?? undefined,
      }),
  });
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    record.mutate(toBody(values), {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('intake.interviewSaved') });
        onDone();
      },
      onError: failure.fail,
    });
  }, failure.focusInvalid);

  return (
    <FormWithFailure failure={failure} onSubmit={submit}>
      <DateInput
        label={t('intake.interviewDate')}
        valueFormat="L"
        placeholder={t('intake.datePlaceholder')}
        maxDate={dayjs().format('YYYY-MM-DD')}
        required
        withAsterisk={false}
        leftSection={<IconCalendar size={16} aria-hidden />}
        maw={240}
        {...form.getInputProps('interviewDate')}
      />
      <Textarea
        label={t('intake.diagnosis')}
        description={t('intake.diagnosisHint')}
        autosize
        minRows={6}
        maxRows={16}
        required
        withAsterisk={false}
        data-autofocus
        {...form.getInputProps('diagnosis')}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('intake.saveInterview')}
        loading={record.isPending}
      />
    </FormWithFailure>
  );
}

/** Recording the social worker's environmental interview and its diagnosis of the family's problems. */
export function InterviewModal({
  familyId,
  opened,
  onClose,
}: {
  familyId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('intake.interviewTitle')}>
      <InterviewForm familyId={familyId} onDone={onClose} />
    </AppModal>
  );
}
