import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffSummary } from '../../../contract/staff';
import { useStaffList } from '../../api/staff';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { FilterSelect, useFilterChoice } from '../../components/FilterSelect';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { RoleBadges } from '../../components/RoleBadges';
import { SearchFilter, useSearchFilter } from '../../components/SearchFilter';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { useIsPhone } from '../../lib/useIsPhone';
import { usePageTitle } from '../../lib/usePageTitle';
import { FundingText } from './labels';
import { searchable } from './records';

/** Whether the account can sign in, as on the users' list. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? (
    <Badge color="green" variant="light" tt="none" radius="sm">
      {t('staff.active')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" tt="none" radius="sm">
      {t('staff.inactive')}
    </Badge>
  );
}

function useColumns(): Column<StaffSummary>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
  return [
    {
      header: t('staff.colName'),
      cellProps: { style: { whiteSpace: 'nowrap' } },
      cell: (person) => (
        <Anchor component={Link} to={`/staff/${person.id}`} size="sm" fw={500}>
          {person.name}
        </Anchor>
      ),
    },
    { header: t('staff.colRoles'), cell: (person) => <RoleBadges roles={person.roles} /> },
    {
      header: t('staff.colPosition'),
      cell: (person) =>
        person.current ? (
          <Text size="sm">{t(`staff.positions.${person.current.position}`)}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('staff.notEmployed')}
          </Text>
        ),
    },
    {
      header: t('staff.colForm'),
      cell: (person) =>
        person.current ? <Text size="sm">{t(`staff.forms.${person.current.form}`)}</Text> : none,
    },
    {
      header: t('staff.colFte'),
      align: 'right',
      cell: (person) => (person.current ? <Text size="sm">{format.decimal(person.current.fte)}</Text> : none),
    },
    {
      header: t('staff.colFunding'),
      cell: (person) => (person.current ? <FundingText period={person.current} /> : none),
    },
    { header: t('staff.colStatus'), cell: (person) => <ActiveBadge active={person.active} /> },
  ];
}

/** „Kadra”: every person of the office with how they are employed today; a name opens their record. */
export function StaffListPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.pageTitle'));
  const list = useStaffList();
  const search = useSearchFilter();
  const status = useFilterChoice();
  const columns = useColumns();
  // A table reaches the card's edges; the list a phone shows instead keeps to its padding.
  const phone = useIsPhone();
  const typed = searchable(search.typed.trim());
  const filtered = typed !== '' || status.selected !== null;

  const matching = (items: StaffSummary[]) =>
    items
      .filter((person) => searchable(person.name).includes(typed))
      .filter((person) => status.selected === null || String(person.active) === status.selected)
      .sort((a, b) => a.name.localeCompare(b.name, 'pl'));

  return (
    <Stack gap={0} maw={1280}>
      <PageHeader title={t('staff.title')} subtitle={t('staff.subtitle')} />
      <FilterBar
        filtered={filtered}
        onClear={() => {
          search.clear();
          status.clear();
        }}
      >
        <SearchFilter
          search={search}
          label={t('staff.search')}
          placeholder={t('staff.searchPlaceholder')}
          busy={false}
        />
        <FilterSelect
          choice={status}
          label={t('staff.filterStatus')}
          allLabel={t('staff.filterStatusAll')}
          options={[
            { value: 'true', label: t('staff.filterStatusActive') },
            { value: 'false', label: t('staff.filterStatusInactive') },
          ]}
          basis="180px"
        />
      </FilterBar>
      <WithQuery query={list}>
        {(items) => {
          const shown = matching(items);
          return (
            <>
              <Card p={0} px={phone ? 'md' : 0}>
                {shown.length === 0 ? (
                  <EmptyState
                    icon={<IconUsersGroup size={24} />}
                    title={t('staff.emptyTitle')}
                    text={filtered ? t('staff.emptyFiltered') : t('staff.empty')}
                  />
                ) : (
                  <ColumnTable
                    items={shown}
                    columns={columns}
                    rowKey={(person) => person.id}
                    minWidth={960}
                    stackOnPhone
                  />
                )}
              </Card>
              {shown.length > 0 && (
                <Group mt="md">
                  <Text size="sm" c="dimmed" aria-live="polite">
                    {t('common.shown', { count: shown.length })}
                  </Text>
                </Group>
              )}
            </>
          );
        }}
      </WithQuery>
    </Stack>
  );
}
