import { Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AcknowledgeAssessmentBody, type goalAchievements } from '../../../contract/engagements';
import { type PendingAssessment, useAcknowledgeAssessment } from '../../api/decisions';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { useFormatters } from '../../lib/format';
import { DecisionForm } from './DecisionForm';

const achievementColor: Record<(typeof goalAchievements)[number], string> = {
  achieved: 'green',
  partly: 'yellow',
  not_achieved: 'red',
};

/** What the assistant wrote: progress on each goal, the family's situation, the recommendation. */
function AssessmentContent({ assessment }: { assessment: PendingAssessment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const meeting = assessment.workingMeeting;
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('decisions.assessmentIntro', {
          name: assessment.family.name,
          number: assessment.family.caseNumber,
          assistant: assessment.assistant.name,
        })}
        {assessment.planNumber !== null &&
          ` ${t('decisions.planVersion', { number: assessment.planNumber })}.`}
      </Text>

      <Stack gap="xs">
        <Title order={3} fz="h5">
          {t('decisions.goalProgress')}
        </Title>
        {assessment.goalProgress.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('decisions.noGoals')}
          </Text>
        ) : (
          assessment.goalProgress.map((progress) => (
            <Paper key={progress.goalId} withBorder p="sm">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {progress.goal}
                </Text>
                <Badge color={achievementColor[progress.achievement]} variant="light" tt="none" radius="sm">
                  {t(`decisions.achievements.${progress.achievement}`)}
                </Badge>
              </Group>
              {progress.comment && (
                <Text size="sm" c="dimmed" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {progress.comment}
                </Text>
              )}
            </Paper>
          ))
        )}
      </Stack>

      <Detail label={t('decisions.familySituation')}>{assessment.familySituation}</Detail>
      {assessment.childrenViews && (
        <Detail label={t('decisions.childrenViews')}>{assessment.childrenViews}</Detail>
      )}
      <Detail label={t('decisions.recommendation')}>
        {t(`decisions.recommendations.${assessment.recommendation}`)}
      </Detail>
      {meeting && (
        <Stack gap="xs">
          <Title order={3} fz="h5">
            {t('decisions.workingMeeting', { date: format.date(meeting.date) })}
          </Title>
          <Detail label={t('decisions.participants')}>{meeting.participants}</Detail>
          <Detail label={t('decisions.conclusions')}>{meeting.conclusions}</Detail>
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {t('decisions.submittedBy', {
          name: assessment.submittedBy.name,
          time: format.dateTime(assessment.submittedAt),
        })}
      </Text>
    </Stack>
  );
}

function AcknowledgeForm({ assessment, onDone }: { assessment: PendingAssessment; onDone: () => void }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeAssessment();
  return (
    <DecisionForm
      target={assessment}
      schema={AcknowledgeAssessmentBody}
      mutation={acknowledge}
      staleCodes={['conflict', 'assessment_already_acknowledged']}
      intro={<Divider />}
      noteLabel={t('decisions.managerNote')}
      noteHint={t('decisions.managerNoteHint')}
      submitLabel={t('decisions.acknowledge')}
      doneMessage={t('decisions.acknowledgedDone', { family: assessment.family.name })}
      onDone={onDone}
    />
  );
}

interface ModalProps {
  assessment: PendingAssessment | null;
  /** The manager acknowledges it here; others only read it. */
  canDecide: boolean;
  opened: boolean;
  onClose: () => void;
}

/** A periodic assessment as the assistant submitted it, and for the manager its acknowledgement. */
export function AssessmentModal({ assessment, canDecide, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <AppModal
      opened={opened && assessment !== null}
      onClose={onClose}
      title={assessment ? t('decisions.assessmentTitle', { date: format.date(assessment.assessedOn) }) : ''}
    >
      {assessment && (
        <Stack gap="md">
          <AssessmentContent assessment={assessment} />
          {canDecide ? (
            <AcknowledgeForm key={assessment.id} assessment={assessment} onDone={onClose} />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.close')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </AppModal>
  );
}
