import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconArrowRight,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCalendarTime,
  IconChecklist,
  IconClipboardCheck,
  IconHomeHeart,
  IconListSearch,
  IconPhoneCall,
  IconUsers,
} from '@tabler/icons-react';
import { Children, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../contract/roles';
import { useCurrentUser } from '../../api/auth';
import { useMyDeadlines, useTeamDeadlines } from '../../api/deadlines';
import { useFamilyList } from '../../api/families';
import { useMyContactFrequency, useTeamContactFrequency } from '../../api/frequency';
import { EmptyState } from '../../components/EmptyState';
import { QueryError } from '../../components/QueryError';
import { RoleBadges } from '../../components/RoleBadges';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { AssistantCountsTable, DeadlineGroups, HorizonChoice, horizons } from '../deadlines/deadlineViews';
import { ContactBanBadge } from '../families/badges';
import { belowTargetByAssistant } from '../frequency/belowTarget';
import { FrequencyTable } from '../frequency/frequencyViews';

/** Roles that work with families themselves, so have deadlines of their own. */
const ownCaseloadRoles: readonly Role[] = ['assistant', 'team_lead'];
const caseworkRoles: readonly Role[] = ['manager', 'team_lead', 'social_worker'];
/** Rows of the team's summary; the rest are on the team deadlines page. */
const teamRowsShown = 8;

interface SectionCardProps {
  title: string;
  /** The title's id, for a table the card names. */
  headingId?: string;
  icon: ReactNode;
  /** A line under the title. */
  hint?: string;
  /** Controls on the right of the title. */
  actions?: ReactNode;
  /** At the bottom, however tall the card is drawn. */
  footer?: ReactNode;
  children: ReactNode;
}

function SectionCard({ title, headingId, icon, hint, actions, footer, children }: SectionCardProps) {
  const ownId = useId();
  const id = headingId ?? ownId;
  return (
    <Card component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" aria-hidden>
            {icon}
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} fz="h4" id={id}>
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
      {footer && (
        <Box mt="auto" pt="md">
          {footer}
        </Box>
      )}
    </Card>
  );
}

/** The way on from a card to its page. */
function MoreLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Button component={Link} to={to} variant="light" rightSection={<IconArrowRight size={16} aria-hidden />}>
      {children}
    </Button>
  );
}

function LinkCard(props: { title: string; text: string; action: string; to: string; icon: ReactNode }) {
  return (
    <SectionCard
      title={props.title}
      icon={props.icon}
      footer={<MoreLink to={props.to}>{props.action}</MoreLink>}
    >
      <Text c="dimmed" size="sm">
        {props.text}
      </Text>
    </SectionCard>
  );
}

