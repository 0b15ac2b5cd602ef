import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { createElement, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementRequest, EngagementView } from '../../../contract/engagements';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { ItemList, Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { RequestStatusBadge } from '../intake/labels';
import {
  ClosureRequestForm,
  CooperationRulesForm,
  ExtensionRequestForm,
  FirstContactForm,
  type FormProps,
  MonitoringResultForm,
  StartMonitoringForm,
  SupportingFamilyForm,
} from './courseForms';

const forms = {
  rules: CooperationRulesForm,
  supportingFamily: SupportingFamilyForm,
  startMonitoring: StartMonitoringForm,
  monitoringResult: MonitoringResultForm,
  extension: ExtensionRequestForm,
  closure: ClosureRequestForm,
} satisfies Record<string, (props: FormProps) => ReactNode>;
type Dialog = keyof typeof forms;

interface SectionProps {
  view: EngagementView;
  canWork: boolean;
  open: (dialog: Dialog) => void;
}

function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="light" leftSection={<IconPencil size={18} aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

function FirstContactSection({ view, canWork, open }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { engagement } = view;

  if (engagement.status === 'assigned') {
    return (
      <Section title={t('engagement.firstContact.title')}>
        {canWork ? (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('engagement.firstContact.intro')}
            </Text>
            <FirstContactForm view={view} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('engagement.firstContact.notYet')}
          </Text>
        )}
      </Section>
    );
  }

  return (
    <Section
      title={t('engagement.firstContact.title')}
      action={canWork && <EditButton label={t('engagement.rules.edit')} onClick={() => open('rules')} />}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Detail label={t('engagement.firstContact.date')}>
            {engagement.firstContactDate && format.date(engagement.firstContactDate)}
          </Detail>
          <Detail label={t('engagement.firstContact.joint')}>
            {engagement.firstContactJoint ? t('families.yes') : t('families.no')}
          </Detail>
        </SimpleGrid>
        <Detail label={t('engagement.rules.label')}>
          {engagement.cooperationRules ?? (
            <Text span size="sm" c="dimmed">
              {t('engagement.rules.none')}
            </Text>
          )}
        </Detail>
      </Stack>
    </Section>
  );
}

function SupportingFamilySection({ view, canWork, open }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const analysis = view.engagement.supportingFamily;
  const canRecord = canWork && view.engagement.status !== 'assigned';
  return (
    <Section
      title={t('engagement.supportingFamily.title')}
      action={
        canRecord && (
          <EditButton
            label={analysis ? t('engagement.supportingFamily.edit') : t('engagement.supportingFamily.add')}
            onClick={() => open('supportingFamily')}
          />
        )
      }
    >
      {analysis ? (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Detail label={t('engagement.supportingFamily.analysedOn')}>
            {format.date(analysis.analysedOn)}
          </Detail>
          <Detail label={t('engagement.supportingFamily.outcome')}>
            {t(`engagement.supportingFamily.outcomes.${analysis.outcome}`)}
          </Detail>
          {analysis.note && <Detail label={t('engagement.supportingFamily.note')}>{analysis.note}</Detail>}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('engagement.supportingFamily.none')}
        </Text>
      )}
    </Section>
  );
}

function MonitoringSection({ view, canWork, open }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { engagement } = view;
  const { status } = engagement;

  if (!engagement.monitoringStartedOn) {
    const canStart = status === 'implementation' && view.openActions === 0;
    const text =
      status === 'implementation'
        ? canStart
          ? t('engagement.monitoring.ready')
          : t('engagement.monitoring.actionsOpen', { count: view.openActions })
        : status === 'closure_requested' || status === 'closed'
          ? t('engagement.monitoring.notHeld')
          : t('engagement.monitoring.beforePlan');
    return (
      <Section
        title={t('engagement.monitoring.title')}
        action={
          canWork &&
          canStart && (
            <Button onClick={() => open('startMonitoring')}>{t('engagement.monitoring.start')}</Button>
          )
        }
      >
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </Section>
    );
  }

  return (
    <Section
      title={t('engagement.monitoring.title')}
      action={
        canWork &&
        status === 'monitoring' && (
          <EditButton
            label={t('engagement.monitoring.saveResult')}
            onClick={() => open('monitoringResult')}
          />
        )
      }
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Detail label={t('engagement.monitoring.startedOn')}>
          {format.date(engagement.monitoringStartedOn)}
        </Detail>
        <Detail label={t('engagement.monitoring.result')}>
          {engagement.monitoringResult ? (
            t(`engagement.monitoring.results.${engagement.monitoringResult}`)
          ) : (
            <Text span size="sm" c="dimmed">
              {t('engagement.monitoring.noResult')}
            </Text>
          )}
        </Detail>
        {engagement.monitoringNote && (
          <Detail label={t('engagement.monitoring.note')}>{engagement.monitoringNote}</Detail>
        )}
      </SimpleGrid>
    </Section>
  );
}

