import {
  Accordion,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Assessment,
  AssessmentBody,
  type EngagementView,
  goalAchievements,
  recommendations,
} from '../../../contract/engagements';
import { useSubmitAssessment } from '../../api/engagements';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { DateField, DialogForm, useEngagementForm } from './engagementForm';

const legendStyles = { legend: { fontWeight: 600, marginBottom: 'var(--mantine-spacing-xs)' } };
const textarea = { autosize: true, minRows: 3, maxRows: 12 } as const;

function AssessmentForm({ view, onDone }: { view: EngagementView; onDone: () => void }) {
  const { t } = useTranslation();
  const goals = view.plan?.goals ?? [];
  const state = useEngagementForm({
    initialValues: {
      assessedOn: view.today as string | null,
      goalProgress: goals.map((goal) => ({
        goalId: goal.id,
        achievement: null as string | null,
        comment: '',
      })),
      familySituation: '',
      childrenViews: '',
      recommendation: null as string | null,
      withMeeting: false,
      workingMeeting: { date: null as string | null, participants: '', conclusions: '' },
    },
    schema: AssessmentBody,
    toBody: ({ withMeeting, workingMeeting, ...values }) => ({
      ...values,
      workingMeeting: withMeeting ? workingMeeting : null,
    }),
    mutation: useSubmitAssessment(view.engagement.id),
    fields: (values) => [
      'assessedOn',
      ...values.goalProgress.flatMap((_, index) => [
        `goalProgress.${index}.achievement`,
        `goalProgress.${index}.comment`,
      ]),
      'familySituation',
      'childrenViews',
      'recommendation',
      'workingMeeting.date',
      'workingMeeting.participants',
      'workingMeeting.conclusions',
    ],
    saved: t('engagement.assessments.submitted'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm
      state={state}
      submitLabel={t('engagement.assessments.submit')}
      onCancel={onDone}
      intro={t('engagement.assessments.intro')}
    >
      <DateField
        label={t('engagement.assessments.assessedOn')}
        required
        withAsterisk
        minDate={view.engagement.firstContactDate ?? undefined}
        maxDate={view.today}
        maw={{ xs: 280 }}
        {...form.getInputProps('assessedOn')}
      />
      <Fieldset legend={t('engagement.assessments.progressTitle')} variant="unstyled" styles={legendStyles}>
        {goals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('engagement.assessments.noPlan')}
          </Text>
        ) : (
          <Stack gap="sm">
            {goals.map((goal, index) => (
              <Fieldset
                key={goal.id}
                variant="filled"
                legend={t('engagement.plan.goalHeading', { number: index + 1, title: goal.title })}
              >
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <Select
                    label={t('engagement.assessments.achievement')}
                    required
                    withAsterisk
                    allowDeselect={false}
                    data={goalAchievements.map((value) => ({
                      value,
                      label: t(`decisions.achievements.${value}`),
                    }))}
                    {...form.getInputProps(`goalProgress.${index}.achievement`)}
                  />
                  <Textarea
                    label={t('engagement.assessments.comment')}
                    autosize
                    minRows={1}
                    maxRows={6}
                    style={{ gridColumn: 'span 2' }}
                    {...form.getInputProps(`goalProgress.${index}.comment`)}
                  />
                </SimpleGrid>
              </Fieldset>
            ))}
          </Stack>
        )}
      </Fieldset>
      <Textarea
        label={t('engagement.assessments.familySituation')}
        description={t('engagement.assessments.familySituationHint')}
        required
        withAsterisk
        {...textarea}
        {...form.getInputProps('familySituation')}
      />
      <Textarea
        label={t('engagement.assessments.childrenViews')}
        {...textarea}
        {...form.getInputProps('childrenViews')}
      />
      <Select
        label={t('engagement.assessments.recommendation')}
        required
        withAsterisk
        allowDeselect={false}
        data={recommendations.map((value) => ({
          value,
          label: t(`decisions.recommendations.${value}`),
        }))}
        maw={{ sm: 420 }}
        {...form.getInputProps('recommendation')}
      />
      <Checkbox
        label={t('engagement.assessments.withMeeting')}
        {...form.getInputProps('withMeeting', { type: 'checkbox' })}
      />
      {form.values.withMeeting && (
        <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
          <Stack gap="sm">
            <DateField
              label={t('engagement.assessments.meetingDate')}
              required
              withAsterisk
              maxDate={view.today}
              maw={{ xs: 280 }}
              {...form.getInputProps('workingMeeting.date')}
            />
            <Textarea
              label={t('engagement.assessments.participants')}
              required
              withAsterisk
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps('workingMeeting.participants')}
            />
            <Textarea
              label={t('engagement.assessments.conclusions')}
              required
              withAsterisk
              {...textarea}
              {...form.getInputProps('workingMeeting.conclusions')}
            />
          </Stack>
        </Paper>
      )}
    </DialogForm>
  );
}

