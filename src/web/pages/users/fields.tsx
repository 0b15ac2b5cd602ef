import { Button, Checkbox, CopyButton, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../../contract/roles';
import { generatePassword } from '../../lib/password';

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

type CheckboxGroupProps = Omit<ComponentPropsWithoutRef<typeof Checkbox.Group>, 'children'>;

/** One checkbox per role, labelled with the role's name. */
export function RoleCheckboxes(props: CheckboxGroupProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('userForm.roles')} description={t('userForm.rolesHint')} {...props}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
        {roles.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

interface PasswordFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
  onFocus?: () => void;
  onBlur?: () => void;
}

/**
 * A one-time password, shown in clear so the administrator can pass it on, with buttons to
 * generate a new random one and to copy it.
 */
export function OneTimePasswordField({ value, onChange, error, onFocus, onBlur }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <TextInput
        label={t('userForm.password')}
        description={t('userForm.passwordHint')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onFocus={onFocus}
        onBlur={onBlur}
        error={error}
        required
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.04em' } }}
      />
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={() => onChange(generatePassword())}
        >
          {t('userForm.generate')}
        </Button>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'default'}
              color={copied ? 'teal' : undefined}
              size="xs"
              leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
              onClick={copy}
              disabled={!value}
            >
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
