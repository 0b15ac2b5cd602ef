import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../../contract/partners';
import { institutionKinds, meetingBodies, partnerRoles, referralStatuses } from '../../../domain/partners';

const referralStatusColor: Record<ReferralStatus, string> = {
  referred: 'blue',
  in_progress: 'yellow',
  completed: 'green',
  not_taken_up: 'gray',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={referralStatusColor[status]} variant="light" tt="none" radius="sm">
      {t(`partners.referrals.statuses.${status}`)}
    </Badge>
  );
}

/** The choices of the partners' selects, each in the interface language. */
export function usePartnerOptions() {
  const { t } = useTranslation();
  return {
    kinds: institutionKinds.map((value) => ({ value, label: t(`institutions.kinds.${value}`) })),
    roles: partnerRoles.map((value) => ({ value, label: t(`partners.roles.${value}`) })),
    statuses: referralStatuses.map((value) => ({ value, label: t(`partners.referrals.statuses.${value}`) })),
    bodies: meetingBodies.map((value) => ({ value, label: t(`partners.meetings.bodies.${value}`) })),
  };
}
