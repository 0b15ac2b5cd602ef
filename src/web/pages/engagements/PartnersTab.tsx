import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconUserShare, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementView } from '../../../contract/engagements';
import type { Partner, PartnersView, TeamMeeting } from '../../../contract/partners';
import { usePartners } from '../../api/partners';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { ItemList, Section } from '../../components/Section';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { useDialog } from '../../lib/useDialog';
import { PartnerForm } from '../partners/PartnerForm';
import { ReferralForm, ReferralOutcomeForm } from '../partners/ReferralForms';
import { ReferralTable } from '../partners/ReferralTable';
import { TeamMeetingForm } from '../partners/TeamMeetingForm';

/** The dialog open on the tab; a record is chosen by id, so the dialog sees its current version. */
type Dialog =
  | { kind: 'partner'; id: string | null }
  | { kind: 'referral' }
  | { kind: 'outcome'; id: string }
  | { kind: 'meeting' };

const partnerRowId = (partner: Partner) => `partner-${partner.id}`;

/** "od 12.05.2026" or "12.05.2026–30.09.2026". */
function usePeriodText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return ({ since, until }: Pick<Partner, 'since' | 'until'>) =>
    until
      ? `${format.date(since)}–${format.date(until)}`
      : t('partners.people.sinceOnly', { date: format.date(since) });
}

