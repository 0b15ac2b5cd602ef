import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconHomeHeart,
  IconListSearch,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../contract/roles';
import { useCurrentUser } from '../../api/auth';
import { EmptyState } from '../../components/EmptyState';
import { RoleBadges } from '../../components/RoleBadges';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';

const caseworkRoles: readonly Role[] = ['manager', 'team_lead', 'social_worker'];

function SectionCard({ title, icon, children }: { title: string; icon: ReactNode; children: ReactNode }) {
  return (
    <Card component="section">
      <Group gap="sm" mb="xs">
        <ThemeIcon variant="light" size="lg" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={2} fz="h4">
          {title}
        </Title>
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

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));
  const me = useCurrentUser();
  const format = useFormatters();

  const isAssistant = me.roles.includes('assistant');
  const seesOfficeFamilies = me.roles.some((role) => caseworkRoles.includes(role));

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('home.greeting', { name: me.name })}
        </Title>
        <Text c="dimmed">{t('home.today', { date: format.longDate(new Date()) })}</Text>
      </Stack>

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
        <SectionCard title={t('home.deadlines')} icon={<IconCalendarEvent size={20} />}>
          <EmptyState
            icon={<IconCalendarEvent size={24} />}
            title={t('home.deadlinesEmpty')}
            text={t('home.deadlinesHint')}
          />
        </SectionCard>
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
