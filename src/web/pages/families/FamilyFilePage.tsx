import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { IconAlertOctagon, IconArrowLeft, IconHomeQuestion, IconLock, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { FamilyFile } from '../../../contract/families';
import { useCurrentUser } from '../../api/auth';
import { useBlueCards } from '../../api/blueCards';
import { isApiError } from '../../api/errors';
import { useFamilyFile } from '../../api/families';
import { MessagePage } from '../../components/MessagePage';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../lib/usePageTitle';
import { AttachmentsTab } from './AttachmentsTab';
import { BlueCardsTab } from './BlueCardsTab';
import { ContactBanBadge, FamilyStatusBadge, FlagBadges } from './badges';
import { EditFamilyModal } from './EditFamilyModal';
import { EngagementsTab } from './EngagementsTab';
import { GenogramTab } from './GenogramTab';
import { IntakeTab } from './IntakeTab';
import { MembersTab } from './MembersTab';
import { ReferralsTab } from './ReferralsTab';
import { SituationTab, useBanText } from './SituationTab';

const tabs = [
  'members',
  'genogram',
  'situation',
  'intake',
  'engagements',
  'referrals',
  'attachments',
  'blue-cards',
] as const;
type Tab = (typeof tabs)[number];
const isTab = (value: string | null): value is Tab => tabs.some((tab) => tab === value);

/** A court's ban on contact, impossible to miss: the first thing on the file, in red. */
function ContactBanAlert({ family }: { family: FamilyFile }) {
  const { t } = useTranslation();
  const banText = useBanText();
  if (family.contactBans.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertOctagon size={28} aria-hidden />}
      title={t('families.file.banAlertTitle')}
      mb="md"
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <List size="sm" spacing={4} c="white">
        {family.contactBans.map((ban) => (
          <List.Item key={ban.id} fw={600}>
            {banText(ban)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function FileView({ family }: { family: FamilyFile }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canEdit = me.permissions.includes('families:edit');
  const [searchParams, setSearchParams] = useSearchParams();
  const tabParam = searchParams.get('tab');
  // The Niebieska Karta only for those the server shows it to (null: not to this person).
  const blueCards = useBlueCards(family.id, me.permissions.includes('blue_cards:read')).data ?? null;
  const tab: Tab = isTab(tabParam) && (tabParam !== 'blue-cards' || blueCards) ? tabParam : 'members';
  const [editing, setEditing] = useState(false);
  const name = family.name || t('families.unnamed');
  usePageTitle(t('families.file.pageTitle', { name }));

  const chooseTab = (value: string | null) => {
    if (!isTab(value)) return;
    setSearchParams(value === 'members' ? {} : { tab: value }, { replace: true });
  };

  return (
    <Stack gap={0} maw={1280}>
      <Anchor component={Link} to="/families" size="sm" mb="xs">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('families.backToList')}
        </Group>
      </Anchor>
      <PageHeader
        title={name}
        subtitle={t('families.file.caseNumber', { caseNumber: family.caseNumber })}
        actions={
          canEdit && (
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('families.edit.open')}
            </Button>
          )
        }
      />

      <ContactBanAlert family={family} />

      <Card mb="md">
        <Group gap={6} mb="md">
          <FamilyStatusBadge status={family.status} />
          {family.contactBans.length > 0 && <ContactBanBadge />}
          <FlagBadges family={family} />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
          <Fact label={t('families.file.address')}>
            {family.street}
            <br />
            {family.postalCode} {family.city}
          </Fact>
          <Fact label={t('families.file.phone')}>{family.phone ?? t('families.none')}</Fact>
          <Fact label={t('families.file.assistant')}>
            {family.assistant?.name ?? t('families.file.noAssistant')}
          </Fact>
          <Fact label={t('families.file.socialWorker')}>
            {family.socialWorker?.name ?? t('families.none')}
          </Fact>
        </SimpleGrid>
      </Card>

      <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="members">{t('families.file.tabMembers')}</Tabs.Tab>
          <Tabs.Tab value="genogram">{t('genogram.tab')}</Tabs.Tab>
          <Tabs.Tab value="situation">{t('families.file.tabSituation')}</Tabs.Tab>
          <Tabs.Tab value="intake">{t('families.file.tabIntake')}</Tabs.Tab>
          <Tabs.Tab value="engagements">{t('families.file.tabEngagements')}</Tabs.Tab>
          <Tabs.Tab value="referrals">{t('partners.referrals.familyTab')}</Tabs.Tab>
          <Tabs.Tab value="attachments">{t('documents.attachments.familyTab')}</Tabs.Tab>
          {blueCards && (
            <Tabs.Tab value="blue-cards" leftSection={<IconLock size={14} aria-hidden />}>
              {t('blueCards.tab')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="members">
          <MembersTab family={family} />
        </Tabs.Panel>
        <Tabs.Panel value="genogram">
          <GenogramTab family={family} />
        </Tabs.Panel>
        <Tabs.Panel value="situation">
          <SituationTab family={family} />
        </Tabs.Panel>
        <Tabs.Panel value="intake">
          <IntakeTab family={family} />
        </Tabs.Panel>
        <Tabs.Panel value="engagements">
          <EngagementsTab family={family} />
        </Tabs.Panel>
        <Tabs.Panel value="referrals">
          <ReferralsTab family={family} />
        </Tabs.Panel>
        <Tabs.Panel value="attachments">
          <AttachmentsTab family={family} />
        </Tabs.Panel>
        {blueCards && (
          <Tabs.Panel value="blue-cards">
            <BlueCardsTab familyId={family.id} cards={blueCards} />
          </Tabs.Panel>
        )}
      </Tabs>

      {canEdit && <EditFamilyModal family={family} opened={editing} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

/** A family's file: who they are, their situation, and the work with them, tab by tab. */
export function FamilyFilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const file = useFamilyFile(id);

  if (file.data) return <FileView family={file.data} />;
  if (file.isError) {
    // Families outside the person's scope answer 404 as well, so nobody learns they exist.
    const missing = isApiError(file.error) && (file.error.status === 404 || file.error.status === 400);
    if (missing) return <MessagePage texts="families.notFound" icon={IconHomeQuestion} />;
    return <QueryError error={file.error} onRetry={() => void file.refetch()} />;
  }
  return (
    <Center py="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
