import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconArrowLeft,
  IconBriefcase,
  IconCertificate,
  IconDeviceMobile,
  IconPlus,
  IconSchool,
  IconTrash,
} from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { Development, EmploymentPeriod, Qualification, StaffRecord } from '../../../contract/staff';
import { warsawDate } from '../../../domain/calendar';
import { developmentKinds } from '../../../domain/staff';
import { useCurrentUser } from '../../api/auth';
import {
  useRemoveDevelopment,
  useRemoveEmployment,
  useRemoveEquipment,
  useRemoveQualification,
  useStaffRecord,
} from '../../api/staff';
import { EditRemoveMenu } from '../../components/EditRemoveMenu';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { RoleBadges } from '../../components/RoleBadges';
import { Section } from '../../components/Section';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { useDialog } from '../../lib/useDialog';
import { useIsPhone } from '../../lib/useIsPhone';
import { usePageTitle } from '../../lib/usePageTitle';
import { ConfirmModal } from '../families/ConfirmModal';
import { DevelopmentModal } from './DevelopmentModal';
import { EmploymentModal } from './EmploymentModal';
import { type EquipmentDialog, type EquipmentItem, EquipmentModal } from './EquipmentModal';
import { FundingText } from './labels';
import { QualificationModal } from './QualificationModal';
import { byLatestDate, byLatestStart, coversDay, equipmentInOrder, hoursByKind } from './records';
import { ActiveBadge } from './StaffListPage';

type QualificationItem = z.infer<typeof Qualification>;
type DevelopmentItem = z.infer<typeof Development>;

interface SectionProps {
  record: StaffRecord;
  canManage: boolean;
}

/** A small text cell; "—" when there is nothing. */
function Cell({ children, dimmed = false }: { children: string | null; dimmed?: boolean }) {
  return (
    <Text size="sm" c={children === null || dimmed ? 'dimmed' : undefined}>
      {children ?? '—'}
    </Text>
  );
}

function Note({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
      {note}
    </Text>
  );
}

/** The person's periods of employment: position, form, FTE and who paid, the latest first. */
function EmploymentSection({ record, canManage }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const personId = record.person.id;
  const today = warsawDate();
  const dialog = useDialog<{ kind: 'add' } | { kind: 'edit'; id: string }>();
  const remove = useRemoveEmployment(personId);
  const [removingId, setRemovingId] = useState<string | null>(null);
  // Looked up on every render: after a reload the dialogs work on the current version.
  const find = (id: string | null | undefined) =>
    record.employment.find((period) => period.id === id) ?? null;
  const editing = find(dialog.dialog?.kind === 'edit' ? dialog.dialog.id : null);
  const removing = find(removingId);
  const periodText = (period: EmploymentPeriod) =>
    period.endsOn
      ? t('staff.employment.range', { from: format.date(period.startsOn), to: format.date(period.endsOn) })
      : t('staff.employment.openRange', { from: format.date(period.startsOn) });

  const columns: Column<EmploymentPeriod>[] = [
    {
      header: t('staff.employment.colPeriod'),
      cell: (period) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500} id={`employment-${period.id}`} style={{ whiteSpace: 'nowrap' }}>
            {periodText(period)}
          </Text>
          {coversDay(period, today) && (
            <Badge size="sm" variant="light" color="green" tt="none" radius="sm">
              {t('staff.employment.current')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      header: t('staff.employment.colPosition'),
      cell: (period) => <Cell>{t(`staff.positions.${period.position}`)}</Cell>,
    },
    {
      header: t('staff.employment.colForm'),
      cell: (period) => <Cell>{t(`staff.forms.${period.form}`)}</Cell>,
    },
    {
      header: t('staff.employment.colFte'),
      align: 'right',
      cell: (period) => <Cell>{format.decimal(period.fte)}</Cell>,
    },
    {
      header: t('staff.employment.colFunding'),
      cell: (period) => (
        <Stack gap={2}>
          <FundingText period={period} />
          <Note note={period.note} />
        </Stack>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      header: t('common.actions'),
      align: 'right',
      cellProps: { w: '1%' },
      cell: (period) => (
        <EditRemoveMenu
          describedBy={`employment-${period.id}`}
          editLabel={t('staff.employment.edit')}
          removeLabel={t('staff.employment.remove')}
          onEdit={() => dialog.open({ kind: 'edit', id: period.id })}
          onRemove={() => {
            remove.reset();
            setRemovingId(period.id);
          }}
        />
      ),
    });
  }

  return (
    <Section
      title={t('staff.employment.title')}
      headingId={headingId}
      action={
        canManage && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => dialog.open({ kind: 'add' })}
          >
            {t('staff.employment.add')}
          </Button>
        )
      }
    >
      {record.employment.length === 0 ? (
        <EmptyState icon={<IconBriefcase size={24} />} text={t('staff.employment.empty')} />
      ) : (
        <ColumnTable
          items={byLatestStart(record.employment)}
          columns={columns}
          rowKey={(period) => period.id}
          minWidth={880}
          labelledBy={headingId}
          stackOnPhone
        />
      )}
      {canManage && (
        <>
          <EmploymentModal
            personId={personId}
            period={editing}
            adding={dialog.dialog?.kind === 'add'}
            opened={dialog.opened}
            onClose={dialog.close}
          />
          <ConfirmModal
            opened={removing !== null}
            title={t('staff.employment.removeTitle')}
            text={removing ? t('staff.employment.removeText', { period: periodText(removing) }) : ''}
            confirmLabel={t('staff.employment.remove')}
            loading={remove.isPending}
            error={remove.error}
            onConfirm={() =>
              removing &&
              remove.mutate(
                { id: removing.id, version: removing.version },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'asysta', message: t('staff.employment.removed') });
                    setRemovingId(null);
                  },
                },
              )
            }
            onClose={() => setRemovingId(null)}
          />
        </>
      )}
    </Section>
  );
}

