import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/roles';
import { CreateUserBody } from '../../../contract/users';
import { useCreateUser } from '../../api/users';
import { useLanguageOptions } from '../../components/LanguageSelect';
import { isLocale } from '../../i18n';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../lib/forms';
import { generatePassword } from '../../lib/password';
import { useIsPhone } from '../../lib/useIsPhone';
import { isRole, OneTimePasswordField, RoleCheckboxes } from './fields';

const fields = ['name', 'email', 'roles', 'password', 'locale'] as const;

interface Values {
  name: string;
  email: string;
  roles: string[];
  password: string;
  locale: Locale;
}

const toBody = (values: Values) => ({
  name: values.name.trim(),
  email: values.email.trim(),
  roles: values.roles.filter(isRole),
  password: values.password,
  locale: values.locale,
});

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const languageOptions = useLanguageOptions();
  const createUser = useCreateUser();
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: '',
      email: '',
      roles: [],
      password: generatePassword(),
      locale: isLocale(i18n.language) ? i18n.language : 'pl',
    },
    validate: (values) => validateWith(CreateUserBody, toBody(values)),
  });

  const submit = form.onSubmit(
    (values) => {
      setFailure(null);
      createUser.mutate(toBody(values), {
        onSuccess: (user) => {
          notifications.show({ color: 'asysta', message: t('userForm.created', { name: user.name }) });
          onDone();
        },
        onError: (error) => {
          setFailure(applyServerErrors(form, fields, error, t));
          focusFirstInvalid(formRef.current);
        },
      });
    },
    () => focusFirstInvalid(formRef.current),
  );

  const password = form.getInputProps('password');
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('userForm.name')}
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('userForm.email')}
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...form.getInputProps('email')}
        />
        <RoleCheckboxes required {...form.getInputProps('roles')} />
        <OneTimePasswordField
          value={form.values.password}
          onChange={(value) => form.setFieldValue('password', value)}
          error={password.error}
        />
        <Select
          label={t('userForm.language')}
          description={t('userForm.languageHint')}
          data={languageOptions}
          allowDeselect={false}
          {...form.getInputProps('locale')}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createUser.isPending}>
            {t('userForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Modal opened={opened} onClose={onClose} title={t('userForm.createTitle')} size="lg" fullScreen={phone}>
      {/* The modal unmounts its content when closed: every opening starts empty, with a fresh password. */}
      <CreateUserForm onDone={onClose} />
    </Modal>
  );
}
