import { Badge, Button, CloseButton, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendar, IconListSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEntry, auditOutcomes } from '../../../contract/audit';
import { type AuditFilters, useAuditLog } from '../../api/audit';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { FilterSelect, useFilterChoice } from '../../components/FilterSelect';
import { type Column, PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { auditActions, auditEntityTypes } from '../../lib/audit';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuditDetailsModal } from './AuditDetailsModal';
import { outcomeColor, useAuditLabels } from './labels';

type AuditOutcome = AuditEntry['outcome'];
const isOutcome = (value: string): value is AuditOutcome =>
  (auditOutcomes as readonly string[]).includes(value);

/** A long identifier cut to its start; the full one is in the details. */
const shortId = (id: string) => (id.length > 13 ? `${id.slice(0, 8)}…` : id);

/** The audit log: who did what and when, with filters and the details of each event. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.pageTitle'));
  const format = useFormatters();
  const labels = useAuditLabels();

  const action = useFilterChoice();
  const outcome = useFilterChoice();
  const entityType = useFilterChoice();
  const [entityId, setEntityId] = useState('');
  const [debouncedEntityId] = useDebouncedValue(entityId, 400);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null);

  const filters: AuditFilters = {
    action: action.selected,
    outcome: isOutcome(outcome.value) ? outcome.value : null,
    entityType: entityType.selected,
    entityId: debouncedEntityId.trim(),
    actorId: actor?.id ?? null,
    from,
    to,
  };
  const filtered = Object.values(filters).some((value) => value !== null && value !== '');
  const log = useAuditLog(filters);

  const [selected, setSelected] = useState<AuditEntry | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);

  const clearFilters = () => {
    action.clear();
    outcome.clear();
    entityType.clear();
    setEntityId('');
    setFrom(null);
    setTo(null);
    setActor(null);
  };

  const today = dayjs().format('YYYY-MM-DD');
  const calendarIcon = <IconCalendar size={16} aria-hidden />;

  const columns: Column<AuditEntry>[] = [
    {
      header: t('audit.colAt'),
      cellProps: { style: { whiteSpace: 'nowrap' } },
      cell: (entry) => <Text size="sm">{format.precise(entry.at)}</Text>,
    },
    {
      header: t('audit.colActor'),
      cell: (entry) => (
        <Text
          size="sm"
          c={entry.actorKind === 'user' ? undefined : 'dimmed'}
          fs={entry.actorKind === 'user' ? undefined : 'italic'}
        >
          {labels.actor(entry)}
        </Text>
      ),
    },
    { header: t('audit.colAction'), cell: (entry) => <Text size="sm">{labels.action(entry.action)}</Text> },
    {
      header: t('audit.colOutcome'),
      cell: (entry) => (
        <Badge color={outcomeColor[entry.outcome]} variant="light" tt="none" radius="sm">
          {labels.outcome(entry.outcome)}
        </Badge>
      ),
    },
    {
      header: t('audit.colEntity'),
      cell: (entry) =>
        entry.entityType ? (
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
        ),
    },
    {
      header: t('audit.colSummary'),
      cellProps: { maw: 320 },
      cell: (entry) => (
        <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {entry.summary}
        </Text>
      ),
    },
    {
      header: t('audit.colActions'),
      align: 'right',
      cell: (entry) => (
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
      ),
    },
  ];

  return (
    <Stack gap={0} maw={1400}>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />

      <FilterBar
        filtered={filtered}
        onClear={clearFilters}
        extra={
          actor && (
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
          )
        }
      >
        <FilterSelect
          choice={action}
          label={t('audit.filterAction')}
          allLabel={t('audit.filterActionAll')}
          options={auditActions.map((value) => ({ value, label: labels.action(value) }))}
          searchable
          basis="240px"
        />
        <FilterSelect
          choice={outcome}
          label={t('audit.filterOutcome')}
          allLabel={t('audit.filterOutcomeAll')}
          options={auditOutcomes.map((value) => ({ value, label: labels.outcome(value) }))}
          basis="170px"
        />
        <FilterSelect
          choice={entityType}
          label={t('audit.filterEntityType')}
          allLabel={t('audit.filterEntityTypeAll')}
          options={auditEntityTypes.map((value) => ({ value, label: labels.entityType(value) }))}
          basis="190px"
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
      </FilterBar>

      <PagedTable
        query={log}
        columns={columns}
        empty={<EmptyState icon={<IconListSearch size={24} />} text={t('audit.empty')} />}
        minWidth={980}
      />

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