function RequestItem({ request }: { request: EngagementRequest }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = `engagement-request-${request.id}`;
  return (
    <Stack gap="sm" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" gap="xs">
        <Group gap="sm">
          <Text fw={600} id={headingId}>
            {t(`engagement.requests.kinds.${request.kind}`)}
          </Text>
          <RequestStatusBadge status={request.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('intake.filedBy', {
            name: request.requestedBy.name,
            time: format.dateTime(request.requestedAt),
          })}
        </Text>
      </Group>
      {request.closureReason && (
        <Detail label={t('engagement.requests.reason')}>
          {t(`decisions.closureReasons.${request.closureReason}`)}
        </Detail>
      )}
      {request.months !== null && (
        <Detail label={t('engagement.requests.months')}>
          {t('engagement.requests.monthsValue', { months: request.months })}
        </Detail>
      )}
      <Detail label={t('engagement.requests.justification')}>{request.justification}</Detail>
      {request.decisionNote && (
        <Detail label={t('engagement.requests.decisionNote')}>{request.decisionNote}</Detail>
      )}
      {request.decidedBy && request.decidedAt && (
        <Text size="xs" c="dimmed">
          {t('intake.decidedBy', { name: request.decidedBy.name, time: format.dateTime(request.decidedAt) })}
        </Text>
      )}
    </Stack>
  );
}

function RequestsSection({ view, canWork, open }: SectionProps) {
  const { t } = useTranslation();
  const { status } = view.engagement;
  // Requests need a plan in force, and none while a closure waits for the manager.
  const canFile = canWork && (status === 'implementation' || status === 'monitoring');
  const extensionPending = view.requests.some(
    (request) => request.kind === 'extension' && request.status === 'pending',
  );
  const notice =
    status === 'closure_requested'
      ? t('engagement.requests.closurePending')
      : canFile && extensionPending
        ? t('engagement.requests.extensionPending')
        : canWork && !canFile
          ? t('engagement.requests.needPlan')
          : null;

  return (
    <Section
      title={t('engagement.requests.title')}
      action={
        canFile && (
          <Group gap="xs">
            <Button variant="light" onClick={() => open('extension')} disabled={extensionPending}>
              {t('engagement.requests.extension')}
            </Button>
            <Button variant="light" color="orange" onClick={() => open('closure')}>
              {t('engagement.requests.closure')}
            </Button>
          </Group>
        )
      }
    >
      <Stack gap="md">
        {notice && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {notice}
          </Alert>
        )}
        {view.requests.length === 0 ? (
          <EmptyState icon={<IconInfoCircle size={24} />} text={t('engagement.requests.empty')} />
        ) : (
          <ItemList items={view.requests} render={(request) => <RequestItem request={request} />} />
        )}
      </Stack>
    </Section>
  );
}

/** The course of the work: first contact, rules, supporting family, monitoring, requests to the manager. */
export function CourseTab({ view, canWork }: { view: EngagementView; canWork: boolean }) {
  const { t } = useTranslation();
  // The dialog chosen stays while the closing one fades out.
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState(false);
  const open = (chosen: Dialog) => {
    setDialog(chosen);
    setOpened(true);
  };
  const close = () => setOpened(false);
  const sectionProps = { view, canWork, open };

  return (
    <Stack gap="lg">
      <FirstContactSection {...sectionProps} />
      <SupportingFamilySection {...sectionProps} />
      <MonitoringSection {...sectionProps} />
      <RequestsSection {...sectionProps} />
      {canWork && (
        <AppModal
          opened={opened}
          onClose={close}
          title={dialog ? t(`engagement.dialogs.${dialog}`) : undefined}
        >
          {dialog && createElement(forms[dialog], { view, onDone: close })}
        </AppModal>
      )}
    </Stack>
  );
}
