import { Badge, Button, Divider, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementView, PlanAction, PlanGoal, WorkPlan } from '../../../contract/engagements';
import { Detail } from '../../components/Detail';
import { useFormatters } from '../../lib/format';
import { useIsPhone } from '../../lib/useIsPhone';
import { ActionStatusBadge, useResponsibleText } from './labels';

/** An action still to be done whose deadline has passed. */
const isLate = (action: PlanAction, today: string) =>
  (action.status === 'planned' || action.status === 'in_progress') && action.deadline < today;

function Deadline({ action, today }: { action: PlanAction; today: string }) {
  const format = useFormatters();
  const late = isLate(action, today);
  return (
    <Text span size="sm" c={late ? 'red' : undefined} fw={late ? 600 : undefined}>
      {format.date(action.deadline)}
    </Text>
  );
}

const cell = { style: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' } } as const;

function ActionsTable({ goal, view }: { goal: PlanGoal; view: EngagementView }) {
  const { t } = useTranslation();
  const responsibleText = useResponsibleText(view.members);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} horizontalSpacing="sm" withTableBorder layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">{t('engagement.plan.fields.description')}</Table.Th>
            <Table.Th w="14%">{t('engagement.plan.fields.responsible')}</Table.Th>
            <Table.Th w={110}>{t('engagement.plan.fields.deadline')}</Table.Th>
            <Table.Th w="22%">{t('engagement.plan.fields.expectedEffect')}</Table.Th>
            <Table.Th w={130}>{t('engagement.plan.fields.status')}</Table.Th>
            <Table.Th>{t('engagement.plan.fields.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {goal.actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td {...cell}>{action.description}</Table.Td>
              <Table.Td {...cell}>{responsibleText(action.responsible)}</Table.Td>
              <Table.Td>
                <Deadline action={action} today={view.today} />
              </Table.Td>
              <Table.Td {...cell}>{action.expectedEffect}</Table.Td>
              <Table.Td>
                <ActionStatusBadge status={action.status} />
              </Table.Td>
              <Table.Td {...cell}>{action.result ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On a phone each action reads as a small card rather than a wide table. */
function ActionsList({ goal, view }: { goal: PlanGoal; view: EngagementView }) {
  const { t } = useTranslation();
  const responsibleText = useResponsibleText(view.members);
  return (
    <Stack gap="sm">
      {goal.actions.map((action, index) => (
        <Fragment key={action.id}>
          {index > 0 && <Divider />}
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {action.description}
              </Text>
              <ActionStatusBadge status={action.status} />
            </Group>
            <SimpleGrid cols={2} spacing="sm" verticalSpacing={6}>
              <Detail label={t('engagement.plan.fields.responsible')}>
                {responsibleText(action.responsible)}
              </Detail>
              <Detail label={t('engagement.plan.fields.deadline')}>
                <Deadline action={action} today={view.today} />
              </Detail>
            </SimpleGrid>
            <Detail label={t('engagement.plan.fields.expectedEffect')}>{action.expectedEffect}</Detail>
            {action.result && <Detail label={t('engagement.plan.fields.result')}>{action.result}</Detail>}
          </Stack>
        </Fragment>
      ))}
    </Stack>
  );
}

/** The plan's goals, each with its actions: who does what, by when, to what effect. */
function PlanGoals({ goals, view }: { goals: PlanGoal[]; view: EngagementView }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Stack gap="md">
      {goals.map((goal, index) => (
        <Paper
          key={goal.id}
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          component="article"
          aria-labelledby={`goal-${goal.id}`}
        >
          <Group gap="sm" mb="sm" align="center">
            <Title order={3} fz="h5" id={`goal-${goal.id}`} style={{ overflowWrap: 'anywhere' }}>
              {t('engagement.plan.goalHeading', { number: index + 1, title: goal.title })}
            </Title>
            {goal.area && (
              <Badge variant="light" color="blue" tt="none" radius="sm">
                {t(`engagement.areas.${goal.area}`)}
              </Badge>
            )}
          </Group>
          {phone ? <ActionsList goal={goal} view={view} /> : <ActionsTable goal={goal} view={view} />}
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * One version of the plan as written: who wrote it and with whom, whether the family
 * acknowledged it, and its goals. `onAcknowledge` offers recording the acknowledgement.
 */
export function PlanDocument({
  plan,
  view,
  onAcknowledge,
}: {
  plan: WorkPlan;
  view: EngagementView;
  onAcknowledge?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { coauthors, acknowledgement } = plan;
  return (
    <Stack gap="md">
      <Text size="xs" c="dimmed">
        {t('engagement.plan.writtenBy', { name: plan.createdBy.name, time: format.dateTime(plan.createdAt) })}
      </Text>
      {plan.changeNote && <Detail label={t('engagement.plan.changeNote')}>{plan.changeNote}</Detail>}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
        <Detail label={t('engagement.plan.coauthorMembers')}>
          {coauthors.members.length > 0
            ? coauthors.members.map((member) => member.name).join(', ')
            : t('families.none')}
        </Detail>
        <Detail label={t('families.file.socialWorker')}>
          {coauthors.socialWorker?.name ?? t('families.none')}
        </Detail>
        {coauthors.fosterCareCoordinator && (
          <Detail label={t('engagement.plan.fosterCareCoordinator')}>
            {coauthors.fosterCareCoordinator}
          </Detail>
        )}
        {coauthors.childAssistancePlan && (
          <Detail label={t('engagement.plan.childAssistancePlan')}>{coauthors.childAssistancePlan}</Detail>
        )}
      </SimpleGrid>
      <Paper withBorder p="sm" bg={acknowledgement ? 'asysta.0' : 'yellow.0'}>
        <Group justify="space-between" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <IconChecks size={20} aria-hidden />
            <Text size="sm">
              {acknowledgement
                ? t('engagement.plan.acknowledgedLine', {
                    date: format.date(acknowledgement.on),
                    name: acknowledgement.by,
                  })
                : t('engagement.plan.notAcknowledged')}
            </Text>
          </Group>
          {!acknowledgement && onAcknowledge && (
            <Button size="xs" variant="default" onClick={onAcknowledge}>
              {t('engagement.plan.acknowledge')}
            </Button>
          )}
        </Group>
      </Paper>
      <PlanGoals goals={plan.goals} view={view} />
    </Stack>
  );
}
