import { Badge, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FamilyFile, FamilyStatus } from '../../../contract/families';

const statusColor: Record<FamilyStatus, string> = {
  registered: 'blue',
  awaiting_decision: 'yellow',
  active: 'green',
  closed: 'gray',
};

/** Where the family stands: registered, waiting for a decision, with an assistant, or closed. */
export function FamilyStatusBadge({ status }: { status: FamilyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="light" tt="none" radius="sm">
      {t(`families.statuses.${status}`)}
    </Badge>
  );
}

/** The red mark of a court's ban on contact, wherever the family is listed. */
export function ContactBanBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color="red"
      variant="filled"
      tt="none"
      radius="sm"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
    >
      {t('families.contactBanBadge')}
    </Badge>
  );
}

type Flags = Pick<FamilyFile, 'courtSupervision' | 'limitedParentalAuthority' | 'fosterCare' | 'zaZyciem'>;

const flagNames = ['courtSupervision', 'limitedParentalAuthority', 'fosterCare', 'zaZyciem'] as const;

/** The family's legal situation at a glance, one small badge per flag that is set. */
export function FlagBadges({ family }: { family: Flags }) {
  const { t } = useTranslation();
  const set = flagNames.filter((flag) => family[flag]);
  if (set.length === 0) return null;
  return (
    <Group gap={6}>
      {set.map((flag) => (
        <Badge
          key={flag}
          color={flag === 'zaZyciem' ? 'grape' : 'orange'}
          variant="light"
          tt="none"
          radius="sm"
        >
          {t(`families.flags.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
