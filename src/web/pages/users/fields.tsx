import {
  Button,
  Checkbox,
  CopyButton,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, type Role, roles } from '../../../contract/roles';
import { EmailInput } from '../../components/EmailInput';
import { useLanguageOptions } from '../../components/LanguageSelect';
import { generatePassword } from '../../lib/password';

/** Form values are plain strings; only known roles go to the API. */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** The fields that creating and editing an account have in common. */
export interface AccountValues {
  name: string;
  email: string;
  roles: string[];
  locale: Locale;
  /** Full-time equivalent, 0.05–1 (the timesheet's norm follows it). */
  fte: number | string;
}

/** Creating and editing send these fields alike: trimmed text and only the roles the API knows. */
export function accountBody(values: AccountValues) {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    roles: values.roles.filter(isRole),
    locale: values.locale,
    fte: Number(values.fte),
  };
}

/** A Mantine form whose values include the named fields. */
interface FormWith<Field extends string> {
  getInputProps: (path: Field) => GetInputPropsReturnType;
}

type CheckboxGroupProps = Omit<ComponentPropsWithoutRef<typeof Checkbox.Group>, 'children'>;

/** One checkbox per role, labelled with the role's name. */
function RoleCheckboxes(props: CheckboxGroupProps) {
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

/** Name, e-mail and roles: the first fields of the account dialogs, the name focused on opening. */
export function AccountIdentityFields({ form }: { form: FormWith<'name' | 'email' | 'roles'> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('userForm.name')}
        autoComplete="off"
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <EmailInput label={t('userForm.email')} autoComplete="off" required {...form.getInputProps('email')} />
      <RoleCheckboxes required {...form.getInputProps('roles')} />
    </>
  );
}

/** The employment's full-time equivalent, for the norm of the timesheet. */
export function AccountFteInput({ form }: { form: FormWith<'fte'> }) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t('userForm.fte')}
      description={t('userForm.fteHint')}
      min={0.05}
      max={1}
      step={0.05}
      decimalScale={2}
      decimalSeparator=","
      {...form.getInputProps('fte')}
    />
  );
}

/** The language the person will see the app in after signing in. */
export function AccountLanguageSelect({ form }: { form: FormWith<'locale'> }) {
  const { t } = useTranslation();
  const languageOptions = useLanguageOptions();
  return (
    <Select
      label={t('userForm.language')}
      description={t('userForm.languageHint')}
      data={languageOptions}
      allowDeselect={false}
      {...form.getInputProps('locale')}
    />
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
