import { Grid, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { EngagementView } from '../../../contract/engagements';
import { type MeetingBody, TeamMeetingBody } from '../../../contract/partners';
import { useAddTeamMeeting } from '../../api/partners';
import { RepeatedRows } from '../../components/RepeatedRows';
import { DateField, DialogForm, useEngagementForm } from '../engagements/engagementForm';
import { usePartnerOptions } from './labels';

const MAX_ROWS = 30;

type MemberRow = { key: string; role: string; name: string };
type TaskRow = { key: string; description: string; responsible: string; due: string | null };
type Values = {
  body: MeetingBody;
  date: string | null;
  members: MemberRow[];
  conclusions: string;
  tasks: TaskRow[];
};

const emptyMember = (): MemberRow => ({ key: randomId(), role: '', name: '' });
const emptyTask = (): TaskRow => ({ key: randomId(), description: '', responsible: '', due: null });

/** A meeting held today, the assistant among those present. */
const newMeeting = (view: EngagementView, assistantRole: string): Values => ({
  body: 'diagnostic_support_group',
  date: view.today,
  members: [{ key: randomId(), role: assistantRole, name: view.engagement.assistant.name }],
  conclusions: '',
  tasks: [],
});

const bodyOf = ({ members, tasks, ...values }: Values) => ({
  ...values,
  members: members.map(({ key: _, ...member }) => member),
  tasks: tasks.map(({ key: _, ...task }) => task),
});

/** The form paths where the server's field errors land. */
const fieldPaths = (values: Values) => [
  'body',
  'date',
  'members',
  ...values.members.flatMap((_, index) => [`members.${index}.role`, `members.${index}.name`]),
  'conclusions',
  ...values.tasks.flatMap((_, index) =>
    ['description', 'responsible', 'due'].map((field) => `tasks.${index}.${field}`),
  ),
];

/**
 * Records a meeting of the interdisciplinary team or a diagnostic-support group about the
 * family: who sat on it (the assistant first), what it concluded and who is to do what.
 */
export function TeamMeetingForm({ view, onDone }: { view: EngagementView; onDone: () => void }) {
  const { t } = useTranslation();
  const { bodies } = usePartnerOptions();
  const state = useEngagementForm({
    initialValues: newMeeting(view, t('partners.meetings.assistantRole')),
    schema: TeamMeetingBody,
    toBody: bodyOf,
    mutation: useAddTeamMeeting(view.engagement.id),
    fields: fieldPaths,
    saved: t('partners.meetings.saved'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm state={state} submitLabel={t('partners.meetings.submit')} onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('partners.meetings.body')}
          data={bodies}
          required
          withAsterisk
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('body')}
        />
        <DateField
          label={t('partners.meetings.date')}
          required
          withAsterisk
          maxDate={view.today}
          {...form.getInputProps('date')}
        />
      </SimpleGrid>
      <RepeatedRows
        legend={t('partners.meetings.members')}
        rows={form.values.members}
        addLabel={t('partners.meetings.addMember')}
        onAdd={() => form.insertListItem('members', emptyMember())}
        removeLabel={(index) => t('partners.meetings.removeMember', { number: index + 1 })}
        onRemove={(index) => form.removeListItem('members', index)}
        min={1}
        max={MAX_ROWS}
        error={form.errors.members}
      >
        {(_, index) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('partners.meetings.memberRole')}
              placeholder={t('partners.meetings.memberRolePlaceholder')}
              required
              withAsterisk
              autoComplete="off"
              {...form.getInputProps(`members.${index}.role`)}
            />
            <TextInput
              label={t('partners.meetings.memberName')}
              required
              withAsterisk
              autoComplete="off"
              {...form.getInputProps(`members.${index}.name`)}
            />
          </SimpleGrid>
        )}
      </RepeatedRows>
      <Textarea
        label={t('partners.meetings.conclusions')}
        required
        withAsterisk
        autosize
        minRows={3}
        maxRows={12}
        {...form.getInputProps('conclusions')}
      />
      <RepeatedRows
        legend={t('partners.meetings.tasks')}
        rows={form.values.tasks}
        addLabel={t('partners.meetings.addTask')}
        onAdd={() => form.insertListItem('tasks', emptyTask())}
        removeLabel={(index) => t('partners.meetings.removeTask', { number: index + 1 })}
        onRemove={(index) => form.removeListItem('tasks', index)}
        max={MAX_ROWS}
        empty={t('partners.meetings.noTasks')}
      >
        {(_, index) => (
          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('partners.meetings.taskDescription')}
                required
                withAsterisk
                autoComplete="off"
                {...form.getInputProps(`tasks.${index}.description`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={t('partners.meetings.taskResponsible')}
                required
                withAsterisk
                autoComplete="off"
                {...form.getInputProps(`tasks.${index}.responsible`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <DateField
                label={t('partners.meetings.taskDue')}
                clearable
                {...form.getInputProps(`tasks.${index}.due`)}
              />
            </Grid.Col>
          </Grid>
        )}
      </RepeatedRows>
    </DialogForm>
  );
}
