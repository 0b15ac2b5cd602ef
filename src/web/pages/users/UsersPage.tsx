import { Badge, Button, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconKey, IconPencil, IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../contract/roles';
import type { User } from '../../../contract/users';
import { useCurrentUser } from '../../api/auth';
import { type UserFilters, useUserList } from '../../api/users';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { FilterSelect, useFilterChoice } from '../../components/FilterSelect';
import { type Column, PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { RoleBadges } from '../../components/RoleBadges';
import { SearchFilter, useSearchFilter } from '../../components/SearchFilter';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { isRole } from './fields';
import { ResetPasswordModal } from './ResetPasswordModal';

function isLocked(user: User): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
}

function StatusBadges({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="green" variant="light" tt="none" radius="sm">
          {t('users.active')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light" tt="none" radius="sm">
          {t('users.inactive')}
        </Badge>
      )}
      {isLocked(user) && user.lockedUntil && (
        <Tooltip label={t('users.lockedUntil', { time: format.dateTime(user.lockedUntil) })}>
          <Badge color="red" variant="light" tt="none" radius="sm" tabIndex={0}>
            {t('users.locked')}
          </Badge>
        </Tooltip>
      )}
      {user.mustChangePassword && (
        <Tooltip label={t('users.oneTimePasswordHint')}>
          <Badge color="yellow" variant="light" tt="none" radius="sm" tabIndex={0}>
            {t('users.oneTimePassword')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

type Dialog = { kind: 'edit' | 'reset'; user: User } | null;

/** The office's accounts for administrators: search, create, edit and reset passwords. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.pageTitle'));
  const me = useCurrentUser();
  const format = useFormatters();

  const search = useSearchFilter();
  const role = useFilterChoice();
  const status = useFilterChoice();
  const filters: UserFilters = {
    q: search.query,
    role: isRole(role.value) ? role.value : null,
    active: status.value === 'true' || status.value === 'false' ? status.value : null,
  };
  const filtered = filters.q !== '' || filters.role !== null || filters.active !== null;
  const list = useUserList(filters);

  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const open = (kind: 'edit' | 'reset', user: User) => {
    setDialog({ kind, user });
    setDialogOpen(true);
  };

  const clearFilters = () => {
    search.clear();
    role.clear();
    status.clear();
  };

  const columns: Column<User>[] = [
    {
      header: t('users.colName'),
      cell: (user) => (
        <Group gap={6} wrap="nowrap">
          <Text fw={500} size="sm" id={`user-name-${user.id}`}>
            {user.name}
          </Text>
          {user.id === me.id && (
            <Badge size="xs" variant="outline" tt="none">
              {t('users.you')}
            </Badge>
          )}
        </Group>
      ),
    },
    { header: t('users.colEmail'), cell: (user) => <Text size="sm">{user.email}</Text> },
    { header: t('users.colRoles'), cell: (user) => <RoleBadges roles={user.roles} /> },
    { header: t('users.colStatus'), cell: (user) => <StatusBadges user={user} /> },
    {
      header: t('users.colLastLogin'),
      cell: (user) => (
        <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
          {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.never')}
        </Text>
      ),
    },
    {
      header: t('users.colActions'),
      align: 'right',
      cell: (user) => (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              size="xs"
              variant="default"
              rightSection={<IconChevronDown size={14} aria-hidden />}
              // Described by the person's name; not named after it, so the header's button stays unique.
              aria-describedby={`user-name-${user.id}`}
            >
              {t('common.actions')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => open('edit', user)}>
              {t('users.edit')}
            </Menu.Item>
            <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => open('reset', user)}>
              {t('users.resetPassword')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ),
    },
  ];

  return (
    <Stack gap={0} maw={1280}>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
            {t('users.add')}
          </Button>
        }
      />

      <FilterBar filtered={filtered || search.typed !== ''} onClear={clearFilters}>
        <SearchFilter
          search={search}
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          busy={list.isFetching && !list.isFetchingNextPage}
        />
        <FilterSelect
          choice={role}
          label={t('users.filterRole')}
          allLabel={t('users.filterRoleAll')}
          options={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          basis="200px"
        />
        <FilterSelect
          choice={status}
          label={t('users.filterStatus')}
          allLabel={t('users.filterStatusAll')}
          options={[
            { value: 'true', label: t('users.filterStatusActive') },
            { value: 'false', label: t('users.filterStatusInactive') },
          ]}
          basis="180px"
        />
      </FilterBar>

      <PagedTable
        query={list}
        columns={columns}
        empty={
          <EmptyState
            icon={<IconUsers size={24} />}
            title={t('users.emptyTitle')}
            text={filtered ? t('users.emptyFiltered') : t('users.empty')}
          />
        }
        minWidth={860}
      />

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <EditUserModal
        user={dialog?.kind === 'edit' ? dialog.user : null}
        opened={dialogOpen && dialog?.kind === 'edit'}
        myId={me.id}
        onClose={() => setDialogOpen(false)}
      />
      <ResetPasswordModal
        user={dialog?.kind === 'reset' ? dialog.user : null}
        opened={dialogOpen && dialog?.kind === 'reset'}
        onClose={() => setDialogOpen(false)}
      />
    </Stack>
  );
}
