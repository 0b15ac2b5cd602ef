import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Institution, InstitutionKind } from '../../../contract/partners';
import { useCurrentUser } from '../../api/auth';
import { type InstitutionFilters, useInstitutionList } from '../../api/partners';
import { AppModal } from '../../components/AppModal';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { FilterSelect, useFilterChoice } from '../../components/FilterSelect';
import { type Column, PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { SearchFilter, useSearchFilter } from '../../components/SearchFilter';
import { useDialog } from '../../lib/useDialog';
import { usePageTitle } from '../../lib/usePageTitle';
import { usePartnerOptions } from '../partners/labels';
import { addressOf, InstitutionDetails, ServiceBadges } from './InstitutionDetails';
import { InstitutionForm } from './InstitutionForm';

const states = ['active', 'retired'] as const;

/** A cell's text, or a dash when there is none. */
function TextOrDash({ text }: { text: string | null }) {
  return (
    <Text size="sm" c={text ? undefined : 'dimmed'}>
      {text ?? '—'}
    </Text>
  );
}

function useColumns(onOpen: (institution: Institution) => void): Column<Institution>[] {
  const { t } = useTranslation();
  return [
    {
      header: t('institutions.colName'),
      cellProps: { w: '28%' },
      cell: (institution) => (
        <Stack gap={2} align="flex-start">
          <Anchor
            component="button"
            type="button"
            fw={600}
            size="sm"
            ta="left"
            onClick={() => onOpen(institution)}
          >
            {institution.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t(`institutions.kinds.${institution.kind}`)}
          </Text>
          {!institution.active && (
            <Badge color="gray" variant="light" tt="none" radius="sm">
              {t('institutions.retired')}
            </Badge>
          )}
        </Stack>
      ),
    },
    {
      header: t('institutions.colContact'),
      cellProps: { w: '20%' },
      cell: (institution) => (
        <>
          <TextOrDash text={addressOf(institution)} />
          {institution.phone && (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {institution.phone}
            </Text>
          )}
        </>
      ),
    },
    {
      header: t('institutions.fields.hours'),
      cellProps: { w: '14%' },
      cell: (institution) => <TextOrDash text={institution.hours} />,
    },
    {
      header: t('institutions.fields.services'),
      cell: (institution) => <ServiceBadges services={institution.services} />,
    },
  ];
}

type Dialog = { kind: 'add' } | { kind: 'open'; id: string };

/** The office's directory of institutions: whom to refer families to, where and when. */
export function InstitutionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('institutions.pageTitle'));
  const me = useCurrentUser();
  const canManage = me.permissions.includes('institutions:manage');
  const { kinds } = usePartnerOptions();

  const search = useSearchFilter();
  const kind = useFilterChoice();
  const state = useFilterChoice();
  const parsedKind = InstitutionKind.safeParse(kind.selected);
  const filters: InstitutionFilters = {
    q: search.query,
    kind: parsedKind.success ? parsedKind.data : null,
    active: state.selected === null ? null : state.selected === 'active',
  };
  const filtered = filters.q !== '' || filters.kind !== null || filters.active !== null;
  const list = useInstitutionList(filters);

  const { dialog, opened, open, close } = useDialog<Dialog>();
  // Looked up on every render: after a reload the dialog works on the current version.
  const chosen =
    dialog?.kind === 'open'
      ? (list.data?.pages.flatMap((page) => page.items).find((item) => item.id === dialog.id) ?? null)
      : null;
  const columns = useColumns((institution) => open({ kind: 'open', id: institution.id }));

  const clearFilters = () => {
    search.clear();
    kind.clear();
    state.clear();
  };

  return (
    <Stack gap={0} maw={1400}>
      <PageHeader
        title={t('institutions.title')}
        subtitle={t('institutions.subtitle')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open({ kind: 'add' })}>
              {t('institutions.add')}
            </Button>
          )
        }
      />

      <FilterBar filtered={filtered || search.typed !== ''} onClear={clearFilters}>
        <SearchFilter
          search={search}
          label={t('institutions.search')}
          placeholder={t('institutions.searchPlaceholder')}
          busy={list.isFetching && !list.isFetchingNextPage}
        />
        <FilterSelect
          choice={kind}
          label={t('institutions.fields.kind')}
          allLabel={t('institutions.filterKindAll')}
          options={kinds}
          basis="240px"
          searchable
        />
        <FilterSelect
          choice={state}
          label={t('institutions.filterState')}
          allLabel={t('institutions.filterStateAll')}
          options={states.map((value) => ({ value, label: t(`institutions.states.${value}`) }))}
          basis="180px"
        />
      </FilterBar>

      <PagedTable
        query={list}
        columns={columns}
        empty={
          <EmptyState
            icon={<IconBuildingCommunity size={24} />}
            text={
              filtered
                ? t('institutions.emptyFiltered')
                : canManage
                  ? t('institutions.emptyCanAdd')
                  : t('institutions.empty')
            }
          />
        }
        minWidth={900}
        stackOnPhone
      />

      <AppModal
        opened={opened && (dialog?.kind === 'add' || chosen !== null)}
        onClose={close}
        title={
          dialog?.kind === 'add'
            ? t('institutions.addTitle')
            : canManage
              ? t('institutions.editTitle')
              : t('institutions.detailsTitle')
        }
      >
        {dialog?.kind === 'add' ? (
          <InstitutionForm institution={null} onDone={close} />
        ) : (
          chosen &&
          (canManage ? (
            <InstitutionForm key={chosen.id} institution={chosen} onDone={close} />
          ) : (
            <InstitutionDetails institution={chosen} onClose={close} />
          ))
        )}
      </AppModal>
    </Stack>
  );
}
