import {
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Menu,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconChevronDown,
  IconKey,
  IconPencil,
  IconPlus,
  IconSearch,
  IconUsers,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../contract/roles';
import type { User } from '../../../contract/users';
import { useCurrentUser } from '../../api/auth';
import { type UserFilters, useUserList } from '../../api/users';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RoleBadges } from '../../components/RoleBadges';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { isRole } from './fields';
import { ResetPasswordModal } from './ResetPasswordModal';

const ALL = 'all';

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

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.pageTitle'));
  const me = useCurrentUser();
  const format = useFormatters();

  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [role, setRole] = useState<string>(ALL);
  const [status, setStatus] = useState<string>(ALL);
  const filters: UserFilters = {
    q: debouncedSearch.trim(),
    role: isRole(role) ? role : null,
    active: status === 'true' || status === 'false' ? status : null,
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

  const users = list.data?.pages.flatMap((page) => page.items) ?? [];
  const clearFilters = () => {
    setSearch('');
    setRole(ALL);
    setStatus(ALL);
  };

  const rows = users.map((user) => (
    <Table.Tr key={user.id}>
      <Table.Td>
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
      </Table.Td>
      <Table.Td>
        <Text size="sm">{user.email}</Text>
      </Table.Td>
      <Table.Td>
        <RoleBadges roles={user.roles} />
      </Table.Td>
      <Table.Td>
        <StatusBadges user={user} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
          {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.never')}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
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
      </Table.Td>
    </Table.Tr>
  ));

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

      <Card p="md" mb="md">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={14} /> : null}
            style={{ flex: '1 1 260px' }}
          />
          <Select
            label={t('users.filterRole')}
            data={[
              { value: ALL, label: t('users.filterRoleAll') },
              ...roles.map((value) => ({ value, label: t(`roles.${value}`) })),
            ]}
            value={role}
            onChange={(value) => setRole(value ?? ALL)}
            allowDeselect={false}
            style={{ flex: '1 1 200px' }}
          />
          <Select
            label={t('users.filterStatus')}
            data={[
              { value: ALL, label: t('users.filterStatusAll') },
              { value: 'true', label: t('users.filterStatusActive') },
              { value: 'false', label: t('users.filterStatusInactive') },
            ]}
            value={status}
            onChange={(value) => setStatus(value ?? ALL)}
            allowDeselect={false}
            style={{ flex: '1 1 180px' }}
          />
          {(filtered || search !== '') && (
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
      </Card>

      {list.isError && !list.data ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Card p={0}>
          {list.isPending ? (
            <Group justify="center" py="xl">
              <Loader aria-label={t('app.loading')} />
            </Group>
          ) : users.length === 0 ? (
            <EmptyState
              icon={<IconUsers size={24} />}
              title={t('users.emptyTitle')}
              text={filtered ? t('users.emptyFiltered') : t('users.empty')}
            />
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('users.colName')}</Table.Th>
                    <Table.Th>{t('users.colEmail')}</Table.Th>
                    <Table.Th>{t('users.colRoles')}</Table.Th>
                    <Table.Th>{t('users.colStatus')}</Table.Th>
                    <Table.Th>{t('users.colLastLogin')}</Table.Th>
                    <Table.Th ta="right">{t('users.colActions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>{rows}</Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}

      {users.length > 0 && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('common.shown', { count: users.length })}
          </Text>
          {list.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </Group>
      )}

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