/** Cards side by side, as many as fit at `minWidth` each; a lone card takes the whole row. */
function CardGrid({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  if (Children.toArray(children).length === 0) return null;
  return (
    <Box
      style={{
        display: 'grid',
        gap: 'var(--mantine-spacing-lg)',
        gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${minWidth}px), 1fr))`,
      }}
    >
      {children}
    </Box>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <Group justify="center" py="xl">
      <Loader aria-label={t('app.loading')} />
    </Group>
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
      <WithQuery query={deadlines}>
        {(list) => <DeadlineGroups items={list.items} horizonDays={list.horizonDays} />}
      </WithQuery>
    </SectionCard>
  );
}

/** "Terminy zespołu": each assistant's overdue and soon-due deadlines, as the API orders them. */
function TeamDeadlines() {
  const { t } = useTranslation();
  const headingId = useId();
  const horizon = horizons[0];
  const deadlines = useTeamDeadlines(horizon);
  return (
    <SectionCard
      title={t('deadlines.teamTitle')}
      headingId={headingId}
      hint={t('home.teamDeadlinesHint', { days: horizon })}
      icon={<IconCalendarTime size={20} />}
      footer={<MoreLink to="/deadlines/team">{t('home.teamDeadlinesAll')}</MoreLink>}
    >
      <WithQuery query={deadlines}>
        {(list) =>
          list.byAssistant.length === 0 ? (
            <EmptyState
              icon={<IconCalendarTime size={24} />}
              text={t('home.teamDeadlinesEmpty', { days: list.horizonDays })}
            />
          ) : (
            <Stack gap="xs">
              <AssistantCountsTable
                rows={list.byAssistant.slice(0, teamRowsShown)}
                horizonDays={list.horizonDays}
                labelledBy={headingId}
              />
              {list.byAssistant.length > teamRowsShown && (
                <Text size="sm" c="dimmed">
                  {t('home.teamDeadlinesMore', { shown: teamRowsShown, total: list.byAssistant.length })}
                </Text>
              )}
            </Stack>
          )
        }
      </WithQuery>
    </SectionCard>
  );
}

/** "Twoje rodziny": the families the assistant is working with now. */
function MyFamilies({ assistantId }: { assistantId: string }) {
  const { t } = useTranslation();
  const list = useFamilyList({ q: '', status: 'active', problemTypeId: null, assistantId });
  const families = list.data?.pages.flatMap((page) => page.items) ?? [];
  let body: ReactNode;
  if (list.isError && !list.data) {
    body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.isPending) {
    body = <Loading />;
  } else if (families.length === 0) {
    body = (
      <EmptyState
        icon={<IconHomeHeart size={24} />}
        title={t('home.familiesMineEmpty')}
        text={t('home.familiesMineHint')}
      />
    );
  } else {
    body = (
      <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {families.map((family, index) => (
          <Group
            component="li"
            key={family.id}
            justify="space-between"
            gap="xs"
            py="xs"
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
          >
            <div>
              <Anchor component={Link} to={`/families/${family.id}`} fw={600} size="sm">
                {family.name || t('families.unnamed')}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('requests.caseNumber', { number: family.caseNumber })}
              </Text>
            </div>
            {family.hasContactBan && <ContactBanBadge />}
          </Group>
        ))}
      </Box>
    );
  }
  return (
    <SectionCard
      title={t('home.familiesMine')}
      hint={t('home.familiesMineText')}
      icon={<IconHomeHeart size={20} />}
      footer={<MoreLink to="/families">{t('home.familiesMineAll')}</MoreLink>}
    >
      {body}
    </SectionCard>
  );
}

/** "Częstotliwość kontaktów": one's families in active work, those below the office's target first. */
function MyContactFrequency() {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const frequency = useMyContactFrequency();
  return (
    <SectionCard
      title={t('frequency.title')}
      headingId={headingId}
      hint={frequency.data && t('frequency.hint', { target: format.decimal(frequency.data.target) })}
      icon={<IconPhoneCall size={20} />}
    >
      <WithQuery query={frequency}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState icon={<IconHomeHeart size={24} />} text={t('frequency.empty')} />
          ) : (
            <FrequencyTable items={data.items} labelledBy={headingId} />
          )
        }
      </WithQuery>
    </SectionCard>
  );
}

/** "Kontakty z rodzinami": how many of the team's families are below the target; the list is on the team page. */
function TeamContactFrequency() {
  const { t } = useTranslation();
  const format = useFormatters();
  const frequency = useTeamContactFrequency();
  return (
    <SectionCard
      title={t('frequency.teamTitle')}
      hint={frequency.data && t('frequency.homeTeamHint', { target: format.decimal(frequency.data.target) })}
      icon={<IconPhoneCall size={20} />}
      footer={<MoreLink to="/deadlines/team">{t('frequency.homeTeamAll')}</MoreLink>}
    >
      <WithQuery query={frequency}>
        {(data) => {
          const groups = belowTargetByAssistant(data);
          if (groups.length === 0) {
            return (
              <Text size="sm" c="dimmed">
                {t('frequency.teamEmpty')}
              </Text>
            );
          }
          const count = groups.reduce((sum, group) => sum + group.items.length, 0);
          return (
            <Stack gap="xs">
              <Text fw={600} c="orange.8">
                {t('frequency.belowCount', { count })}
              </Text>
              {groups.map(({ assistant, items }) => (
                <Group key={assistant.id} justify="space-between" gap="xs">
                  <Text size="sm">{assistant.name}</Text>
                  <Badge color="orange" variant="light" radius="sm">
                    {items.length}
                  </Badge>
                </Group>
              ))}
            </Stack>
          );
        }}
      </WithQuery>
    </SectionCard>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));
  const me = useCurrentUser();
  const format = useFormatters();
  const can = (permission: (typeof me.permissions)[number]) => me.permissions.includes(permission);

  const hasOwnCaseload = me.roles.some((role) => ownCaseloadRoles.includes(role)) && can('deadlines:read');
  const isAssistant = me.roles.includes('assistant');
  const seesOfficeFamilies = me.roles.some((role) => caseworkRoles.includes(role)) && can('families:read');

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('home.greeting', { name: me.name })}
        </Title>
        <Text c="dimmed">{t('home.today', { date: format.longDate(new Date()) })}</Text>
      </Stack>

      {hasOwnCaseload && <MyDeadlines />}
      <CardGrid minWidth={420}>
        {can('deadlines:team') && <TeamDeadlines />}
        {isAssistant && can('families:read') && <MyFamilies assistantId={me.id} />}
        {can('worktime:own') && <MyContactFrequency />}
        {can('worktime:team') && <TeamContactFrequency />}
      </CardGrid>
      <CardGrid minWidth={300}>
        {seesOfficeFamilies && (
          <LinkCard
            title={t('home.familiesRegister')}
            text={t('home.familiesRegisterText')}
            action={t('home.familiesRegisterAction')}
            to="/families"
            icon={<IconHomeHeart size={20} />}
          />
        )}
        {can('requests:read') && (
          <LinkCard
            title={t('home.decisionsCard')}
            text={t('home.decisionsCardText')}
            action={t('home.decisionsCardAction')}
            to="/decisions"
            icon={<IconChecklist size={20} />}
          />
        )}
        {can('requests:read') && (
          <LinkCard
            title={t('home.requestsCard')}
            text={t('home.requestsCardText')}
            action={t('home.requestsCardAction')}
            to="/requests"
            icon={<IconClipboardCheck size={20} />}
          />
        )}
        {can('users:read') && (
          <LinkCard
            title={t('home.usersCard')}
            text={t('home.usersCardText')}
            action={t('home.usersCardAction')}
            to="/admin/users"
            icon={<IconUsers size={20} />}
          />
        )}
        {can('audit:read') && (
          <LinkCard
            title={t('home.auditCard')}
            text={t('home.auditCardText')}
            action={t('home.auditCardAction')}
            to="/audit"
            icon={<IconListSearch size={20} />}
          />
        )}
      </CardGrid>

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
    </Stack>
  );
}
