import { Alert, Badge, Center, Group, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconEqual } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EngagementView, Responsible } from '../../../contract/engagements';
import { diagnosisAreas } from '../../../domain/diagnosis';
import {
  actionFields,
  actionStatuses,
  type Change,
  diffWorkPlans,
  type FieldChange,
  goalFields,
  type PlanField,
} from '../../../domain/work-plan';
import { usePlanVersion } from '../../api/engagements';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../lib/format';
import { useResponsibleText } from './labels';

type Shown = Exclude<Change, 'unchanged'>;

const changeColor: Record<Shown, string> = {
  added: 'green',
  removed: 'red',
  changed: 'yellow',
};

const isChanged = <T extends { change: Change }>(item: T): item is T & { change: Shown } =>
  item.change !== 'unchanged';

const planFields: readonly string[] = [...goalFields, ...actionFields];
const isPlanField = (field: string): field is PlanField => planFields.includes(field);

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

function ChangeBadge({ change }: { change: Shown }) {
  const { t } = useTranslation();
  return (
    <Badge color={changeColor[change]} variant="light" tt="none" radius="sm">
      {t(`engagement.plan.diff.${change}`)}
    </Badge>
  );
}

/** "Termin: 01.03.2026 → 15.03.2026", each value as the plan shows it. */
function useFieldChangeText(view: EngagementView) {
  const { t } = useTranslation();
  const format = useFormatters();
  const responsibleText = useResponsibleText(view.members);
  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return '—';
    if (field === 'responsible') return responsibleText(raw as Responsible);
    if (field === 'deadline' && typeof raw === 'string') return format.date(raw);
    if (field === 'status' && oneOf(actionStatuses, raw)) return t(`engagement.actionStatus.${raw}`);
    if (field === 'area' && oneOf(diagnosisAreas, raw)) return t(`engagement.areas.${raw}`);
    return String(raw);
  };
  return (change: FieldChange) =>
    t('engagement.plan.diff.fieldLine', {
      field: isPlanField(change.field) ? t(`engagement.plan.fields.${change.field}`) : change.field,
      before: value(change.field, change.before),
      after: value(change.field, change.after),
    });
}

function FieldChanges({ changes, view }: { changes: FieldChange[]; view: EngagementView }) {
  const text = useFieldChangeText(view);
  if (changes.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {changes.map((change) => (
        <List.Item key={change.field} style={{ overflowWrap: 'anywhere' }}>
          {text(change)}
        </List.Item>
      ))}
    </List>
  );
}

/** What changed from one version of the plan to another: goals and actions added, removed, changed. */
export function PlanDiff({ view, before, after }: { view: EngagementView; before: number; after: number }) {
  const { t } = useTranslation();
  const older = usePlanVersion(view.engagement.id, before);
  const newer = usePlanVersion(view.engagement.id, after);

  if (older.isError || newer.isError) {
    const retry = () => void Promise.all([older.refetch(), newer.refetch()]);
    return <QueryError error={older.error ?? newer.error} onRetry={retry} />;
  }
  if (!older.data || !newer.data) {
    return (
      <Center py="md">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  const goals = diffWorkPlans(older.data.goals, newer.data.goals);
  const changed = goals.filter(isChanged);
  const unchanged = goals.filter((goal) => !isChanged(goal));

  return (
    <Stack gap="sm" aria-live="polite">
      <Text fw={600}>{t('engagement.plan.diff.heading', { before, after })}</Text>
      {changed.length === 0 && (
        <Alert color="gray" variant="light" icon={<IconEqual aria-hidden />}>
          {t('engagement.plan.diff.none')}
        </Alert>
      )}
      {changed.map((goal) => (
        <Paper
          key={goal.id}
          withBorder
          p="sm"
          style={{ borderLeft: `4px solid var(--mantine-color-${changeColor[goal.change]}-6)` }}
        >
          <Stack gap={6}>
            <Group gap="sm">
              <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('engagement.plan.diff.goal', { title: goal.title })}
              </Text>
              <ChangeBadge change={goal.change} />
            </Group>
            <FieldChanges changes={goal.fields} view={view} />
            {goal.actions.filter(isChanged).map((action) => (
              <Stack key={action.id} gap={2} pl="md">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ChangeBadge change={action.change} />
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {t('engagement.plan.diff.action', { description: action.description })}
                  </Text>
                </Group>
                <FieldChanges changes={action.fields} view={view} />
              </Stack>
            ))}
          </Stack>
        </Paper>
      ))}
      {unchanged.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('engagement.plan.diff.unchanged', { goals: unchanged.map((goal) => goal.title).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
