import { Checkbox, Fieldset, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsOptions, GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type BlueCard,
  BlueCardBody,
  BlueCardMeetingBody,
  UpdateBlueCardBody,
} from '../../../contract/partners';
import { blueCardClosureGrounds, FORM_A_WORKING_DAYS } from '../../../domain/blue-card';
import { useAddBlueCardMeeting, useCreateBlueCard, useUpdateBlueCard } from '../../api/blueCards';
import { DateField, DialogForm, useEngagementForm } from '../engagements/engagementForm';

const cardFields = [
  'startedOn',
  'initiatedBy',
  'formAFilledBy',
  'assistantInitiated',
  'formASentOn',
  'assistantInGroup',
  'assistantTasks',
] as const;

const cardValues = (card: BlueCard | null, today: string) => ({
  startedOn: card?.startedOn ?? (today as string | null),
  initiatedBy: card?.initiatedBy ?? '',
  formAFilledBy: card?.formAFilledBy ?? '',
  assistantInitiated: card?.assistantInitiated ?? false,
  formASentOn: card?.formASentOn ?? null,
  assistantInGroup: card?.assistantInGroup ?? false,
  assistantTasks: card?.assistantTasks ?? '',
});

/** What the shared fields use of a form: the change form has more fields. */
interface CardForm {
  values: { startedOn: string | null };
  getInputProps: (
    path: (typeof cardFields)[number],
    options?: GetInputPropsOptions,
  ) => GetInputPropsReturnType;
}

/** What every record of a procedure says: who started it, form A, the assistant's part. */
function CardFields({ form, today }: { form: CardForm; today: string }) {
  const { t } = useTranslation();
  const startedOn = form.values.startedOn ?? undefined;
  return (
    <>
      <DateField
        label={t('blueCards.startedOn')}
        required
        withAsterisk
        maxDate={today}
        maw={{ sm: 320 }}
        data-autofocus
        {...form.getInputProps('startedOn')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('blueCards.initiatedBy')}
          description={t('blueCards.initiatedByHint')}
          required
          withAsterisk
          autoComplete="off"
          {...form.getInputProps('initiatedBy')}
        />
        <TextInput
          label={t('blueCards.formAFilledBy')}
          description={t('blueCards.formAFilledByHint')}
          required
          withAsterisk
          autoComplete="off"
          {...form.getInputProps('formAFilledBy')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('blueCards.assistantInitiated')}
        description={t('blueCards.assistantInitiatedHint', { days: FORM_A_WORKING_DAYS })}
        {...form.getInputProps('assistantInitiated', { type: 'checkbox' })}
      />
      <DateField
        label={t('blueCards.formASentOn')}
        clearable
        minDate={startedOn}
        maxDate={today}
        maw={{ sm: 320 }}
        {...form.getInputProps('formASentOn')}
      />
      <Checkbox
        label={t('blueCards.assistantInGroup')}
        {...form.getInputProps('assistantInGroup', { type: 'checkbox' })}
      />
      <Textarea
        label={t('blueCards.assistantTasks')}
        description={t('blueCards.assistantTasksHint')}
        autosize
        minRows={2}
        maxRows={10}
        {...form.getInputProps('assistantTasks')}
      />
    </>
  );
}

/** Records that a procedure concerning the family started. */
export function NewBlueCardForm({
  familyId,
  today,
  onDone,
}: {
  familyId: string;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: cardValues(null, today),
    schema: BlueCardBody,
    toBody: (values) => values,
    mutation: useCreateBlueCard(familyId),
    fields: cardFields,
    saved: t('blueCards.created'),
    onDone,
  });
  return (
    <DialogForm
      state={state}
      submitLabel={t('blueCards.createSubmit')}
      onCancel={onDone}
      intro={t('blueCards.createIntro')}
    >
      <CardFields form={state.form} today={today} />
    </DialogForm>
  );
}

/** What a form about one of the family's procedures works with. */
interface CardFormProps {
  familyId: string;
  card: BlueCard;
  /** The latest day a date may be. */
  today: string;
  onDone: () => void;
}

/** Changes a procedure: form A sent, the assistant's part in the group, its end. */
export function BlueCardChangeForm({ familyId, card, today, onDone }: CardFormProps) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: {
      ...cardValues(card, today),
      closedOn: card.closedOn,
      closureGround: card.closureGround,
    },
    schema: UpdateBlueCardBody.omit({ version: true }),
    toBody: (values) => values,
    mutation: useUpdateBlueCard(familyId, card),
    fields: [...cardFields, 'closedOn', 'closureGround'],
    saved: t('blueCards.saved'),
    conflictNote: t('blueCards.reloaded'),
    onDone,
  });
  const { form } = state;
  return (
    <DialogForm state={state} submitLabel={t('common.saveChanges')} onCancel={onDone}>
      <CardFields form={form} today={today} />
      <Fieldset legend={t('blueCards.closureTitle')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            label={t('blueCards.closedOn')}
            clearable
            minDate={form.values.startedOn ?? undefined}
            maxDate={today}
            {...form.getInputProps('closedOn')}
          />
          <Select
            label={t('blueCards.closureGround')}
            data={blueCardClosureGrounds.map((value) => ({
              value,
              label: t(`blueCards.closureGrounds.${value}`),
            }))}
            clearable
            {...form.getInputProps('closureGround')}
          />
        </SimpleGrid>
      </Fieldset>
    </DialogForm>
  );
}

/** Records a meeting of the procedure's diagnostic-support group. */
export function BlueCardMeetingForm({ familyId, card, today, onDone }: CardFormProps) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: { date: today as string | null, note: '' },
    schema: BlueCardMeetingBody,
    toBody: (values) => values,
    mutation: useAddBlueCardMeeting(familyId, card.id),
    fields: ['date', 'note'],
    saved: t('blueCards.meetingSaved'),
    onDone,
  });
  const { form } = state;
  return (
    <DialogForm state={state} submitLabel={t('blueCards.meetingSubmit')} onCancel={onDone}>
      <DateField
        label={t('blueCards.meetingDate')}
        required
        withAsterisk
        minDate={card.startedOn}
        maxDate={today}
        maw={{ sm: 320 }}
        data-autofocus
        {...form.getInputProps('date')}
      />
      <Textarea
        label={t('blueCards.meetingNote')}
        description={t('blueCards.meetingNoteHint')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('note')}
      />
    </DialogForm>
  );
}