function usePartnerColumns(today: string, onEdit?: (partner: Partner) => void): Column<Partner>[] {
  const { t } = useTranslation();
  const periodText = usePeriodText();
  // The server lists those working with the family now first, then those whose cooperation ended.
  const ended = (partner: Partner) => partner.until !== null && partner.until < today;
  const columns: Column<Partner>[] = [
    {
      header: t('partners.people.colRole'),
      cell: (partner) => (
        <Group gap={6}>
          <Text size="sm" fw={500} id={partnerRowId(partner)} c={ended(partner) ? 'dimmed' : undefined}>
            {t(`partners.roles.${partner.role}`)}
          </Text>
          {ended(partner) && (
            <Badge color="gray" variant="light" tt="none" radius="sm">
              {t('partners.people.ended')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      header: t('partners.people.colWho'),
      cell: (partner) => (
        <Stack gap={0}>
          {partner.personName && <Text size="sm">{partner.personName}</Text>}
          {partner.institution && (
            <Text size="sm" c={partner.personName ? 'dimmed' : undefined}>
              {partner.institution.name}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      header: t('partners.people.colContact'),
      cell: (partner) => <Text size="sm">{partner.contact ?? '—'}</Text>,
    },
    {
      header: t('partners.people.colPeriod'),
      cell: (partner) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {periodText(partner)}
        </Text>
      ),
    },
    {
      header: t('partners.people.colNote'),
      cellProps: { maw: 280 },
      cell: (partner) => (
        <Text size="sm" c={partner.note ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
          {partner.note ?? '—'}
        </Text>
      ),
    },
  ];
  if (!onEdit) return columns;
  return [
    ...columns,
    {
      header: t('common.actions'),
      align: 'right',
      cellProps: { w: '1%' },
      cell: (partner) => (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPencil size={14} aria-hidden />}
          aria-describedby={partnerRowId(partner)}
          onClick={() => onEdit(partner)}
        >
          {t('partners.people.edit')}
        </Button>
      ),
    },
  ];
}

function MeetingItem({ meeting }: { meeting: TeamMeeting }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = `meeting-${meeting.id}`;
  const taskColumns: Column<TeamMeeting['tasks'][number]>[] = [
    {
      header: t('partners.meetings.taskDescription'),
      cell: (task) => <Text size="sm">{task.description}</Text>,
    },
    {
      header: t('partners.meetings.taskResponsible'),
      cell: (task) => <Text size="sm">{task.responsible}</Text>,
    },
    {
      header: t('partners.meetings.taskDue'),
      cell: (task) => <Text size="sm">{task.due ? format.date(task.due) : '—'}</Text>,
    },
  ];
  return (
    <Stack gap="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={2}>
        <Text fw={600} id={headingId}>
          {t('partners.meetings.heading', {
            body: t(`partners.meetings.bodies.${meeting.body}`),
            date: format.date(meeting.date),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('partners.meetings.recordedBy', { name: meeting.createdBy.name })}
        </Text>
      </Stack>
      <Detail label={t('partners.meetings.members')}>
        <List size="sm" spacing={2}>
          {meeting.members.map((member) => (
            <List.Item key={`${member.role}-${member.name}`}>
              {t('partners.meetings.memberLine', { name: member.name, role: member.role })}
            </List.Item>
          ))}
        </List>
      </Detail>
      <Detail label={t('partners.meetings.conclusions')}>{meeting.conclusions}</Detail>
      {meeting.tasks.length > 0 && (
        <Detail label={t('partners.meetings.tasks')}>
          <ColumnTable
            items={meeting.tasks}
            columns={taskColumns}
            rowKey={(task) => `${task.description}-${task.responsible}-${task.due}`}
            minWidth={520}
            stackOnPhone
          />
        </Detail>
      )}
    </Stack>
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

function PartnersSections({
  view,
  data,
  canWork,
}: {
  view: EngagementView;
  data: PartnersView;
  canWork: boolean;
}) {
  const { t } = useTranslation();
  const { dialog, opened, open, close } = useDialog<Dialog>();
  const partnerColumns = usePartnerColumns(
    view.today,
    canWork ? (partner) => open({ kind: 'partner', id: partner.id }) : undefined,
  );
  const engagementId = view.engagement.id;

  const dialogContent = (): { title: string; form: ReactNode } | null => {
    switch (dialog?.kind) {
      case undefined:
        return null;
      case 'partner': {
        const partner = data.partners.find((item) => item.id === dialog.id) ?? null;
        return {
          title: partner ? t('partners.people.editTitle') : t('partners.people.addTitle'),
          form: (
            <PartnerForm
              key={partner?.id ?? 'new'}
              engagementId={engagementId}
              partner={partner}
              today={view.today}
              onDone={close}
            />
          ),
        };
      }
      case 'referral':
        return { title: t('partners.referrals.addTitle'), form: <ReferralForm view={view} onDone={close} /> };
      case 'outcome': {
        const referral = data.referrals.find((item) => item.id === dialog.id);
        return referral
          ? {
              title: t('partners.referrals.outcomeTitle'),
              form: (
                <ReferralOutcomeForm
                  key={referral.id}
                  engagementId={engagementId}
                  referral={referral}
                  onDone={close}
                />
              ),
            }
          : null;
      }
      case 'meeting':
        return {
          title: t('partners.meetings.addTitle'),
          form: <TeamMeetingForm view={view} onDone={close} />,
        };
    }
  };
  const content = dialogContent();

  return (
    <Stack gap="md">
      <Section
        title={t('partners.people.title')}
        headingId="partners-people"
        action={
          canWork && (
            <AddButton label={t('partners.people.add')} onClick={() => open({ kind: 'partner', id: null })} />
          )
        }
      >
        {data.partners.length === 0 ? (
          <EmptyState icon={<IconUserShare size={24} />} text={t('partners.people.empty')} />
        ) : (
          <ColumnTable
            items={data.partners}
            columns={partnerColumns}
            rowKey={(partner) => partner.id}
            minWidth={canWork ? 980 : 860}
            labelledBy="partners-people"
            stackOnPhone
          />
        )}
      </Section>

      <Section
        title={t('partners.referrals.title')}
        headingId="partners-referrals"
        action={
          canWork && (
            <AddButton label={t('partners.referrals.add')} onClick={() => open({ kind: 'referral' })} />
          )
        }
      >
        <ReferralTable
          referrals={data.referrals}
          labelledBy="partners-referrals"
          onOutcome={canWork ? (referral) => open({ kind: 'outcome', id: referral.id }) : undefined}
        />
      </Section>

      <Section
        title={t('partners.meetings.title')}
        action={
          canWork && (
            <AddButton label={t('partners.meetings.add')} onClick={() => open({ kind: 'meeting' })} />
          )
        }
      >
        {data.meetings.length === 0 ? (
          <EmptyState icon={<IconUsersGroup size={24} />} text={t('partners.meetings.empty')} />
        ) : (
          <ItemList items={data.meetings} render={(meeting) => <MeetingItem meeting={meeting} />} />
        )}
      </Section>

      {canWork && (
        <AppModal opened={opened && content !== null} onClose={close} title={content?.title}>
          {content?.form}
        </AppModal>
      )}
    </Stack>
  );
}

/**
 * Who works with the family besides the assistant — people and institutions, referrals to their
 * services, the interdisciplinary team's meetings — recorded while the engagement is open.
 */
export function PartnersTab({ view, canWork }: { view: EngagementView; canWork: boolean }) {
  const partners = usePartners(view.engagement.id);
  return (
    <WithQuery query={partners}>
      {(data) => <PartnersSections view={view} data={data} canWork={canWork} />}
    </WithQuery>
  );
}
