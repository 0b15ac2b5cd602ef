import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ActionStatus,
  type EngagementView,
  type PlanAction,
  type PlanGoal,
  WorkPlanBody,
} from '../../../contract/engagements';
import type { DiagnosisArea } from '../../../domain/diagnosis';
import { actionStatuses, type Responsible, responsibleKinds } from '../../../domain/work-plan';
import { useSavePlan } from '../../api/engagements';
import { useStaff } from '../../api/office';
import { validateWithPaths } from '../../lib/forms';
import { withCurrent } from '../families/familyFields';
import { DateField, DialogForm, useEngagementForm } from './engagementForm';
import { useAreaOptions } from './labels';

type ResponsibleKind = Responsible['kind'];

interface ActionValues {
  /** Keeps React's rows apart when one is removed. */
  key: string;
  /** The action's id in the version edited; none for a new one. */
  id?: string;
  description: string;
  responsible: { kind: ResponsibleKind | null; personId: string | null; name: string };
  deadline: string | null;
  expectedEffect: string;
  status: ActionStatus;
  result: string;
}

interface GoalValues {
  key: string;
  id?: string;
  title: string;
  area: DiagnosisArea | null;
  actions: ActionValues[];
}

interface Values extends Record<string, unknown> {
  goals: GoalValues[];
  coauthors: {
    memberIds: string[];
    socialWorkerId: string | null;
    fosterCareCoordinator: string;
    childAssistancePlan: string;
  };
  acknowledged: boolean;
  acknowledgement: { on: string | null; by: string };
  changeNote: string;
}

const MAX_GOALS = 30;
const MAX_ACTIONS = 50;

const emptyAction = (): ActionValues => ({
  key: randomId(),
  description: '',
  responsible: { kind: null, personId: null, name: '' },
  deadline: null,
  expectedEffect: '',
  status: 'planned',
  result: '',
});

const emptyGoal = (): GoalValues => ({ key: randomId(), title: '', area: null, actions: [emptyAction()] });

const actionValues = (action: PlanAction): ActionValues => ({
  key: action.id,
  id: action.id,
  description: action.description,
  responsible: {
    kind: action.responsible.kind,
    personId: action.responsible.kind === 'member' ? action.responsible.personId : null,
    name: action.responsible.kind === 'institution' ? action.responsible.name : '',
  },
  deadline: action.deadline,
  expectedEffect: action.expectedEffect,
  status: action.status,
  result: action.result ?? '',
});

const goalValues = (goal: PlanGoal): GoalValues => ({
  key: goal.id,
  id: goal.id,
  title: goal.title,
  area: goal.area,
  actions: goal.actions.map(actionValues),
});

/** The latest version as the start of the next one; a first plan starts with one empty goal. */
function valuesOf(view: EngagementView): Values {
  const { plan } = view;
  const members = new Set(view.members.map((member) => member.personId));
  return {
    goals: plan ? plan.goals.map(goalValues) : [emptyGoal()],
    coauthors: {
      memberIds: plan?.coauthors.members.map((member) => member.id).filter((id) => members.has(id)) ?? [],
      socialWorkerId: (plan ? plan.coauthors.socialWorker : view.family.socialWorker)?.id ?? null,
      fosterCareCoordinator: plan?.coauthors.fosterCareCoordinator ?? '',
      childAssistancePlan: plan?.coauthors.childAssistancePlan ?? '',
    },
    // An acknowledgement belongs to one version: a new one is acknowledged anew.
    acknowledged: false,
    acknowledgement: { on: null, by: '' },
    changeNote: '',
  };
}

/** Only the fields of the kind chosen go to the API; none chosen is a missing field. */
function responsibleOf({ kind, personId, name }: ActionValues['responsible']) {
  switch (kind) {
    case null:
      return null;
    case 'member':
      return { kind, personId };
    case 'institution':
      return { kind, name };
    case 'assistant':
    case 'social_worker':
      return { kind };
  }
}

function bodyOf(values: Values, version: number | null) {
  return {
    version,
    goals: values.goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      area: goal.area,
      actions: goal.actions.map((action) => ({
        id: action.id,
        description: action.description,
        responsible: responsibleOf(action.responsible),
        deadline: action.deadline,
        expectedEffect: action.expectedEffect,
        status: action.status,
        result: action.result,
      })),
    })),
    coauthors: values.coauthors,
    acknowledgement: values.acknowledged ? values.acknowledgement : null,
    changeNote: values.changeNote,
  };
}

/** A missing "who" is reported on the first field of the picker. */
function validate(values: Values): FormErrors {
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(validateWithPaths(WorkPlanBody, bodyOf(values, null)))) {
    errors[path.endsWith('.responsible') ? `${path}.kind` : path] = message;
  }
  return errors;
}

