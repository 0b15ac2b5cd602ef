import { Checkbox, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Contact, ContactBody, type ContactPlace } from '../../../contract/contacts';
import type { EngagementView } from '../../../contract/engagements';
import { DialogForm, useEngagementForm } from '../engagements/engagementForm';
import { KindAndPlaceFields, lastHour, TimeSpanFields } from './contactFields';

/** The form's values: the body of a contact, with the date possibly not yet chosen. */
export type ContactValues = Omit<ContactBody, 'date' | 'placeNote' | 'participants' | 'followUps'> & {
  date: string | null;
  placeNote: string;
  participants: { memberIds: string[]; others: string };
  followUps: string;
};

/** A contact recorded just after it ended: today, the hour just gone, at the family's home. */
export function newContactValues(today: string): ContactValues {
  return {
    date: today,
    ...lastHour(),
    kind: 'home_visit',
    place: 'family_home',
    placeNote: '',
    participants: { memberIds: [], others: '' },
    description: '',
    actionIds: [],
    followUps: '',
  };
}

/** A recorded contact, to correct. */
export function contactValues(contact: Contact): ContactValues {
  return {
    date: contact.date,
    startTime: contact.startTime,
    endTime: contact.endTime,
    kind: contact.kind,
    place: contact.place,
    placeNote: contact.placeNote ?? '',
    participants: {
      memberIds: contact.participants.members.map((member) => member.personId),
      others: contact.participants.others ?? '',
    },
    description: contact.description,
    actionIds: contact.actions.map((action) => action.id),
    followUps: contact.followUps ?? '',
  };
}

/** Places that say little by themselves: the form asks which institution, or where. */
const placesWithNote: readonly ContactPlace[] = ['institution', 'elsewhere'];

const fields = [
  'date',
  'startTime',
  'endTime',
  'kind',
  'place',
  'placeNote',
  'participants.memberIds',
  'participants.others',
  'description',
  'actionIds',
  'followUps',
];

const textareaProps = { autosize: true, minRows: 3, maxRows: 12 } as const;

interface Props {
  view: EngagementView;
  initialValues: ContactValues;
  mutation: UseMutationResult<Contact, Error, ContactBody>;
  submitLabel: string;
  /** A line above the fields on what is being recorded. */
  intro?: string;
  onDone: () => void;
  /** "Anuluj" where it should not simply close the dialog. */
  onCancel?: () => void;
}

/**
 * A contact with the family as the assistant writes it down, often on a phone right after the
 * visit: when, what kind and where, who took part, what was done, which of the plan's actions it
 * advanced and what was agreed for next time.
 */
export function ContactForm(props: Props) {
  const { view, initialValues, mutation, submitLabel, intro, onDone, onCancel = onDone } = props;
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues,
    schema: ContactBody,
    toBody: (values: ContactValues) => ({
      ...values,
      placeNote: placesWithNote.includes(values.place) ? values.placeNote : null,
    }),
    mutation,
    fields,
    saved: t('contacts.saved'),
    onDone,
  });
  const { form } = state;
  const actions =
    view.plan?.goals.map((goal) => ({
      group: goal.title,
      items: goal.actions.map((action) => ({ value: action.id, label: action.description })),
    })) ?? [];

  return (
    <DialogForm state={state} submitLabel={submitLabel} onCancel={onCancel} intro={intro}>
      <TimeSpanFields
        inputProps={form.getInputProps}
        minDate={view.engagement.firstContactDate ?? undefined}
        maxDate={view.today}
      />
      <KindAndPlaceFields
        kind={form.getInputProps('kind')}
        place={form.getInputProps('place')}
        suggestPlace={(place) => form.setFieldValue('place', place)}
      />
      {placesWithNote.includes(form.values.place) && (
        <TextInput
          label={t('contacts.fields.placeNote')}
          description={t('contacts.fields.placeNoteHint')}
          {...form.getInputProps('placeNote')}
        />
      )}
      {view.members.length > 0 && (
        <Checkbox.Group
          label={t('contacts.fields.members')}
          {...form.getInputProps('participants.memberIds')}
        >
          <Stack gap="xs" mt="xs">
            {view.members.map((member) => (
              <Checkbox key={member.personId} value={member.personId} label={member.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <TextInput
        label={t('contacts.fields.others')}
        description={t('contacts.fields.othersHint')}
        {...form.getInputProps('participants.others')}
      />
      <Textarea
        label={t('contacts.fields.description')}
        required
        withAsterisk
        {...textareaProps}
        minRows={4}
        {...form.getInputProps('description')}
      />
      {actions.length > 0 && (
        <MultiSelect
          label={t('contacts.fields.actions')}
          description={t('contacts.fields.actionsHint')}
          data={actions}
          searchable
          clearable
          hidePickedOptions
          {...form.getInputProps('actionIds')}
        />
      )}
      <Textarea
        label={t('contacts.fields.followUps')}
        description={t('contacts.fields.followUpsHint')}
        {...textareaProps}
        {...form.getInputProps('followUps')}
      />
    </DialogForm>
  );
}
