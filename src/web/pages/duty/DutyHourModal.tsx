import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconClock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DutyHour, DutyHourBody, UpdateDutyHourBody } from '../../../contract/contacts';
import { useCreateDutyHour, useUpdateDutyHour } from '../../api/duty';
import { problemCode } from '../../api/errors';
import { useStaff } from '../../api/office';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { useFormatters } from '../../lib/format';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import { dutyWeekdays } from './roster';

const fields = ['assistantId', 'weekday', 'startTime', 'endTime', 'place', 'validFrom', 'validTo'] as const;

interface Values {
  assistantId: string | null;
  weekday: string | null;
  startTime: string;
  endTime: string;
  place: string;
  validFrom: string | null;
  validTo: string | null;
}

const valuesOf = (hour: DutyHour | null, validFrom: string): Values => ({
  assistantId: hour?.assistant.id ?? null,
  weekday: hour ? String(hour.weekday) : null,
  startTime: hour?.startTime ?? '',
  endTime: hour?.endTime ?? '',
  place: hour?.place ?? '',
  validFrom: hour?.validFrom ?? validFrom,
  validTo: hour?.validTo ?? null,
});

// Empty fields go as null, which the schema reads as missing ("To pole jest wymagane").
const bodyOf = (values: Values) => ({
  assistantId: values.assistantId,
  weekday: values.weekday ? Number(values.weekday) : null,
  startTime: values.startTime || null,
  endTime: values.endTime || null,
  place: values.place.trim(),
  validFrom: values.validFrom,
  validTo: values.validTo,
});

/** The assistants to choose from; a duty hour's own assistant stays even if no longer listed. */
function useAssistantOptions(hour: DutyHour | null) {
  const assistants = useStaff('assistant').data ?? [];
  const people =
    hour && !assistants.some((person) => person.id === hour.assistant.id)
      ? [hour.assistant, ...assistants]
      : assistants;
  return people.map((person) => ({ value: person.id, label: person.name }));
}

interface FormProps {
  /** null to add a duty hour. */
  hour: DutyHour | null;
  /** A new duty hour is in force from this day unless changed. */
  validFrom: string;
  onDone: () => void;
}

function DutyHourForm({ hour, validFrom, onDone }: FormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const create = useCreateDutyHour();
  const update = useUpdateDutyHour();
  const assistants = useAssistantOptions(hour);
  const [reloaded, setReloaded] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(hour, validFrom),
    validate: (values) => validateWith(DutyHourBody, bodyOf(values)),
  });
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    const onError = (error: unknown) => {
      failure.fail(error);
      // Someone else changed the roster first: it reloads, and the next attempt uses it.
      if (problemCode(error) === 'conflict') setReloaded(true);
    };
    if (hour) {
      const body = UpdateDutyHourBody.parse({ ...bodyOf(values), version: hour.version });
      update.mutate(
        { id: hour.id, ...body },
        {
          onSuccess: () => {
            notifications.show({ color: 'asysta', message: t('duty.saved') });
            onDone();
          },
          onError,
        },
      );
    } else {
      create.mutate(DutyHourBody.parse(bodyOf(values)), {
        onSuccess: (saved) => {
          notifications.show({
            color: 'asysta',
            message: t('duty.created', {
              name: saved.assistant.name,
              weekday: format.weekdayInText(saved.weekday),
              hours: format.timeRange(saved.startTime, saved.endTime),
            }),
          });
          onDone();
        },
        onError,
      });
    }
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('duty.reloaded') : undefined}
    >
      <Select
        label={t('duty.assistant')}
        data={assistants}
        searchable
        required
        withAsterisk={false}
        data-autofocus
        {...form.getInputProps('assistantId')}
      />
      <Select
        label={t('duty.weekday')}
        data={dutyWeekdays.map((weekday) => ({ value: String(weekday), label: format.weekday(weekday) }))}
        required
        withAsterisk={false}
        {...form.getInputProps('weekday')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <TimeInput
          label={t('duty.startTime')}
          required
          withAsterisk={false}
          leftSection={<IconClock size={16} aria-hidden />}
          {...form.getInputProps('startTime')}
        />
        <TimeInput
          label={t('duty.endTime')}
          required
          withAsterisk={false}
          leftSection={<IconClock size={16} aria-hidden />}
          {...form.getInputProps('endTime')}
        />
      </SimpleGrid>
      <TextInput
        label={t('duty.place')}
        description={t('duty.placeHint')}
        required
        withAsterisk={false}
        autoComplete="off"
        {...form.getInputProps('place')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateInput
          label={t('duty.validFrom')}
          valueFormat="L"
          placeholder={t('intake.datePlaceholder')}
          required
          withAsterisk={false}
          leftSection={<IconCalendar size={16} aria-hidden />}
          {...form.getInputProps('validFrom')}
        />
        <DateInput
          label={t('duty.validTo')}
          description={t('duty.validToHint')}
          valueFormat="L"
          placeholder={t('intake.datePlaceholder')}
          clearable
          leftSection={<IconCalendar size={16} aria-hidden />}
          {...form.getInputProps('validTo')}
        />
      </SimpleGrid>
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={hour ? t('common.saveChanges') : t('duty.add')}
        loading={create.isPending || update.isPending}
      />
    </FormWithFailure>
  );
}

interface Props extends Omit<FormProps, 'onDone'> {
  /** With no `hour`: adding one. */
  adding: boolean;
  opened: boolean;
  onClose: () => void;
}

/** Adding a weekly duty hour to the roster, or changing one. */
export function DutyHourModal({ hour, adding, validFrom, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened && (adding || hour !== null)}
      onClose={onClose}
      title={adding ? t('duty.addTitle') : t('duty.editTitle')}
    >
      {adding ? (
        <DutyHourForm hour={null} validFrom={validFrom} onDone={onClose} />
      ) : (
        hour && <DutyHourForm key={hour.id} hour={hour} validFrom={validFrom} onDone={onClose} />
      )}
    </AppModal>
  );
}
