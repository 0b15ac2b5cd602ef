import {
  AppShell,
  Avatar,
  Badge,
  Box,
  Burger,
  Divider,
  Group,
  Menu,
  NavLink,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAddressBook,
  IconBuilding,
  IconBuildingCommunity,
  IconCalendarTime,
  IconCalendarUser,
  IconCalendarWeek,
  IconChecklist,
  IconChevronDown,
  IconClipboardCheck,
  IconClockHour4,
  IconDoorEnter,
  IconGauge,
  IconHome,
  IconHomeHeart,
  IconListDetails,
  IconListSearch,
  IconLogout,
  IconReportAnalytics,
  IconSettings,
  IconTemplate,
  IconTrashX,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { RolePermission } from '../../contract/permissions';
import { useCurrentUser, useLogout } from '../api/auth';
import { useDecisionQueue } from '../api/decisions';
import { errorMessage } from '../lib/forms';
import { useIsPhone } from '../lib/useIsPhone';
import classes from './AppLayout.module.css';
import { grants } from './guards';
import { LanguageSelect } from './LanguageSelect';
import { Logo } from './Logo';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Shown to those granted it, or any one of several. */
  permission?: RolePermission | readonly RolePermission[];
  /** How many things wait there (shown as a number) and how a screen reader says it. */
  badge?: { count: number; label: string };
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase() || '?';
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const narrow = useIsPhone();

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('userMenu.loggedOut') });
        void navigate('/login', { replace: true });
      },
      onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, t) }),
    });

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        {/* Named by its text (not aria-label, which label lookups would also match): the name is
            shown when there is room and read out by screen readers only on narrow screens. */}
        <UnstyledButton className={classes.userButton}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="asysta" aria-hidden>
              {initials(me.name)}
            </Avatar>
            {narrow ? (
              <VisuallyHidden>{me.name}</VisuallyHidden>
            ) : (
              <Text size="sm" fw={500} className={classes.userName}>
                {me.name}
              </Text>
            )}
            <IconChevronDown size={14} stroke={1.8} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py={6}>
          <Text size="xs" c="dimmed">
            {t('userMenu.signedInAs')}
          </Text>
          <Text size="sm" fw={500} truncate="end">
            {me.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {me.email}
          </Text>
        </Box>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconSettings size={16} aria-hidden />}>
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={signOut}
          disabled={logout.isPending}
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The frame of every signed-in page: header, navigation (a drawer on phones) and content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const decisions = useDecisionQueue(me.permissions.includes('requests:read'));
  const pendingDecisions = decisions.data
    ? decisions.data.requests.length + decisions.data.assessments.length
    : 0;

  // On a phone the navigation closes once a page is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page
  useEffect(() => close(), [location.pathname, close]);

  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), icon: <IconHome size={20} stroke={1.6} /> },
    {
      to: '/families',
      label: t('families.nav'),
      icon: <IconHomeHeart size={20} stroke={1.6} />,
      permission: 'families:read',
    },
    {
      to: '/calendar',
      label: t('calendar.nav'),
      icon: <IconCalendarWeek size={20} stroke={1.6} />,
      permission: 'worktime:own',
    },
    {
      to: '/calendar/team',
      label: t('calendar.teamNav'),
      icon: <IconCalendarUser size={20} stroke={1.6} />,
      permission: 'worktime:team',
    },
    {
      to: '/requests',
      label: t('requests.nav'),
      icon: <IconClipboardCheck size={20} stroke={1.6} />,
      permission: 'requests:read',
    },
    {
      to: '/decisions',
      label: t('decisions.nav'),
      icon: <IconChecklist size={20} stroke={1.6} />,
      permission: 'requests:read',
      badge: pendingDecisions
        ? { count: pendingDecisions, label: t('decisions.navPending', { count: pendingDecisions }) }
        : undefined,
    },
    {
      to: '/deadlines/team',
      label: t('deadlines.teamNav'),
      icon: <IconCalendarTime size={20} stroke={1.6} />,
      permission: 'deadlines:team',
    },
    {
      to: '/caseloads',
      label: t('staff.caseloads.nav'),
      icon: <IconGauge size={20} stroke={1.6} />,
      permission: 'caseloads:read',
    },
    {
      to: '/timesheet',
      label: t('timesheet.nav'),
      icon: <IconClockHour4 size={20} stroke={1.6} />,
      permission: ['worktime:own', 'worktime:team'],
    },
    {
      to: '/duty-hours',
      label: t('duty.nav'),
      icon: <IconDoorEnter size={20} stroke={1.6} />,
      permission: 'duty:read',
    },
    {
      to: '/institutions',
      label: t('institutions.nav'),
      icon: <IconAddressBook size={20} stroke={1.6} />,
      permission: 'institutions:read',
    },
    {
      to: '/staff',
      label: t('staff.nav'),
      icon: <IconUsersGroup size={20} stroke={1.6} />,
      permission: 'staff:read',
    },
    {
      to: '/reports',
      label: t('reports.nav'),
      icon: <IconReportAnalytics size={20} stroke={1.6} />,
      permission: 'reports:read',
    },
    {
      to: '/admin/users',
      label: t('nav.users'),
      icon: <IconUsers size={20} stroke={1.6} />,
      permission: 'users:read',
    },
    {
      to: '/admin/problems',
      label: t('office.navProblems'),
      icon: <IconListDetails size={20} stroke={1.6} />,
      permission: 'dictionaries:manage',
    },
    {
      to: '/admin/office',
      label: t('office.navOffice'),
      icon: <IconBuilding size={20} stroke={1.6} />,
      permission: 'office:manage',
    },
    {
      to: '/admin/templates',
      label: t('documents.templates.nav'),
      icon: <IconTemplate size={20} stroke={1.6} />,
      permission: 'templates:manage',
    },
    {
      to: '/attachments/deleted',
      label: t('documents.deleted.nav'),
      icon: <IconTrashX size={20} stroke={1.6} />,
      permission: 'attachments:deleted',
    },
    {
      to: '/audit',
      label: t('nav.audit'),
      icon: <IconListSearch size={20} stroke={1.6} />,
      permission: 'audit:read',
    },
  ];
  const visible = items.filter((item) => !item.permission || grants(me.permissions, item.permission));
  const leadsTo = (to: string) =>
    to === '/'
      ? location.pathname === '/'
      : location.pathname === to || location.pathname.startsWith(`${to}/`);
  // The item nearest the page is the current one: "Kalendarz zespołu", not "Kalendarz" too.
  const isActive = (to: string) =>
    leadsTo(to) && !visible.some((other) => other.to.length > to.length && leadsTo(other.to));
  // The account page has its own language setting; one control per page keeps its name unique.
  const onAccountPage = location.pathname === '/account';
  // Rendered in one place only (header, or the drawer on narrow phones), never hidden twice over.
  const phone = useMediaQuery('(max-width: 30em)') ?? false;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main-content" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
              aria-expanded={opened}
              aria-controls="app-navbar"
            />
            <Link to="/" className={classes.brand}>
              <Logo />
            </Link>
            <Divider orientation="vertical" visibleFrom="md" />
            <Text size="sm" c="dimmed" visibleFrom="md" truncate="end" maw={320}>
              {me.officeName}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {!onAccountPage && !phone && <LanguageSelect compact />}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="app-navbar" p="sm" component="nav" aria-label={t('nav.main')}>
        <Stack gap={4} style={{ flex: 1 }}>
          {visible.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              rightSection={
                item.badge && (
                  <>
                    <Badge size="sm" radius="sm" aria-hidden>
                      {item.badge.count}
                    </Badge>
                    <VisuallyHidden>{item.badge.label}</VisuallyHidden>
                  </>
                )
              }
              active={isActive(item.to)}
              aria-current={isActive(item.to) ? 'page' : undefined}
              variant="light"
              className={classes.navLink}
            />
          ))}
        </Stack>
        <Stack gap="xs" pt="sm" className={classes.navFooter}>
          {!onAccountPage && phone && <LanguageSelect compact />}
          <Group gap={8} wrap="nowrap" c="dimmed">
            <IconBuildingCommunity size={18} stroke={1.6} aria-hidden />
            <Box style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">
                {t('nav.office')}
              </Text>
              <Text size="sm" truncate="end">
                {me.officeName}
              </Text>
            </Box>
          </Group>
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
