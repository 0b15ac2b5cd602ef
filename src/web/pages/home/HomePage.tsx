import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconHomeHeart,
  IconListSearch,
  IconUsers,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../contract/roles';
import { useCurrentUser } from '../../api/auth';
import { useMyDeadlines } from '../../api/deadlines';
import { EmptyState } from '../../components/EmptyState';
import { RoleBadges } from '../../components/RoleBadges';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { DeadlineGroups, HorizonChoice, horizons, WithDeadlines } from '../deadlines/deadlineViews';

const caseworkRoles: readonly Role[] = ['manager', 'team_lead', 'social_worker'];

interface SectionCardProps {
  title: string;
  icon: ReactNode;
  /** A line under the title. */
  hint?: string;
  /** Controls on the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
}

function SectionCard({ title, icon, hint, actions, children }: SectionCardProps) {
  return (
    <Card component="section">
      <Group justify="space-between" align="flex-start" gap="sm" mb="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" aria-hidden>
            {icon}
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} fz="h4">
              {title}
            </Title>
            {hint && (
              <Text size="sm" c="dimmed">
                {hint}
              </Text>
            )}
          </Stack>
        </Group>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

function LinkCard(props: { title: string; text: string; action: string; to: string; icon: ReactNode }) {
  return (
    <SectionCard title={props.title} icon={props.icon}>
      <Text c="dimmed" size="sm" mb="md">
        {props.text}
      </Text>
      <Button
        component={Link}
        to={props.to}
        variant="light"
        rightSection={<IconArrowRight size={16} aria-hidden />}
      >
        {props.action}
      </Button>
    </SectionCard>
  );
}

/** "Moje terminy": what is overdue or due soon in the person's own engagements. */
function MyDeadlines() {
  const { t } = useTranslation();
  const [horizon, setHorizon] = useState<number>(horizons[0]);
  const deadlines = useMyDeadlines(horizon);
  return (
    <SectionCard
      title={t('deadlines.mineTitle')}
      hint={t('deadlines.mineHint')}
      icon={<IconCalendarEvent size={20} />}
      actions={<HorizonChoice value={horizon} onChange={setHorizon} />}
    >
      <WithDeadlines query={deadlines}>
        {(list) => <DeadlineGroups items={list.items} horizonDays={list.horizonDays} />}
      </WithDeadlines>
    </SectionCard>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));
  const me = useCurrentUser();
  const format = useFormatters();

  const isAssistant = me.roles.includes('assistant');
  const seesOfficeFamilies = me.roles.some((role) => caseworkRoles.includes(role));
  const hasDeadlines = me.permissions.includes('deadlines:read');

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('home.greeting', { name: me.name })}
        </Title>
        <Text c="dimmed">{t('home.today', { date: format.longDate(new Date()) })}</Text>
      </Stack>

      {hasDeadlines && <MyDeadlines />}

      <Card>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon variant="light" color="gray" size="lg" aria-hidden>
              <IconBuildingCommunity size={20} />
            </ThemeIcon>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('home.office')}
              </Text>
              <Text fw={500}>{me.officeName}</Text>
            </div>
          </Group>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
              {t('home.yourRoles')}
            </Text>
            <RoleBadges roles={me.roles} />
          </div>
        </SimpleGrid>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {isAssistant && (
          <SectionCard title={t('home.familiesMine')} icon={<IconHomeHeart size={20} />}>
            <EmptyState
              icon={<IconHomeHeart size={24} />}
              title={t('home.familiesMineEmpty')}
              text={t('home.familiesMineHint')}
            />
          </SectionCard>
        )}
        {seesOfficeFamilies && (
          <SectionCard title={t('home.familiesOffice')} icon={<IconHomeHeart size={20} />}>
            <EmptyState icon={<IconHomeHeart size={24} />} text={t('home.familiesOfficeEmpty')} />
          </SectionCard>
        )}
        {!hasDeadlines && (
          <SectionCard title={t('home.deadlines')} icon={<IconCalendarEvent size={20} />}>
            <EmptyState
              icon={<IconCalendarEvent size={24} />}
              title={t('home.deadlinesEmpty')}
              text={t('home.deadlinesHint')}
            />
          </SectionCard>
        )}
        {me.permissions.includes('users:read') && (
          <LinkCard
            title={t('home.usersCard')}
            text={t('home.usersCardText')}
            action={t('home.usersCardAction')}
            to="/admin/users"
            icon={<IconUsers size={20} />}
          />
        )}
        {me.permissions.includes('audit:read') && (
          <LinkCard
            title={t('home.auditCard')}
            text={t('home.auditCardText')}
            action={t('home.auditCardAction')}
            to="/audit"
            icon={<IconListSearch size={20} />}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