/** A remove button in a row, described by the row's name. */
function RemoveButton({
  describedBy,
  label,
  onClick,
}: {
  describedBy: string;
  label: string;
  onClick: () => void;
}) {
  const phone = useIsPhone();
  return (
    <Group justify={phone ? 'flex-start' : 'flex-end'}>
      <Button
        size="xs"
        variant="default"
        color="red"
        leftSection={phone ? undefined : <IconTrash size={14} aria-hidden />}
        aria-describedby={describedBy}
        onClick={onClick}
      >
        {label}
      </Button>
    </Group>
  );
}

/** What the person learnt: degrees, courses, certificates. */
function QualificationsSection({ record, canManage }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const personId = record.person.id;
  const [adding, setAdding] = useState(false);
  const remove = useRemoveQualification(personId);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const removing = record.qualifications.find((item) => item.id === removingId) ?? null;

  const columns: Column<QualificationItem>[] = [
    {
      header: t('staff.qualifications.colTitle'),
      cell: (item) => (
        <Stack gap={2}>
          <Text size="sm" fw={500} id={`qualification-${item.id}`}>
            {item.title}
          </Text>
          <Note note={item.note} />
        </Stack>
      ),
    },
    { header: t('staff.qualifications.colInstitution'), cell: (item) => <Cell>{item.institution}</Cell> },
    {
      header: t('staff.qualifications.colObtained'),
      cell: (item) => <Cell>{item.obtainedOn && format.date(item.obtainedOn)}</Cell>,
    },
  ];
  if (canManage) {
    columns.push({
      header: t('common.actions'),
      align: 'right',
      cellProps: { w: '1%' },
      cell: (item) => (
        <RemoveButton
          describedBy={`qualification-${item.id}`}
          label={t('staff.qualifications.remove')}
          onClick={() => {
            remove.reset();
            setRemovingId(item.id);
          }}
        />
      ),
    });
  }

  return (
    <Section
      title={t('staff.qualifications.title')}
      headingId={headingId}
      action={
        canManage && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t('staff.qualifications.add')}
          </Button>
        )
      }
    >
      {record.qualifications.length === 0 ? (
        <EmptyState icon={<IconCertificate size={24} />} text={t('staff.qualifications.empty')} />
      ) : (
        <ColumnTable
          items={record.qualifications}
          columns={columns}
          rowKey={(item) => item.id}
          minWidth={640}
          labelledBy={headingId}
          stackOnPhone
        />
      )}
      {canManage && (
        <>
          <QualificationModal personId={personId} opened={adding} onClose={() => setAdding(false)} />
          <ConfirmModal
            opened={removing !== null}
            title={t('staff.qualifications.removeTitle')}
            text={removing ? t('staff.qualifications.removeText', { title: removing.title }) : ''}
            confirmLabel={t('staff.qualifications.remove')}
            loading={remove.isPending}
            error={remove.error}
            onConfirm={() =>
              removing &&
              remove.mutate(removing.id, {
                onSuccess: () => {
                  notifications.show({ color: 'asysta', message: t('staff.qualifications.removed') });
                  setRemovingId(null);
                },
              })
            }
            onClose={() => setRemovingId(null)}
          />
        </>
      )}
    </Section>
  );
}

