import { Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseloadOverview } from '../../../contract/staff';
import { useCaseloadOverview } from '../../api/staff';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { WithQuery } from '../../components/WithQuery';
import { useIsPhone } from '../../lib/useIsPhone';
import { usePageTitle } from '../../lib/usePageTitle';

type Load = CaseloadOverview['items'][number];

const stateColor: Record<Load['state'], string> = { ok: 'asysta', warning: 'orange', full: 'red' };

/** The fullest lists first; equal ones by the assistant's name. */
export const byPlacesTaken = (items: readonly Load[]): Load[] =>
  [...items].sort((a, b) => b.places - a.places || a.assistant.name.localeCompare(b.assistant.name, 'pl'));

function useColumns(limit: number): Column<Load>[] {
  const { t } = useTranslation();
  const count = (value: number) => <Text size="sm">{value}</Text>;
  return [
    {
      header: t('staff.caseloads.colAssistant'),
      cellProps: { style: { whiteSpace: 'nowrap' } },
      cell: (load) => (
        <Text size="sm" fw={500}>
          {load.assistant.name}
        </Text>
      ),
    },
    { header: t('staff.caseloads.colActive'), align: 'right', cell: (load) => count(load.active) },
    { header: t('staff.caseloads.colMonitoring'), align: 'right', cell: (load) => count(load.monitoring) },
    {
      header: t('staff.caseloads.colPlaces'),
      cellProps: { w: '30%' },
      cell: (load) => (
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
              {t('staff.caseloads.placesOf', { places: load.places, limit })}
            </Text>
            <Badge color={stateColor[load.state]} variant="light" tt="none" radius="sm">
              {t(`staff.caseloads.state.${load.state}`)}
            </Badge>
          </Group>
          {/* The numbers are written above: the bar is only their picture. */}
          <Progress
            value={Math.min(100, (load.places / limit) * 100)}
            color={stateColor[load.state]}
            size="md"
            radius="xl"
            aria-hidden
          />
        </Stack>
      ),
    },
    {
      header: t('staff.caseloads.colContacts'),
      align: 'right',
      cell: (load) => count(load.contactsLast4Weeks),
    },
    {
      header: t('staff.caseloads.colOverdue'),
      align: 'right',
      cell: (load) =>
        load.overdueDeadlines > 0 ? (
          <Badge color="red" variant="filled" radius="sm">
            {load.overdueDeadlines}
          </Badge>
        ) : (
          count(0)
        ),
    },
  ];
}

function CaseloadTable({ overview }: { overview: CaseloadOverview }) {
  const { t } = useTranslation();
  const columns = useColumns(overview.limit);
  // A table reaches the card's edges; the list a phone shows instead keeps to its padding.
  const phone = useIsPhone();
  if (overview.items.length === 0) {
    return (
      <Card>
        <EmptyState icon={<IconUsers size={24} />} text={t('staff.caseloads.empty')} />
      </Card>
    );
  }
  return (
    <Stack gap="sm">
      <Card p={0} px={phone ? 'md' : 0}>
        <ColumnTable
          items={byPlacesTaken(overview.items)}
          columns={columns}
          rowKey={(load) => load.assistant.id}
          minWidth={880}
          stackOnPhone
        />
      </Card>
      <Text size="sm" c="dimmed">
        {overview.warningAt === null
          ? t('staff.caseloads.rules', { limit: overview.limit })
          : t('staff.caseloads.rulesWarning', { limit: overview.limit, warningAt: overview.warningAt })}
      </Text>
    </Stack>
  );
}

/** „Obciążenie asystentów”: each assistant's families against the limit, contacts and overdue deadlines. */
export function CaseloadsPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.caseloads.pageTitle'));
  const overview = useCaseloadOverview();
  return (
    <Stack gap={0} maw={1280}>
      <PageHeader title={t('staff.caseloads.title')} subtitle={t('staff.caseloads.subtitle')} />
      <WithQuery query={overview}>{(data) => <CaseloadTable overview={data} />}</WithQuery>
    </Stack>
  );
}
