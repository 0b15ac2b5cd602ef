import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../contract/roles';

const roleColor: Record<Role, string> = {
  admin: 'grape',
  manager: 'indigo',
  team_lead: 'blue',
  assistant: 'asysta',
  social_worker: 'cyan',
  dpo: 'orange',
};

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} color={roleColor[role]} variant="light" tt="none" radius="sm">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