/** This year's hours of each kind: how much training and support the person had. */
function YearHours({ items }: { items: DevelopmentItem[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const year = Number(warsawDate().slice(0, 4));
  const totals = hoursByKind(items, year);
  const headingId = useId();
  return (
    <Stack gap={6} mb="md">
      <Text size="sm" fw={600} id={headingId}>
        {t('staff.development.yearTotals', { year })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" role="list" aria-labelledby={headingId}>
        {developmentKinds.map((kind) => (
          <Paper key={kind} withBorder p="xs" role="listitem">
            <Text size="xs" c="dimmed">
              {t(`staff.developmentKinds.${kind}`)}
            </Text>
            <Text fw={600}>{t('staff.development.hoursValue', { hours: format.decimal(totals[kind]) })}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Trainings, supervision, the team's support groups and assistants' meetings attended. */
function DevelopmentSection({ record, canManage }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const personId = record.person.id;
  const [adding, setAdding] = useState(false);
  const remove = useRemoveDevelopment(personId);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const removing = record.development.find((item) => item.id === removingId) ?? null;

  const phone = useIsPhone();
  const dateColumn: Column<DevelopmentItem> = {
    header: t('staff.development.colDate'),
    cellProps: { w: '1%', style: { whiteSpace: 'nowrap' } },
    cell: (item) => <Cell>{format.date(item.date)}</Cell>,
  };
  const titleColumn: Column<DevelopmentItem> = {
    header: t('staff.development.colTitle'),
    cell: (item) => (
      <Stack gap={2}>
        <Text size="sm" fw={500} id={`development-${item.id}`}>
          {item.title}
        </Text>
        <Note note={item.note} />
      </Stack>
    ),
  };
  const columns: Column<DevelopmentItem>[] = [
    // On a phone each entry is headed by its subject; in the table the dates run down the left.
    ...(phone ? [titleColumn, dateColumn] : [dateColumn]),
    {
      header: t('staff.development.colKind'),
      cell: (item) => <Cell>{t(`staff.developmentKinds.${item.kind}`)}</Cell>,
    },
    ...(phone ? [] : [titleColumn]),
    {
      header: t('staff.development.colHours'),
      align: 'right',
      cell: (item) => (
        <Cell>
          {item.hours === null
            ? null
            : t('staff.development.hoursValue', { hours: format.decimal(item.hours) })}
        </Cell>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      header: t('common.actions'),
      align: 'right',
      cellProps: { w: '1%' },
      cell: (item) => (
        <RemoveButton
          describedBy={`development-${item.id}`}
          label={t('staff.development.remove')}
          onClick={() => {
            remove.reset();
            setRemovingId(item.id);
          }}
        />
      ),
    });
  }

  return (
    <Section
      title={t('staff.development.title')}
      headingId={headingId}
      action={
        canManage && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t('staff.development.add')}
          </Button>
        )
      }
    >
      <YearHours items={record.development} />
      {record.development.length === 0 ? (
        <EmptyState icon={<IconSchool size={24} />} text={t('staff.development.empty')} />
      ) : (
        <ColumnTable
          items={byLatestDate(record.development)}
          columns={columns}
          rowKey={(item) => item.id}
          minWidth={720}
          labelledBy={headingId}
          stackOnPhone
        />
      )}
      {canManage && (
        <>
          <DevelopmentModal personId={personId} opened={adding} onClose={() => setAdding(false)} />
          <ConfirmModal
            opened={removing !== null}
            title={t('staff.development.removeTitle')}
            text={
              removing
                ? t('staff.development.removeText', {
                    title: removing.title,
                    date: format.date(removing.date),
                  })
                : ''
            }
            confirmLabel={t('staff.development.remove')}
            loading={remove.isPending}
            error={remove.error}
            onConfirm={() =>
              removing &&
              remove.mutate(removing.id, {
                onSuccess: () => {
                  notifications.show({ color: 'asysta', message: t('staff.development.removed') });
                  setRemovingId(null);
                },
              })
            }
            onClose={() => setRemovingId(null)}
          />
        </>
      )}
    </Section>
  );
}

/** What the office gave the person for the work, and whether it came back. */
function EquipmentSection({ record, canManage }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const phone = useIsPhone();
  const personId = record.person.id;
  const dialog = useDialog<EquipmentDialog>();
  const remove = useRemoveEquipment(personId);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const find = (id: string | null) => record.equipment.find((item) => item.id === id) ?? null;
  const current = find(dialog.dialog && dialog.dialog.kind !== 'issue' ? dialog.dialog.id : null);
  const removing = find(removingId);
  const kindText = (item: EquipmentItem) => t(`staff.equipmentKinds.${item.kind}`);

  const columns: Column<EquipmentItem>[] = [
    {
      header: t('staff.equipment.colKind'),
      cell: (item) => (
        <Text size="sm" fw={500} id={`equipment-${item.id}`}>
          {item.number
            ? t('staff.equipment.kindNumber', { kind: kindText(item), number: item.number })
            : kindText(item)}
        </Text>
      ),
    },
    { header: t('staff.equipment.colDescription'), cell: (item) => <Cell>{item.description}</Cell> },
    { header: t('staff.equipment.colIssued'), cell: (item) => <Cell>{format.date(item.issuedOn)}</Cell> },
    {
      header: t('staff.equipment.colReturned'),
      cell: (item) =>
        item.returnedOn ? (
          <Cell>{format.date(item.returnedOn)}</Cell>
        ) : (
          <Badge size="sm" variant="light" color="blue" tt="none" radius="sm">
            {t('staff.equipment.held')}
          </Badge>
        ),
    },
  ];
  if (canManage) {
    columns.push({
      header: t('common.actions'),
      align: 'right',
      cellProps: { w: '1%' },
      cell: (item) => (
        <Group gap="xs" justify={phone ? 'flex-start' : 'flex-end'} wrap={phone ? 'wrap' : 'nowrap'}>
          {item.returnedOn === null && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              aria-describedby={`equipment-${item.id}`}
              onClick={() => dialog.open({ kind: 'return', id: item.id })}
            >
              {t('staff.equipment.giveBack')}
            </Button>
          )}
          <EditRemoveMenu
            describedBy={`equipment-${item.id}`}
            editLabel={t('staff.equipment.edit')}
            removeLabel={t('staff.equipment.remove')}
            onEdit={() => dialog.open({ kind: 'edit', id: item.id })}
            onRemove={() => {
              remove.reset();
              setRemovingId(item.id);
            }}
          />
        </Group>
      ),
    });
  }

  return (
    <Section
      title={t('staff.equipment.title')}
      headingId={headingId}
      action={
        canManage && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => dialog.open({ kind: 'issue' })}
          >
            {t('staff.equipment.add')}
          </Button>
        )
      }
    >
      {record.equipment.length === 0 ? (
        <EmptyState icon={<IconDeviceMobile size={24} />} text={t('staff.equipment.empty')} />
      ) : (
        <ColumnTable
          items={equipmentInOrder(record.equipment)}
          columns={columns}
          rowKey={(item) => item.id}
          minWidth={800}
          labelledBy={headingId}
          stackOnPhone
        />
      )}
      {canManage && (
        <>
          <EquipmentModal
            personId={personId}
            dialog={dialog.dialog}
            item={current}
            opened={dialog.opened}
            onClose={dialog.close}
          />
          <ConfirmModal
            opened={removing !== null}
            title={t('staff.equipment.removeTitle')}
            text={
              removing
                ? t('staff.equipment.removeText', {
                    kind: kindText(removing),
                    issued: format.date(removing.issuedOn),
                  })
                : ''
            }
            confirmLabel={t('staff.equipment.remove')}
            loading={remove.isPending}
            error={remove.error}
            onConfirm={() =>
              removing &&
              remove.mutate(
                { id: removing.id, version: removing.version },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'asysta', message: t('staff.equipment.removed') });
                    setRemovingId(null);
                  },
                },
              )
            }
            onClose={() => setRemovingId(null)}
          />
        </>
      )}
    </Section>
  );
}

function StaffRecordView({ record }: { record: StaffRecord }) {
  const me = useCurrentUser();
  const canManage = me.permissions.includes('staff:manage');
  const { person } = record;
  return (
    <>
      <PageHeader title={person.name} subtitle={person.email} />
      <Group gap="xs" mt={-8} mb="lg">
        <RoleBadges roles={person.roles} />
        <ActiveBadge active={person.active} />
      </Group>
      <Stack gap="lg">
        <EmploymentSection record={record} canManage={canManage} />
        <QualificationsSection record={record} canManage={canManage} />
        <DevelopmentSection record={record} canManage={canManage} />
        <EquipmentSection record={record} canManage={canManage} />
      </Stack>
    </>
  );
}

/** One person's staff record (each opening is audited); changes need `staff:manage`. */
export function StaffRecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const record = useStaffRecord(id);
  usePageTitle(record.data ? record.data.person.name : t('staff.record.pageTitle'));
  return (
    <Stack gap={0} maw={1280}>
      <Anchor component={Link} to="/staff" size="sm" mb="sm" w="fit-content">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('staff.record.back')}
        </Group>
      </Anchor>
      <WithQuery query={record}>{(data) => <StaffRecordView record={data} />}</WithQuery>
    </Stack>
  );
}
