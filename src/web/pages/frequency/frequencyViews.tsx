import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconHomeHeart } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserRef } from '../../../contract/common';
import type { ContactFrequency } from '../../../contract/contacts';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { useFormatters } from '../../lib/format';
import { belowTargetByAssistant } from './belowTarget';

type FrequencyItem = ContactFrequency['items'][number];

/** The mark of a family seen less often than the office's target. */
function BelowTargetBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color="orange"
      variant="light"
      tt="none"
      radius="sm"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
    >
      {t('frequency.belowTarget')}
    </Badge>
  );
}

function useColumns(): Column<FrequencyItem>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  return [
    {
      header: t('frequency.colFamily'),
      cell: (item) => (
        <>
          <Anchor component={Link} to={`/engagements/${item.engagementId}`} size="sm" fw={600}>
            {item.family.name || t('families.unnamed')}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('requests.caseNumber', { number: item.family.caseNumber })}
          </Text>
        </>
      ),
    },
    {
      header: t('frequency.colPerWeek'),
      cell: (item) => (
        <Group gap="xs">
          <Text size="sm" fw={item.belowTarget ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
            {t('frequency.perWeek', { value: format.decimal(item.perWeek) })}
          </Text>
          {item.belowTarget && <BelowTargetBadge />}
        </Group>
      ),
    },
    {
      header: t('frequency.colLast'),
      cell: (item) => (
        <Text size="sm" c={item.lastContactDate ? undefined : 'dimmed'}>
          {item.lastContactDate ? format.date(item.lastContactDate) : t('frequency.noContact')}
        </Text>
      ),
    },
  ];
}

/** Families with their contacts a week (below the target marked) and the last contact. */
export function FrequencyTable({ items, labelledBy }: { items: FrequencyItem[]; labelledBy?: string }) {
  const columns = useColumns();
  return (
    <ColumnTable
      items={items}
      columns={columns}
      rowKey={(item) => item.engagementId}
      minWidth={480}
      labelledBy={labelledBy}
      stackOnPhone
    />
  );
}

/** One assistant's families below the target, under her name. */
function AssistantGroup({ assistant, items }: { assistant: UserRef; items: FrequencyItem[] }) {
  const headingId = useId();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Title order={3} fz="h5" id={headingId}>
          {assistant.name}
        </Title>
        <Badge color="orange" variant="light" radius="sm" aria-hidden>
          {items.length}
        </Badge>
      </Group>
      <FrequencyTable items={items} labelledBy={headingId} />
    </Stack>
  );
}

/** The team's families below the target, under each assistant's name; one assistant's when chosen. */
export function BelowTargetByAssistant({
  frequency,
  chosen,
}: {
  frequency: ContactFrequency;
  chosen: UserRef | null;
}) {
  const { t } = useTranslation();
  const groups = belowTargetByAssistant(frequency, chosen?.id);
  if (groups.length === 0) {
    return (
      <EmptyState
        icon={<IconHomeHeart size={24} />}
        text={chosen ? t('frequency.teamEmptyOf') : t('frequency.teamEmpty')}
      />
    );
  }
  return (
    <Stack gap="lg">
      {groups.map((group) => (
        <AssistantGroup key={group.assistant.id} assistant={group.assistant} items={group.items} />
      ))}
    </Stack>
  );
}
