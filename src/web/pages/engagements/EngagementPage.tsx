import {
  Anchor,
  Card,
  Center,
  Grid,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconChevronRight, IconHomeQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { DeadlineStanding, EngagementView } from '../../../contract/engagements';
import { useCurrentUser } from '../../api/auth';
import { useEngagement } from '../../api/engagements';
import { isApiError } from '../../api/errors';
import { Detail } from '../../components/Detail';
import { MessagePage } from '../../components/MessagePage';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useDueText } from '../deadlines/deadlineViews';
import { EngagementStatusBadge } from '../intake/labels';
import { AssessmentsTab } from './AssessmentsTab';
import { ContactsTab } from './ContactsTab';
import { CourseTab } from './CourseTab';
import { CourtOpinionsTab } from './CourtOpinionsTab';
import { DiagnosisTab } from './DiagnosisTab';
import { DocumentsTab } from './DocumentsTab';
import { PartnersTab } from './PartnersTab';
import { PlanTab } from './PlanTab';

const tabs = [
  'course',
  'contacts',
  'diagnosis',
  'plan',
  'partners',
  'assessments',
  'court',
  'documents',
] as const;
type Tab = (typeof tabs)[number];
const isTab = (value: string | null): value is Tab => tabs.some((tab) => tab === value);

const steps = ['assigned', 'diagnosis', 'implementation', 'monitoring', 'closed'] as const;

