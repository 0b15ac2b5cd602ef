import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import {
  IconClipboardText,
  IconFileDescription,
  IconInfoCircle,
  IconPlus,
  IconSend,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFile } from '../../../contract/families';
import type { AssistanceRequest, EnvironmentalInterview } from '../../../contract/intake';
import { useCurrentUser } from '../../api/auth';
import { printoutUrl } from '../../api/documents';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { ItemList, Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { PrintoutButtons } from '../documents/PrintoutButtons';
import { InterviewModal } from '../intake/InterviewModal';
import { RequestStatusBadge, useLegalBasisText } from '../intake/labels';
import { RequestModal } from '../intake/RequestModal';

function InterviewItem({ interview }: { interview: EnvironmentalInterview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap={6} component="article" aria-labelledby={`interview-${interview.id}`}>
      <Group justify="space-between" gap="xs">
        <Text fw={600} id={`interview-${interview.id}`}>
          {t('intake.interviewHeading', { date: format.date(interview.interviewDate) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('intake.recordedBy', {
            name: interview.recordedBy.name,
            time: format.dateTime(interview.createdAt),
          })}
        </Text>
      </Group>
      <Detail label={t('intake.diagnosis')}>{interview.diagnosis}</Detail>
    </Stack>
  );
}

function RequestItem({
  request,
  interviews,
}: {
  request: AssistanceRequest;
  interviews: EnvironmentalInterview[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const basisText = useLegalBasisText();
  const interview = interviews.find((item) => item.id === request.interviewId);
  return (
    <Stack gap="sm" component="article" aria-labelledby={`request-${request.id}`}>
      <Group justify="space-between" gap="xs">
        <Group gap="sm">
          <Text fw={600} id={`request-${request.id}`}>
            {t('intake.requestHeading', { date: format.date(request.filedAt) })}
          </Text>
          <RequestStatusBadge status={request.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('intake.filedBy', { name: request.filedBy.name, time: format.dateTime(request.filedAt) })}
        </Text>
      </Group>
      <Detail label={t('intake.legalBasis')}>{basisText(request.legalBasis)}</Detail>
      {interview && (
        <Detail label={t('intake.interview')}>
          {t('intake.interviewHeading', { date: format.date(interview.interviewDate) })}
        </Detail>
      )}
      <Detail label={t('intake.justification')}>{request.justification}</Detail>
      {request.status === 'rejected' && request.rejectionReason && (
        <Detail label={t('intake.rejectionReason')}>{request.rejectionReason}</Detail>
      )}
      {request.decidedBy && request.decidedAt && (
        <Text size="xs" c="dimmed">
          {t('intake.decidedBy', { name: request.decidedBy.name, time: format.dateTime(request.decidedAt) })}
        </Text>
      )}
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {t('documents.printouts.print')}
        </Text>
        <PrintoutButtons
          title={t('documents.kinds.assistance_request')}
          detail={format.date(request.filedAt)}
          href={(printFormat) => printoutUrl('assistance_request', request.id, printFormat)}
        />
      </Group>
    </Stack>
  );
}

/** The family's environmental interviews and requests for an assistant. */
export function IntakeTab({ family }: { family: FamilyFile }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canWrite = me.permissions.includes('intake:write');
  const [dialog, setDialog] = useState<'interview' | 'request' | null>(null);

  // A new request waits for the pending one to be decided, or for the open engagement to end.
  const blockedBy =
    family.status === 'awaiting_decision'
      ? t('intake.blockedPending')
      : family.status === 'active'
        ? t('intake.blockedActive')
        : null;

  return (
    <Stack gap="lg">
      <Section
        title={t('intake.interviewsTitle')}
        action={
          canWrite && (
            <Button
              variant="light"
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setDialog('interview')}
            >
              {t('intake.addInterview')}
            </Button>
          )
        }
      >
        {family.interviews.length === 0 ? (
          <EmptyState icon={<IconClipboardText size={24} />} text={t('intake.interviewsEmpty')} />
        ) : (
          <ItemList
            items={family.interviews}
            render={(interview) => <InterviewItem interview={interview} />}
          />
        )}
      </Section>

      <Section
        title={t('intake.requestsTitle')}
        action={
          canWrite && (
            <Button
              leftSection={<IconSend size={18} aria-hidden />}
              onClick={() => setDialog('request')}
              disabled={blockedBy !== null}
              aria-describedby={blockedBy ? `request-blocked-${family.id}` : undefined}
            >
              {t('intake.fileRequest')}
            </Button>
          )
        }
      >
        <Stack gap="md">
          {canWrite && blockedBy && (
            <Alert
              id={`request-blocked-${family.id}`}
              color="blue"
              variant="light"
              icon={<IconInfoCircle aria-hidden />}
            >
              {blockedBy}
            </Alert>
          )}
          {family.requests.length === 0 ? (
            <EmptyState icon={<IconFileDescription size={24} />} text={t('intake.requestsEmpty')} />
          ) : (
            <ItemList
              items={family.requests}
              render={(request) => <RequestItem request={request} interviews={family.interviews} />}
            />
          )}
        </Stack>
      </Section>

      {canWrite && (
        <>
          <InterviewModal
            familyId={family.id}
            opened={dialog === 'interview'}
            onClose={() => setDialog(null)}
          />
          <RequestModal family={family} opened={dialog === 'request'} onClose={() => setDialog(null)} />
        </>
      )}
    </Stack>
  );
}
