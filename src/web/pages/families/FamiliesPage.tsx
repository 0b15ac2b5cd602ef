import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconHomeHeart, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FamilyStatus, type FamilySummary, familyStatuses } from '../../../contract/families';
import { useCurrentUser } from '../../api/auth';
import { type FamilyFilters, useFamilyList } from '../../api/families';
import { useProblemTypes, useStaff } from '../../api/office';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { FilterSelect, useFilterChoice } from '../../components/FilterSelect';
import { type Column, PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { SearchFilter, useSearchFilter } from '../../components/SearchFilter';
import { usePageTitle } from '../../lib/usePageTitle';
import { ContactBanBadge, FamilyStatusBadge } from './badges';

/** A person's name in a table cell, or a dash when there is nobody. */
function NameOrDash({ person }: { person: { name: string } | null }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c={person ? undefined : 'dimmed'}>
      {person ? person.name : t('families.list.nobody')}
    </Text>
  );
}

/** The office's family registry: search, filter and open a family's file. */
export function FamiliesPage() {
  const { t } = useTranslation();
  usePageTitle(t('families.list.pageTitle'));
  const me = useCurrentUser();
  const canRegister = me.permissions.includes('families:register');
  const problemTypes = useProblemTypes();
  const assistants = useStaff('assistant');

  const search = useSearchFilter();
  const status = useFilterChoice();
  const problem = useFilterChoice();
  const assistant = useFilterChoice();
  const parsedStatus = FamilyStatus.safeParse(status.selected);
  const filters: FamilyFilters = {
    q: search.query,
    status: parsedStatus.success ? parsedStatus.data : null,
    problemTypeId: problem.selected,
    assistantId: assistant.selected,
  };
  const filtered =
    filters.q !== '' ||
    filters.status !== null ||
    filters.problemTypeId !== null ||
    filters.assistantId !== null;
  const list = useFamilyList(filters);

  const clearFilters = () => {
    search.clear();
    status.clear();
    problem.clear();
    assistant.clear();
  };

  const columns: Column<FamilySummary>[] = [
    {
      header: t('families.list.colCaseNumber'),
      cell: (family) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {family.caseNumber}
        </Text>
      ),
    },
    {
      header: t('families.list.colName'),
      cell: (family) => (
        <Stack gap={4} align="flex-start">
          <Anchor component={Link} to={`/families/${family.id}`} fw={600} size="sm">
            {family.name || t('families.unnamed')}
          </Anchor>
          {family.hasContactBan && <ContactBanBadge />}
        </Stack>
      ),
    },
    {
      header: t('families.list.colAddress'),
      cell: (family) => (
        <Text size="sm">
          {family.street}, {family.city}
        </Text>
      ),
    },
    { header: t('families.list.colStatus'), cell: (family) => <FamilyStatusBadge status={family.status} /> },
    { header: t('families.list.colAssistant'), cell: (family) => <NameOrDash person={family.assistant} /> },
    {
      header: t('families.list.colSocialWorker'),
      cell: (family) => <NameOrDash person={family.socialWorker} />,
    },
    {
      header: t('families.list.colMembers'),
      align: 'right',
      cell: (family) => <Text size="sm">{family.memberCount}</Text>,
    },
  ];

  return (
    <Stack gap={0} maw={1280}>
      <PageHeader
        title={t('families.list.title')}
        subtitle={t('families.list.subtitle')}
        actions={
          canRegister && (
            <Button component={Link} to="/families/new" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('families.list.register')}
            </Button>
          )
        }
      />

      <FilterBar filtered={filtered || search.typed !== ''} onClear={clearFilters}>
        <SearchFilter
          search={search}
          label={t('families.list.search')}
          placeholder={t('families.list.searchPlaceholder')}
          busy={list.isFetching && !list.isFetchingNextPage}
        />
        <FilterSelect
          choice={status}
          label={t('families.list.filterStatus')}
          allLabel={t('families.list.filterStatusAll')}
          options={familyStatuses.map((value) => ({ value, label: t(`families.statuses.${value}`) }))}
          basis="180px"
        />
        <FilterSelect
          choice={problem}
          label={t('families.list.filterProblem')}
          allLabel={t('families.list.filterProblemAll')}
          options={(problemTypes.data ?? [])
            .filter((type) => type.active || type.id === problem.selected)
            .map((type) => ({ value: type.id, label: type.name }))}
          basis="200px"
          searchable
        />
        <FilterSelect
          choice={assistant}
          label={t('families.list.filterAssistant')}
          allLabel={t('families.list.filterAssistantAll')}
          options={(assistants.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
          basis="200px"
          searchable
        />
      </FilterBar>

      <PagedTable
        query={list}
        columns={columns}
        empty={
          <EmptyState
            icon={<IconHomeHeart size={24} />}
            title={filtered ? t('families.list.emptyFilteredTitle') : t('families.list.emptyTitle')}
            text={
              filtered
                ? t('families.list.emptyFiltered')
                : canRegister
                  ? t('families.list.emptyCanRegister')
                  : t('families.list.empty')
            }
          />
        }
        minWidth={980}
      />
    </Stack>
  );
}