const actionFields = [
  'description',
  'responsible.kind',
  'responsible.personId',
  'responsible.name',
  'deadline',
  'expectedEffect',
  'status',
  'result',
];

/** The form paths where the server's field errors land. */
const fieldPaths = (values: Values) => [
  ...values.goals.flatMap((goal, g) => [
    `goals.${g}.title`,
    `goals.${g}.area`,
    ...goal.actions.flatMap((_, a) => actionFields.map((field) => `goals.${g}.actions.${a}.${field}`)),
  ]),
  'coauthors.memberIds',
  'coauthors.socialWorkerId',
  'coauthors.fosterCareCoordinator',
  'coauthors.childAssistancePlan',
  'acknowledgement.on',
  'acknowledgement.by',
  'changeNote',
];

const legendStyles = {
  legend: {
    fontWeight: 600,
    fontSize: 'var(--mantine-font-size-md)',
    marginBottom: 'var(--mantine-spacing-xs)',
  },
};

type EditorForm = ReturnType<typeof useEngagementForm<Values, typeof WorkPlanBody>>['form'];

function ActionFields({
  form,
  view,
  path,
  action,
}: {
  form: EditorForm;
  view: EngagementView;
  path: string;
  action: ActionValues;
}) {
  const { t } = useTranslation();
  const kind = action.responsible.kind;
  return (
    <Stack gap="sm">
      <Textarea
        label={t('engagement.plan.fields.description')}
        required
        withAsterisk
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps(`${path}.description`)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('engagement.plan.fields.responsible')}
          required
          withAsterisk
          allowDeselect={false}
          data={responsibleKinds.map((value) => ({ value, label: t(`engagement.responsible.${value}`) }))}
          {...form.getInputProps(`${path}.responsible.kind`)}
        />
        {kind === 'member' && (
          <Select
            label={t('engagement.plan.member')}
            required
            withAsterisk
            allowDeselect={false}
            data={view.members.map((member) => ({ value: member.personId, label: member.name }))}
            {...form.getInputProps(`${path}.responsible.personId`)}
          />
        )}
        {kind === 'institution' && (
          <TextInput
            label={t('engagement.plan.institution')}
            required
            withAsterisk
            autoComplete="off"
            {...form.getInputProps(`${path}.responsible.name`)}
          />
        )}
        <DateField
          label={t('engagement.plan.fields.deadline')}
          required
          withAsterisk
          {...form.getInputProps(`${path}.deadline`)}
        />
      </SimpleGrid>
      <Textarea
        label={t('engagement.plan.fields.expectedEffect')}
        required
        withAsterisk
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps(`${path}.expectedEffect`)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('engagement.plan.fields.status')}
          allowDeselect={false}
          data={actionStatuses.map((value) => ({ value, label: t(`engagement.actionStatus.${value}`) }))}
          {...form.getInputProps(`${path}.status`)}
        />
        <Textarea
          label={t('engagement.plan.fields.result')}
          autosize
          minRows={1}
          maxRows={6}
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps(`${path}.result`)}
        />
      </SimpleGrid>
    </Stack>
  );
}

function GoalFields({
  form,
  view,
  goal,
  index,
  canRemove,
}: {
  form: EditorForm;
  view: EngagementView;
  goal: GoalValues;
  index: number;
  canRemove: boolean;
}) {
  const { t } = useTranslation();
  const areaOptions = useAreaOptions();
  const path = `goals.${index}`;
  return (
    <Fieldset legend={t('engagement.plan.goalLegend', { number: index + 1 })} styles={legendStyles}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('engagement.plan.fields.title')}
            required
            withAsterisk
            autoComplete="off"
            style={{ gridColumn: 'span 2' }}
            {...form.getInputProps(`${path}.title`)}
          />
          <Select
            label={t('engagement.plan.fields.area')}
            placeholder={t('engagement.plan.noArea')}
            clearable
            data={areaOptions}
            {...form.getInputProps(`${path}.area`)}
          />
        </SimpleGrid>
        {goal.actions.map((action, a) => (
          <Fieldset
            key={action.key}
            variant="filled"
            legend={t('engagement.plan.actionLegend', { goal: index + 1, number: a + 1 })}
          >
            <ActionFields form={form} view={view} path={`${path}.actions.${a}`} action={action} />
            {goal.actions.length > 1 && (
              <Group justify="flex-end" mt="xs">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => form.removeListItem(`${path}.actions`, a)}
                >
                  {t('engagement.plan.removeAction')}
                </Button>
              </Group>
            )}
          </Fieldset>
        ))}
        <Group justify="space-between">
          <Button
            variant="light"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => form.insertListItem(`${path}.actions`, emptyAction())}
            disabled={goal.actions.length >= MAX_ACTIONS}
          >
            {t('engagement.plan.addAction')}
          </Button>
          {canRemove && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => form.removeListItem('goals', index)}
            >
              {t('engagement.plan.removeGoal')}
            </Button>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}

