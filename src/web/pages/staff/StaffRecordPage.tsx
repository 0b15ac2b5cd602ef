import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StaffRecord } from '../../../contract/staff';
import { useCurrentUser } from '../../api/auth';
import { useStaffRecord } from '../../api/staff';
import { PageHeader } from '../../components/PageHeader';
import { RoleBadges } from '../../components/RoleBadges';
import { WithQuery } from '../../components/WithQuery';
import { usePageTitle } from '../../lib/usePageTitle';
import { DevelopmentSection } from './DevelopmentSection';
import { EmploymentSection } from './EmploymentSection';
import { EquipmentSection } from './EquipmentSection';
import { QualificationsSection } from './QualificationsSection';
import { ActiveBadge } from './StaffListPage';

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
