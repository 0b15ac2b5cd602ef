import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Spoiler,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconFileText, IconInbox, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../api/auth';
import { type PendingAssessment, type PendingRequest, useDecisionQueue } from '../../api/decisions';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { AssessmentModal } from './AssessmentModal';
import { type RequestDecision, RequestDecisionModal } from './RequestDecisionModal';

interface ItemCardProps {
  id: string;
  engagementId: string;
  family: PendingRequest['family'];
  /** What the item is; with the family's name it names the card. */
  kind: { label: string; color: string };
  /** A line under the family's name. */
  subtitle: string;
  actions: ReactNode;
  children: ReactNode;
}

/** One item waiting for a decision, named by its family (a link to the engagement) and its kind. */
function ItemCard({ id, engagementId, family, kind, subtitle, actions, children }: ItemCardProps) {
  const headingId = `decision-${id}`;
  return (
    <Card component="article" aria-labelledby={`${headingId} ${headingId}-kind`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={3} fz="h4" id={headingId}>
                <Anchor component={Link} to={`/engagements/${engagementId}`} inherit>
                  {family.name || family.caseNumber}
                </Anchor>
              </Title>
              <Badge id={`${headingId}-kind`} color={kind.color} variant="light" tt="none" radius="sm">
                {kind.label}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {subtitle}
            </Text>
          </Stack>
          {actions}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

function RequestCard({
  request,
  onDecide,
}: {
  request: PendingRequest;
  onDecide?: (d: RequestDecision) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ItemCard
      id={request.id}
      engagementId={request.engagementId}
      family={request.family}
      kind={{
        label: t(`decisions.kinds.${request.kind}`),
        color: request.kind === 'closure' ? 'orange' : 'blue',
      }}
      subtitle={t('requests.caseNumber', { number: request.family.caseNumber })}
      actions={
        onDecide && (
          <Group gap="xs">
            <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => onDecide('approve')}>
              {t('decisions.approve')}
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={18} aria-hidden />}
              onClick={() => onDecide('reject')}
            >
              {t('decisions.reject')}
            </Button>
          </Group>
        )
      }
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Detail label={t('decisions.assistant')}>{request.assistant.name}</Detail>
        {request.kind === 'closure' && request.closureReason && (
          <Detail label={t('decisions.closureReason')}>
            {t(`decisions.closureReasons.${request.closureReason}`)}
          </Detail>
        )}
        {request.kind === 'extension' && request.months !== null && (
          <Detail label={t('decisions.extensionPeriod')}>
            {t('decisions.months', { months: request.months })}
          </Detail>
        )}
      </SimpleGrid>
      <Detail label={t('intake.justification')}>
        <Spoiler maxHeight={110} showLabel={t('requests.showMore')} hideLabel={t('requests.showLess')}>
          {request.justification}
        </Spoiler>
      </Detail>
      <Text size="xs" c="dimmed">
        {t('intake.filedBy', { name: request.requestedBy.name, time: format.dateTime(request.requestedAt) })}
      </Text>
    </ItemCard>
  );
}

function AssessmentCard({ assessment, onOpen }: { assessment: PendingAssessment; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ItemCard
      id={assessment.id}
      engagementId={assessment.engagementId}
      family={assessment.family}
      kind={{ label: t('deadlines.kinds.assessment'), color: 'grape' }}
      subtitle={[
        t('requests.caseNumber', { number: assessment.family.caseNumber }),
        t('decisions.assessedOn', { date: format.date(assessment.assessedOn) }),
      ].join(' · ')}
      actions={
        <Button variant="light" leftSection={<IconFileText size={18} aria-hidden />} onClick={onOpen}>
          {t('decisions.openAssessment')}
        </Button>
      }
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Detail label={t('decisions.assistant')}>{assessment.assistant.name}</Detail>
        <Detail label={t('decisions.recommendation')}>
          {t(`decisions.recommendations.${assessment.recommendation}`)}
        </Detail>
      </SimpleGrid>
    </ItemCard>
  );
}

function Section({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Stack component="section" gap="md" aria-labelledby={id}>
      <Group gap="xs">
        <Title order={2} fz={{ base: 'h4', sm: 'h3' }} id={id}>
          {title}
        </Title>
        <Badge variant="light" color={count > 0 ? 'asysta' : 'gray'} radius="sm" aria-hidden>
          {count}
        </Badge>
      </Group>
      {count === 0 ? (
        <Card>
          <EmptyState icon={<IconInbox size={24} />} text={empty} />
        </Card>
      ) : (
        children
      )}
    </Stack>
  );
}

type Dialog =
  | { kind: RequestDecision; request: PendingRequest }
  | { kind: 'assessment'; assessment: PendingAssessment }
  | null;

/**
 * What awaits the manager after the assistant's work: extension and closure requests, and
 * periodic assessments to acknowledge. The team lead reads the same, without the decisions.
 */
export function DecisionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('decisions.pageTitle'));
  const me = useCurrentUser();
  const canDecide = me.permissions.includes('engagements:decide');
  const queue = useDecisionQueue();

  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const open = (next: NonNullable<Dialog>) => {
    setDialog(next);
    setDialogOpen(true);
  };
  const close = () => setDialogOpen(false);
  // A dialog works on the item as last loaded: after a reload its version is the current one.
  const request =
    dialog && dialog.kind !== 'assessment'
      ? (queue.data?.requests.find((item) => item.id === dialog.request.id) ?? dialog.request)
      : null;
  const assessment =
    dialog?.kind === 'assessment'
      ? (queue.data?.assessments.find((item) => item.id === dialog.assessment.id) ?? dialog.assessment)
      : null;

  return (
    <Stack gap={0} maw={1100}>
      <PageHeader title={t('decisions.title')} subtitle={t('decisions.subtitle')} />
      {queue.isError && !queue.data ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : !queue.data ? (
        <Group justify="center" py="xl">
          <Loader aria-label={t('app.loading')} />
        </Group>
      ) : (
        <Stack gap="xl">
          <Section
            id="decision-requests-heading"
            title={t('decisions.requestsTitle')}
            count={queue.data.requests.length}
            empty={t('decisions.requestsEmpty')}
          >
            {queue.data.requests.map((item) => (
              <RequestCard
                key={item.id}
                request={item}
                onDecide={canDecide ? (kind) => open({ kind, request: item }) : undefined}
              />
            ))}
          </Section>
          <Section
            id="decision-assessments-heading"
            title={t('decisions.assessmentsTitle')}
            count={queue.data.assessments.length}
            empty={t('decisions.assessmentsEmpty')}
          >
            {queue.data.assessments.map((item) => (
              <AssessmentCard
                key={item.id}
                assessment={item}
                onOpen={() => open({ kind: 'assessment', assessment: item })}
              />
            ))}
          </Section>
        </Stack>
      )}

      {canDecide && (
        <RequestDecisionModal
          request={request}
          decision={dialog?.kind === 'reject' ? 'reject' : 'approve'}
          opened={dialogOpen && request !== null}
          onClose={close}
        />
      )}
      <AssessmentModal
        assessment={assessment}
        canDecide={canDecide}
        opened={dialogOpen && assessment !== null}
        onClose={close}
      />
    </Stack>
  );
}
