import { Anchor, Badge, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserRef } from '../../../contract/common';
import type { DeadlineItem, DeadlineList, DeadlineStanding } from '../../../contract/engagements';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { useFormatters } from '../../lib/format';

/** How far ahead the deadline views look, in days; the first is the default. */
export const horizons = [14, 30, 60] as const;

/** The choice between the horizons: overdue deadlines show whichever is chosen. */
export function HorizonChoice({ value, onChange }: { value: number; onChange: (days: number) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('deadlines.horizon')}
      value={String(value)}
      onChange={(next) => onChange(Number(next))}
      data={horizons.map((days) => ({ value: String(days), label: t('deadlines.horizonOption', { days }) }))}
    />
  );
}

/** "za 3 dni (2 dni robocze)", "dziś" or "po terminie 4 dni". */
export function useDueText() {
  const { t } = useTranslation();
  return (deadline: DeadlineStanding): string => {
    if (deadline.overdue) {
      return t('deadlines.overdueBy', { days: t('deadlines.days', { count: -deadline.daysLeft }) });
    }
    if (deadline.daysLeft === 0) return t('deadlines.today');
    return t('deadlines.inDays', {
      days: t('deadlines.days', { count: deadline.daysLeft }),
      working: t('deadlines.workingDays', { count: deadline.workingDaysLeft }),
    });
  };
}

type AssistantCounts = DeadlineList['byAssistant'][number];

interface CountsProps {
  rows: readonly AssistantCounts[];
  horizonDays: number;
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** The assistant's cell; the name as text by default. */
  assistantCell?: (assistant: UserRef) => ReactNode;
}

/** Each assistant's overdue deadlines (a red badge when any) and those due within the horizon. */
export function AssistantCountsTable({ rows, horizonDays, labelledBy, assistantCell }: CountsProps) {
  const { t } = useTranslation();
  const columns: Column<AssistantCounts>[] = [
    {
      header: t('deadlines.colAssistant'),
      cell: ({ assistant }) =>
        assistantCell ? (
          assistantCell(assistant)
        ) : (
          <Text size="sm" fw={500}>
            {assistant.name}
          </Text>
        ),
    },
    {
      header: t('deadlines.overdue'),
      align: 'right',
      cell: (row) =>
        row.overdue > 0 ? (
          <Badge color="red" variant="filled" radius="sm">
            {row.overdue}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            0
          </Text>
        ),
    },
    {
      header: t('deadlines.dueWithin', { days: horizonDays }),
      align: 'right',
      cell: (row) => <Text size="sm">{row.dueSoon}</Text>,
    },
  ];
  return (
    <ColumnTable
      items={rows}
      columns={columns}
      rowKey={(row) => row.assistant.id}
      minWidth={320}
      labelledBy={labelledBy}
      stackOnPhone
    />
  );
}

function useColumns(withAssistant: boolean): Column<DeadlineItem>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const dueText = useDueText();
  const columns: Column<DeadlineItem>[] = [
    {
      header: t('deadlines.colKind'),
      cell: (item) => (
        <>
          <Text size="sm" fw={500}>
            {t(`deadlines.kinds.${item.kind}`)}
          </Text>
          {item.courtOpinion && (
            <Text size="xs" c="dimmed">
              {t('deadlines.courtOpinion', {
                court: item.courtOpinion.court,
                signature: item.courtOpinion.caseSignature,
              })}
            </Text>
          )}
          {item.action && (
            <Text size="xs" c="dimmed">
              {t('deadlines.planAction', { description: item.action.description, goal: item.action.goal })}
            </Text>
          )}
        </>
      ),
    },
    {
      header: t('deadlines.colFamily'),
      cellProps: { w: '28%' },
      cell: (item) => (
        <>
          <Anchor component={Link} to={`/engagements/${item.engagementId}`} size="sm" fw={500}>
            {item.family.name || t('requests.caseNumber', { number: item.family.caseNumber })}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('requests.caseNumber', { number: item.family.caseNumber })}
          </Text>
        </>
      ),
    },
    {
      header: t('deadlines.colDue'),
      cellProps: { w: '22%' },
      cell: (item) => (
        <>
          <Text size="sm">{format.date(item.dueOn)}</Text>
          <Text
            size="xs"
            c={item.overdue ? 'red' : item.daysLeft === 0 ? 'orange.8' : 'dimmed'}
            fw={item.overdue ? 600 : undefined}
          >
            {dueText(item)}
          </Text>
        </>
      ),
    },
  ];
  if (!withAssistant) return columns;
  return [
    ...columns,
    {
      header: t('deadlines.colAssistant'),
      cellProps: { w: '18%' },
      cell: (item) => <Text size="sm">{item.assistant.name}</Text>,
    },
  ];
}

const rowKey = (item: DeadlineItem) =>
  [item.engagementId, item.kind, item.courtOpinion?.id ?? item.action?.id].filter(Boolean).join(':');

interface GroupProps {
  title: string;
  items: DeadlineItem[];
  columns: Column<DeadlineItem>[];
  /** Shown instead of the table when the group has nothing. */
  emptyText?: string;
  color?: string;
}

function DeadlineGroup({ title, items, columns, emptyText, color }: GroupProps) {
  const headingId = useId();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Title order={3} fz="h5" c={color} id={headingId}>
          {title}
        </Title>
        <Badge color={color ?? 'gray'} variant="light" radius="sm" aria-hidden>
          {items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <ColumnTable
          items={items}
          columns={columns}
          rowKey={rowKey}
          minWidth={columns.length > 3 ? 640 : 520}
          labelledBy={headingId}
          stackOnPhone
        />
      )}
    </Stack>
  );
}

interface Props {
  items: DeadlineItem[];
  horizonDays: number;
  /** The team view names each item's assistant. */
  withAssistant?: boolean;
}

/** Deadlines in two groups, "Po terminie" (in red) and "W ciągu N dni", or that nothing waits. */
export function DeadlineGroups({ items, horizonDays, withAssistant = false }: Props) {
  const { t } = useTranslation();
  const columns = useColumns(withAssistant);
  if (items.length === 0) {
    return (
      <EmptyState icon={<IconCalendarCheck size={24} />} text={t('deadlines.empty', { days: horizonDays })} />
    );
  }
  const overdue = items.filter((item) => item.overdue);
  return (
    <Stack gap="lg">
      {overdue.length > 0 && (
        <DeadlineGroup title={t('deadlines.overdue')} items={overdue} columns={columns} color="red" />
      )}
      <DeadlineGroup
        title={t('deadlines.dueWithin', { days: horizonDays })}
        items={items.filter((item) => !item.overdue)}
        columns={columns}
        emptyText={t('deadlines.noneDueWithin', { days: horizonDays })}
      />
    </Stack>
  );
}