/**
 * The work plan's editor, starting from the latest version. Every save writes a new version;
 * goals and actions keep their ids, which is what lets versions be compared.
 */
export function PlanEditor({ view, onDone }: { view: EngagementView; onDone: () => void }) {
  const { t } = useTranslation();
  const socialWorkers = useStaff('social_worker');
  // The version edited stays the one opened: a newer one saved meanwhile is not overwritten.
  const [version] = useState(view.plan?.number ?? null);
  const state = useEngagementForm({
    initialValues: valuesOf(view),
    schema: WorkPlanBody,
    toBody: (values) => bodyOf(values, version),
    validate,
    mutation: useSavePlan(view.engagement.id),
    fields: fieldPaths,
    saved: version === null ? t('engagement.plan.savedFirst') : t('engagement.plan.saved'),
    conflictNote: t('engagement.plan.conflict'),
    onDone,
  });
  const { form } = state;

  // The family's social worker and the plan's, even when no longer on the office's list.
  const current = new Map(
    [view.family.socialWorker, view.plan?.coauthors.socialWorker].flatMap((person) =>
      person ? [[person.id, person] as const] : [],
    ),
  );
  const socialWorkerOptions = withCurrent(
    (socialWorkers.data ?? []).map((person) => ({ value: person.id, label: person.name })),
    [...current.values()],
  );

  return (
    <DialogForm
      state={state}
      submitLabel={version === null ? t('engagement.plan.submitFirst') : t('engagement.plan.submit')}
      onCancel={onDone}
      intro={
        version === null ? t('engagement.plan.introFirst') : t('engagement.plan.intro', { number: version })
      }
    >
      {form.values.goals.map((goal, index) => (
        <GoalFields
          key={goal.key}
          form={form}
          view={view}
          goal={goal}
          index={index}
          canRemove={form.values.goals.length > 1}
        />
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => form.insertListItem('goals', emptyGoal())}
          disabled={form.values.goals.length >= MAX_GOALS}
        >
          {t('engagement.plan.addGoal')}
        </Button>
      </Group>

      <Fieldset legend={t('engagement.plan.coauthorsTitle')} variant="unstyled" styles={legendStyles}>
        <Stack gap="sm">
          <Checkbox.Group
            label={t('engagement.plan.coauthorMembers')}
            description={t('engagement.plan.coauthorMembersHint')}
            {...form.getInputProps('coauthors.memberIds')}
          >
            <Stack gap={6} mt="xs">
              {view.members.map((member) => (
                <Checkbox key={member.personId} value={member.personId} label={member.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Select
            label={t('families.file.socialWorker')}
            placeholder={t('families.form.socialWorkerNone')}
            data={socialWorkerOptions}
            clearable
            searchable
            nothingFoundMessage={t('families.form.nothingFound')}
            maw={{ sm: 420 }}
            {...form.getInputProps('coauthors.socialWorkerId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('engagement.plan.fosterCareCoordinator')}
              description={t('engagement.plan.fosterCareHint')}
              autoComplete="off"
              {...form.getInputProps('coauthors.fosterCareCoordinator')}
            />
            <TextInput
              label={t('engagement.plan.childAssistancePlan')}
              description={t('engagement.plan.childAssistancePlanHint')}
              autoComplete="off"
              {...form.getInputProps('coauthors.childAssistancePlan')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('engagement.plan.acknowledgementTitle')} variant="unstyled" styles={legendStyles}>
        <Stack gap="sm">
          <Checkbox
            label={t('engagement.plan.acknowledgedNow')}
            {...form.getInputProps('acknowledged', { type: 'checkbox' })}
          />
          {form.values.acknowledged && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField
                label={t('engagement.plan.acknowledgedOn')}
                required
                withAsterisk
                maxDate={view.today}
                {...form.getInputProps('acknowledgement.on')}
              />
              <TextInput
                label={t('engagement.plan.acknowledgedBy')}
                description={t('engagement.plan.acknowledgedByHint')}
                required
                withAsterisk
                autoComplete="off"
                {...form.getInputProps('acknowledgement.by')}
              />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>

      {version !== null && (
        <Textarea
          label={t('engagement.plan.changeNote')}
          description={t('engagement.plan.changeNoteHint')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('changeNote')}
        />
      )}
    </DialogForm>
  );
}