/** Where the engagement is in its life; monitoring may be skipped on the way to the closure. */
function LifecycleSteps({ view }: { view: EngagementView }) {
  const { t } = useTranslation();
  const { status, monitoringStartedOn } = view.engagement;
  const current = status === 'closure_requested' ? steps.indexOf('closed') : steps.indexOf(status);
  return (
    <Group
      component="ol"
      aria-label={t('engagement.steps.label')}
      gap={6}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {steps.map((step, index) => {
        const skipped = step === 'monitoring' && index < current && !monitoringStartedOn;
        const done = (index < current && !skipped) || (index === current && status === 'closed');
        const isCurrent = index === current;
        return (
          <Group
            component="li"
            key={step}
            gap={6}
            wrap="nowrap"
            aria-current={isCurrent ? 'step' : undefined}
          >
            {index > 0 && <IconChevronRight size={14} color="var(--mantine-color-gray-5)" aria-hidden />}
            <ThemeIcon
              size={22}
              radius="xl"
              variant={isCurrent ? 'filled' : 'light'}
              color={done || isCurrent ? 'asysta' : 'gray'}
              aria-hidden
            >
              {done ? <IconCheck size={14} /> : <Text size="xs">{index + 1}</Text>}
            </ThemeIcon>
            <Text size="sm" fw={isCurrent ? 700 : 400} c={skipped || index > current ? 'dimmed' : undefined}>
              {t(`engagement.steps.${step}`)}
              {(done || skipped) && (
                <VisuallyHidden>
                  {` (${skipped ? t('engagement.steps.skipped') : t('engagement.steps.done')})`}
                </VisuallyHidden>
              )}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}

/** The engagement's terms with how they stand today: the overdue ones in red. */
/** Terms of one kind due the same day (the plan's actions, court opinions) read as one line. */
function groupDeadlines(deadlines: DeadlineStanding[]) {
  const groups = new Map<string, { deadline: DeadlineStanding; count: number }>();
  for (const deadline of deadlines) {
    const key = `${deadline.kind}-${deadline.dueOn}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { deadline, count: 1 });
  }
  return [...groups].map(([key, group]) => ({ key, ...group }));
}

function DeadlinesCard({ view }: { view: EngagementView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dueText = useDueText();
  return (
    <Card component="section" aria-labelledby="engagement-deadlines" h="100%">
      <Title order={2} fz="h4" mb="sm" id="engagement-deadlines">
        {t('engagement.deadlines.title')}
      </Title>
      {view.deadlines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {view.engagement.status === 'assigned'
            ? t('engagement.deadlines.beforeFirstContact')
            : t('engagement.deadlines.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {groupDeadlines(view.deadlines).map(({ key, deadline, count }) => (
            <Stack component="li" key={key} gap={0}>
              <Text size="sm" fw={500}>
                {count > 1
                  ? t('engagement.deadlines.several', { kind: t(`deadlines.kinds.${deadline.kind}`), count })
                  : t(`deadlines.kinds.${deadline.kind}`)}
              </Text>
              <Text size="sm">
                <Text span size="sm" c="dimmed">
                  {format.date(deadline.dueOn)}
                </Text>
                {' · '}
                <Text
                  span
                  size="sm"
                  c={deadline.overdue ? 'red' : undefined}
                  fw={deadline.overdue ? 700 : undefined}
                >
                  {dueText(deadline)}
                </Text>
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** Who works with the family, since when. */
function Summary({ view }: { view: EngagementView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { engagement, family } = view;
  return (
    <Card h="100%">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
        <Detail label={t('engagement.family')}>
          <Anchor component={Link} to={`/families/${family.id}`} inherit>
            {family.name || t('families.unnamed')}
          </Anchor>
        </Detail>
        <Detail label={t('intake.assistant')}>{engagement.assistant.name}</Detail>
        <Detail label={t('families.file.socialWorker')}>
          {family.socialWorker?.name ?? t('families.none')}
        </Detail>
        <Detail label={t('intake.assignedBy')}>
          {t('engagement.assignedLine', {
            name: engagement.assignedBy.name,
            date: format.date(engagement.assignedAt),
          })}
        </Detail>
        <Detail label={t('intake.firstContact')}>
          {engagement.firstContactDate ? format.date(engagement.firstContactDate) : t('engagement.notYet')}
        </Detail>
        {engagement.closedOn && (
          <Detail label={t('intake.closedOn')}>
            {engagement.closureReason
              ? t('engagement.closedLine', {
                  date: format.date(engagement.closedOn),
                  reason: t(`decisions.closureReasons.${engagement.closureReason}`),
                })
              : format.date(engagement.closedOn)}
          </Detail>
        )}
      </SimpleGrid>
    </Card>
  );
}

function EngagementFile({ view }: { view: EngagementView }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const tabParam = searchParams.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'course';
  const name = view.family.name || t('families.unnamed');
  usePageTitle(t('engagement.pageTitle', { name }));
  // A closed engagement is a record: it is read, no longer written.
  const canWork = me.permissions.includes('engagements:work') && view.engagement.status !== 'closed';

  const chooseTab = (value: string | null) => {
    if (!isTab(value)) return;
    setSearchParams(value === 'course' ? {} : { tab: value }, { replace: true });
  };

  return (
    <Stack gap={0} maw={1280}>
      <Anchor component={Link} to={`/families/${view.family.id}?tab=engagements`} size="sm" mb="xs">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('engagement.backToFamily')}
        </Group>
      </Anchor>
      <PageHeader
        title={t('engagement.title', { name })}
        subtitle={t('families.file.caseNumber', { caseNumber: view.family.caseNumber })}
      />

      <Group gap="md" mb="md" align="center">
        <EngagementStatusBadge status={view.engagement.status} />
        <LifecycleSteps view={view} />
        {view.extensionMonths > 0 && (
          <Text size="sm" c="dimmed">
            {t('engagement.extended', { months: view.extensionMonths })}
          </Text>
        )}
      </Group>

      <Grid mb="md" gutter="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Summary view={view} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <DeadlinesCard view={view} />
        </Grid.Col>
      </Grid>

      <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="course">{t('engagement.tabs.course')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('contacts.tab')}</Tabs.Tab>
          <Tabs.Tab value="diagnosis">{t('engagement.tabs.diagnosis')}</Tabs.Tab>
          <Tabs.Tab value="plan">{t('engagement.tabs.plan')}</Tabs.Tab>
          <Tabs.Tab value="partners">{t('partners.tab')}</Tabs.Tab>
          <Tabs.Tab value="assessments">{t('engagement.tabs.assessments')}</Tabs.Tab>
          <Tabs.Tab value="court">{t('engagement.tabs.court')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('documents.engagementTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="course">
          <CourseTab view={view} canWork={canWork} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <ContactsTab view={view} canWork={canWork} />
        </Tabs.Panel>
        <Tabs.Panel value="diagnosis">
          <DiagnosisTab view={view} canWork={canWork} />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <PlanTab view={view} canWork={canWork} />
        </Tabs.Panel>
        <Tabs.Panel value="partners">
          <PartnersTab view={view} canWork={canWork} />
        </Tabs.Panel>
        <Tabs.Panel value="assessments">
          <AssessmentsTab view={view} canWork={canWork} />
        </Tabs.Panel>
        <Tabs.Panel value="court">
          <CourtOpinionsTab view={view} canWork={canWork} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsTab view={view} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/**
 * The assistant's work with one family: its course, contacts, diagnosis, plan, partners,
 * assessments, court opinions, and its printouts and attachments.
 */
export function EngagementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const engagement = useEngagement(id);

  if (engagement.data) return <EngagementFile view={engagement.data} />;
  if (engagement.isError) {
    // An engagement outside the person's scope answers 404 too, so nobody learns it exists.
    const missing =
      isApiError(engagement.error) && (engagement.error.status === 404 || engagement.error.status === 400);
    if (missing) return <MessagePage texts="engagement.notFound" icon={IconHomeQuestion} />;
    return <QueryError error={engagement.error} onRetry={() => void engagement.refetch()} />;
  }
  return (
    <Center py="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