function AcknowledgementBadge({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return assessment.acknowledgedAt ? (
    <Badge color="green" variant="light" tt="none" radius="sm">
      {t('engagement.assessments.acknowledged')}
    </Badge>
  ) : (
    <Badge color="yellow" variant="light" tt="none" radius="sm">
      {t('engagement.assessments.awaiting')}
    </Badge>
  );
}

function AssessmentDetails({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const meeting = assessment.workingMeeting;
  return (
    <Stack gap="md">
      <Text size="xs" c="dimmed">
        {t('engagement.assessments.submittedBy', {
          name: assessment.submittedBy.name,
          time: format.dateTime(assessment.submittedAt),
        })}
        {assessment.planNumber !== null &&
          ` · ${t('engagement.assessments.planNumber', { number: assessment.planNumber })}`}
      </Text>
      {assessment.goalProgress.length > 0 && (
        <Stack gap={6}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('engagement.assessments.progressTitle')}
          </Text>
          {assessment.goalProgress.map((progress) => (
            <Paper key={progress.goalId} withBorder p="xs">
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {progress.goal}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {t(`decisions.achievements.${progress.achievement}`)}
                </Text>
              </Group>
              {progress.comment && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {progress.comment}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      <Detail label={t('engagement.assessments.familySituation')}>{assessment.familySituation}</Detail>
      {assessment.childrenViews && (
        <Detail label={t('engagement.assessments.childrenViews')}>{assessment.childrenViews}</Detail>
      )}
      {meeting && (
        <Detail label={t('engagement.assessments.meetingTitle')}>
          {t('engagement.assessments.meetingLine', {
            date: format.date(meeting.date),
            participants: meeting.participants,
          })}
          {'\n'}
          {meeting.conclusions}
        </Detail>
      )}
      {assessment.acknowledgedBy && assessment.acknowledgedAt && (
        <Text size="xs" c="dimmed">
          {t('engagement.assessments.acknowledgedBy', {
            name: assessment.acknowledgedBy.name,
            time: format.dateTime(assessment.acknowledgedAt),
          })}
        </Text>
      )}
      {assessment.managerNote && (
        <Detail label={t('engagement.assessments.managerNote')}>{assessment.managerNote}</Detail>
      )}
    </Stack>
  );
}

/** The periodic assessments sent to the manager, and a new one. */
export function AssessmentsTab({ view, canWork }: { view: EngagementView; canWork: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [adding, setAdding] = useState(false);
  // An assessment follows the first contact.
  const canWrite = canWork && view.engagement.status !== 'assigned';

  return (
    <Section
      title={t('engagement.assessments.title')}
      action={
        canWrite && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('engagement.assessments.add')}
          </Button>
        )
      }
    >
      {view.assessments.length === 0 ? (
        <EmptyState
          icon={<IconClipboardCheck size={24} />}
          title={t('engagement.assessments.empty')}
          text={t('engagement.assessments.emptyHint')}
        />
      ) : (
        <Accordion variant="separated" multiple>
          {view.assessments.map((assessment) => (
            <Accordion.Item key={assessment.id} value={assessment.id}>
              <Accordion.Control>
                <Group gap="sm" justify="space-between" pr="xs">
                  <Text fw={600} size="sm">
                    {t('engagement.assessments.heading', { date: format.date(assessment.assessedOn) })}
                  </Text>
                  <Group gap={6}>
                    <Badge variant="outline" color="gray" tt="none" radius="sm">
                      {t(`decisions.recommendations.${assessment.recommendation}`)}
                    </Badge>
                    <AcknowledgementBadge assessment={assessment} />
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <AssessmentDetails assessment={assessment} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {canWrite && (
        <AppModal
          opened={adding}
          onClose={() => setAdding(false)}
          title={t('engagement.assessments.formTitle')}
          size="xl"
        >
          <AssessmentForm view={view} onDone={() => setAdding(false)} />
        </AppModal>
      )}
    </Section>
  );
}
