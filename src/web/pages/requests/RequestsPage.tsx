import { Anchor, Badge, Button, Card, Group, Loader, Spoiler, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconInbox, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type QueuedRequest, type RequestStatus, requestStatuses } from '../../../contract/intake';
import { useCurrentUser } from '../../api/auth';
import { useRequestList } from '../../api/intake';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { CaseloadTable } from '../intake/caseload';
import { RequestStatusBadge, useLegalBasisText } from '../intake/labels';
import { ApproveModal } from './ApproveModal';
import { RejectModal } from './RejectModal';

const isStatus = (value: string | null): value is RequestStatus =>
  (requestStatuses as readonly (string | null)[]).includes(value);

interface CardProps {
  request: QueuedRequest;
  /** Present for people who decide requests, on pending ones only. */
  onApprove?: () => void;
  onReject?: () => void;
}

function RequestCard({ request, onApprove, onReject }: CardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const basisText = useLegalBasisText();
  const { family } = request;
  const headingId = `queued-request-${request.id}`;

  return (
    <Card component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} fz="h4" id={headingId}>
                <Anchor component={Link} to={`/families/${family.id}`} inherit>
                  {family.name || t('requests.caseNumber', { number: family.caseNumber })}
                </Anchor>
              </Title>
              {request.status !== 'pending' && <RequestStatusBadge status={request.status} />}
              {family.hasContactBan && (
                <Badge
                  color="red"
                  variant="filled"
                  tt="none"
                  radius="sm"
                  leftSection={<IconAlertTriangle size={12} aria-hidden />}
                >
                  {t('requests.contactBan')}
                </Badge>
              )}
              {family.zaZyciem && (
                <Badge color="grape" variant="light" tt="none" radius="sm">
                  {t('requests.zaZyciem')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {[
                t('requests.caseNumber', { number: family.caseNumber }),
                family.city,
                t('requests.members', { count: family.memberCount }),
              ].join(' · ')}
            </Text>
          </Stack>
          {(onApprove || onReject) && (
            <Group gap="xs">
              {onApprove && (
                <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={onApprove}>
                  {t('requests.approve')}
                </Button>
              )}
              {onReject && (
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconX size={18} aria-hidden />}
                  onClick={onReject}
                >
                  {t('requests.reject')}
                </Button>
              )}
            </Group>
          )}
        </Group>

        <Detail label={t('intake.legalBasis')}>{basisText(request.legalBasis)}</Detail>
        <Detail label={t('intake.justification')}>
          <Spoiler maxHeight={110} showLabel={t('requests.showMore')} hideLabel={t('requests.showLess')}>
            {request.justification}
          </Spoiler>
        </Detail>
        {request.assistant && (
          <Detail label={t('requests.assignedAssistant')}>{request.assistant.name}</Detail>
        )}
        {request.status === 'rejected' && request.rejectionReason && (
          <Detail label={t('intake.rejectionReason')}>{request.rejectionReason}</Detail>
        )}

        <Group gap="lg">
          <Text size="xs" c="dimmed">
            {t('intake.filedBy', { name: request.filedBy.name, time: format.dateTime(request.filedAt) })}
          </Text>
          {request.decidedBy && request.decidedAt && (
            <Text size="xs" c="dimmed">
              {t('intake.decidedBy', {
                name: request.decidedBy.name,
                time: format.dateTime(request.decidedAt),
              })}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

type Dialog = { kind: 'approve' | 'reject'; request: QueuedRequest } | null;

function RequestQueue({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canDecide = me.permissions.includes('requests:decide');
  const list = useRequestList(status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const open = (kind: 'approve' | 'reject', request: QueuedRequest) => {
    setDialog({ kind, request });
    setDialogOpen(true);
  };
  // The dialog works on the request as last loaded: after a reload its version is the current one.
  const chosen = dialog ? (items.find((item) => item.id === dialog.request.id) ?? dialog.request) : null;

  if (list.isError && !list.data) {
    return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  }
  if (list.isPending) {
    return (
      <Group justify="center" py="xl">
        <Loader aria-label={t('app.loading')} />
      </Group>
    );
  }

  return (
    <Stack gap="md">
      {items.length === 0 ? (
        <Card>
          <EmptyState icon={<IconInbox size={24} />} text={t(`requests.empty.${status}`)} />
        </Card>
      ) : (
        items.map((request) => (
          <RequestCard
            key={request.id}
            request={request}
            onApprove={canDecide && request.status === 'pending' ? () => open('approve', request) : undefined}
            onReject={canDecide && request.status === 'pending' ? () => open('reject', request) : undefined}
          />
        ))
      )}

      {items.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('common.shown', { count: items.length })}
          </Text>
          {list.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </Group>
      )}

      {canDecide && (
        <>
          <ApproveModal
            request={dialog?.kind === 'approve' ? chosen : null}
            opened={dialogOpen && dialog?.kind === 'approve'}
            onClose={() => setDialogOpen(false)}
          />
          <RejectModal
            request={dialog?.kind === 'reject' ? chosen : null}
            opened={dialogOpen && dialog?.kind === 'reject'}
            onClose={() => setDialogOpen(false)}
          />
        </>
      )}
    </Stack>
  );
}

/**
 * The manager's queue of requests for an assistant, with the team's loads above it. The team lead
 * sees the same, without the decisions.
 */
export function RequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('requests.pageTitle'));
  const me = useCurrentUser();
  const [status, setStatus] = useState<RequestStatus>('pending');
  const seesLoads = me.permissions.includes('caseloads:read');

  return (
    <Stack gap={0} maw={1100}>
      <PageHeader title={t('requests.title')} subtitle={t('requests.subtitle')} />

      {seesLoads && (
        <Card component="section" mb="lg" aria-labelledby="caseloads-heading">
          <Stack gap={4} mb="sm">
            <Title order={2} fz="h4" id="caseloads-heading">
              {t('requests.caseloadsTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('requests.caseloadsHint')}
            </Text>
          </Stack>
          <CaseloadTable />
        </Card>
      )}

      <Tabs
        value={status}
        onChange={(value) => {
          if (isStatus(value)) setStatus(value);
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('requests.statusTabs')}>
          {requestStatuses.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`requests.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {requestStatuses.map((value) => (
          <Tabs.Panel key={value} value={value}>
            <RequestQueue status={value} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
