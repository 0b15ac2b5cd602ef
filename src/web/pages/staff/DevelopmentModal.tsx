import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DevelopmentBody } from '../../../contract/staff';
import { warsawDate } from '../../../domain/calendar';
import { developmentKinds } from '../../../domain/staff';
import { useAddDevelopment } from '../../api/staff';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

const fields = ['kind', 'title', 'date', 'hours', 'note'] as const;

interface Values {
  kind: string | null;
  title: string;
  date: string | null;
  hours: number | string;
  note: string;
}

const bodyOf = (values: Values) => ({
  kind: values.kind,
  title: values.title.trim(),
  date: values.date,
  hours: typeof values.hours === 'number' ? values.hours : null,
  note: values.note.trim(),
});

function DevelopmentForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddDevelopment(personId);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: null, title: '', date: warsawDate(), hours: '', note: '' },
    validate: (values) => validateWith(DevelopmentBody, bodyOf(values)),
  });
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    add.mutate(DevelopmentBody.parse(bodyOf(values)), {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('staff.development.added') });
        onDone();
      },
      onError: failure.fail,
    });
  }, failure.focusInvalid);

  return (
    <FormWithFailure failure={failure} onSubmit={submit}>
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
        <DateInput
          label={t('staff.development.date')}
          description={t('staff.development.dateHint')}
          valueFormat="L"
          placeholder={t('intake.datePlaceholder')}
          required
          withAsterisk={false}
          leftSection={<IconCalendar size={16} aria-hidden />}
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
      <DialogFormButtons onCancel={onDone} submitLabel={t('staff.development.add')} loading={add.isPending} />
    </FormWithFailure>
  );
}

/** Recording a training, a supervision session or a meeting the person attended. */
export function DevelopmentModal({
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
    <AppModal opened={opened} onClose={onClose} title={t('staff.development.addTitle')}>
      <DevelopmentForm personId={personId} onDone={onClose} />
    </AppModal>
  );
}
