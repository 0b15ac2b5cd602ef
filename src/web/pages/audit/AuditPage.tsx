import {
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendar, IconListSearch, IconX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEntry, auditOutcomes } from '../../../contract/audit';
import { type AuditFilters, useAuditLog } from '../../api/audit';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { auditActions, auditEntityTypes } from '../../lib/audit';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuditDetailsModal } from './AuditDetailsModal';
import { outcomeColor, useAuditLabels } from './labels';

const ALL = 'all';
type AuditOutcome = AuditEntry['outcome'];
const isOutcome = (value: string): value is AuditOutcome =>
  (auditOutcomes as readonly string[]).includes(value);

/** A long identifier cut to its start; the full one is in the details. */
const shortId = (id: string) => (id.length > 13 ? `${id.slice(0, 8)}…` : id);

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.pageTitle'));
  const format = useFormatters();
  const labels = useAuditLabels();

  const [action, setAction] = useState(ALL);
  const [outcome, setOutcome] = useState(ALL);
  const [entityType, setEntityType] = useState(ALL);
  const [entityId, setEntityId] = useState('');
  const [debouncedEntityId] = useDebouncedValue(entityId, 400);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null);

  const filters: AuditFilters = {
    action: action === ALL ? null : action,
    outcome: isOutcome(outcome) ? outcome : null,
    entityType: entityType === ALL ? null : entityType,
    entityId: debouncedEntityId.trim(),
    actorId: actor?.id ?? null,
    from,
    to,
  };
  const filtered = Object.values(filters).some((value) => value !== null && value !== '');
  const log = useAuditLog(filters);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  const [selected, setSelected] = useState<AuditEntry | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);

  const clearFilters = () => {
    setAction(ALL);
    setOutcome(ALL);
    setEntityType(ALL);
    setEntityId('');
    setFrom(null);
    setTo(null);
    setActor(null);
  };

  const today = dayjs().format('YYYY-MM-DD');
  const calendarIcon = <IconCalendar size={16} aria-hidden />;

  const rows = entries.map((entry) => (
    <Table.Tr key={entry.id}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{format.precise(entry.at)}</Text>
      </Table.Td>
      <Table.Td>
        <Text
          size="sm"
          c={entry.actorKind === 'user' ? undefined : 'dimmed'}
          fs={entry.actorKind === 'user' ? undefined : 'italic'}
        >
          {labels.actor(entry)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{labels.action(entry.action)}</Text>
      </Table.Td>
      <Table.Td>
        <Badge color={outcomeColor[entry.outcome]} variant="light" tt="none" radius="sm">
          {labels.outcome(entry.outcome)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {entry.entityType ? (
          <Stack gap={0}>
            <Text size="sm">{labels.entityType(entry.entityType)}</Text>
            {entry.entityId && (
              <Text size="xs" c="dimmed" ff="monospace">
                {shortId(entry.entityId)}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {entry.summary}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            setSelected(entry);
            setDetailsOpen(true);
          }}
        >
          {t('common.details')}
        </Button>
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack gap={0} maw={1400}>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />

      <Card p="md" mb="md">
        <Group align="flex-end" gap="sm">
          <Select
            label={t('audit.filterAction')}
            data={[
              { value: ALL, label: t('audit.filterActionAll') },
              ...auditActions.map((value) => ({ value, label: labels.action(value) })),
            ]}
            value={action}
            onChange={(value) => setAction(value ?? ALL)}
            allowDeselect={false}
            searchable
            style={{ flex: '1 1 240px' }}
          />
          <Select
            label={t('audit.filterOutcome')}
            data={[
              { value: ALL, label: t('audit.filterOutcomeAll') },
              ...auditOutcomes.map((value) => ({ value, label: labels.outcome(value) })),
            ]}
            value={outcome}
            onChange={(value) => setOutcome(value ?? ALL)}
            allowDeselect={false}
            style={{ flex: '1 1 170px' }}
          />
          <Select
            label={t('audit.filterEntityType')}
            data={[
              { value: ALL, label: t('audit.filterEntityTypeAll') },
              ...auditEntityTypes.map((value) => ({ value, label: labels.entityType(value) })),
            ]}
            value={entityType}
            onChange={(value) => setEntityType(value ?? ALL)}
            allowDeselect={false}
            style={{ flex: '1 1 190px' }}
          />
          <TextInput
            label={t('audit.filterEntityId')}
            value={entityId}
            onChange={(event) => setEntityId(event.currentTarget.value)}
            spellCheck={false}
            autoCapitalize="none"
            maxLength={100}
            style={{ flex: '1 1 220px' }}
          />
          <DateInput
            label={t('audit.filterFrom')}
            value={from}
            onChange={setFrom}
            valueFormat="L"
            maxDate={to ?? today}
            clearable
            leftSection={calendarIcon}
            style={{ flex: '1 1 160px' }}
          />
          <DateInput
            label={t('audit.filterTo')}
            value={to}
            onChange={setTo}
            valueFormat="L"
            minDate={from ?? undefined}
            maxDate={today}
            clearable
            leftSection={calendarIcon}
            style={{ flex: '1 1 160px' }}
          />
          {filtered && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={clearFilters}
            >
              {t('common.clearFilters')}
            </Button>
          )}
        </Group>
        {actor && (
          <Group mt="sm" gap={6}>
            <Text size="sm" c="dimmed">
              {t('audit.filterActor')}:
            </Text>
            <Badge
              variant="light"
              tt="none"
              size="lg"
              radius="sm"
              rightSection={
                <Tooltip label={t('audit.removeActorFilter')}>
                  <CloseButton
                    size="xs"
                    aria-label={t('audit.removeActorFilter')}
                    onClick={() => setActor(null)}
                  />
                </Tooltip>
              }
            >
              {actor.name}
            </Badge>
          </Group>
        )}
      </Card>

      {log.isError && !log.data ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <Card p={0}>
          {log.isPending ? (
            <Group justify="center" py="xl">
              <Loader aria-label={t('app.loading')} />
            </Group>
          ) : entries.length === 0 ? (
            <EmptyState icon={<IconListSearch size={24} />} text={t('audit.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={980}>
              <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit.colAt')}</Table.Th>
                    <Table.Th>{t('audit.colActor')}</Table.Th>
                    <Table.Th>{t('audit.colAction')}</Table.Th>
                    <Table.Th>{t('audit.colOutcome')}</Table.Th>
                    <Table.Th>{t('audit.colEntity')}</Table.Th>
                    <Table.Th>{t('audit.colSummary')}</Table.Th>
                    <Table.Th ta="right">{t('audit.colActions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>{rows}</Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}

      {entries.length > 0 && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('common.shown', { count: entries.length })}
          </Text>
          {log.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void log.fetchNextPage()}
              loading={log.isFetchingNextPage}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </Group>
      )}

      <AuditDetailsModal
        entry={selected}
        opened={detailsOpen}
        onClose={() => setDetailsOpen(false)}
        onFilterActor={(id, name) => {
          setActor({ id, name });
          setDetailsOpen(false);
        }}
      />
    </Stack>
  );
}
