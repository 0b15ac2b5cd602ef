import { Alert, Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/roles';
import { UpdateUserBody, type User } from '../../../contract/users';
import { problemCode } from '../../api/errors';
import { fetchUser, useUpdateUser } from '../../api/users';
import { useLanguageOptions } from '../../components/LanguageSelect';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../lib/forms';
import { useIsPhone } from '../../lib/useIsPhone';
import { isRole, RoleCheckboxes } from './fields';

const fields = ['name', 'email', 'roles', 'active', 'locale'] as const;

interface Values {
  name: string;
  email: string;
  roles: string[];
  active: boolean;
  locale: Locale;
}

const valuesOf = (user: User): Values => ({
  name: user.name,
  email: user.email,
  roles: [...user.roles],
  active: user.active,
  locale: user.locale,
});

function EditUserForm({ user, myId, onDone }: { user: User; myId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const languageOptions = useLanguageOptions();
  const updateUser = useUpdateUser(myId);
  const [version, setVersion] = useState(user.version);
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [reloaded, setReloaded] = useState(false);
  const isMe = user.id === myId;

  const toBody = (values: Values) => ({
    version,
    name: values.name.trim(),
    email: values.email.trim(),
    roles: values.roles.filter(isRole),
    active: values.active,
    locale: values.locale,
  });

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(user),
    validate: (values) => validateWith(UpdateUserBody, toBody(values)),
  });

  /** Someone else saved first: show what is stored now, so the changes can be made on top of it. */
  const reload = async () => {
    try {
      const fresh = await fetchUser(user.id);
      setVersion(fresh.version);
      form.setValues(valuesOf(fresh));
      form.resetDirty(valuesOf(fresh));
      setReloaded(true);
    } catch {
      // The message about the conflict is already shown; the list reloads on its own.
    }
  };

  const submit = form.onSubmit(
    (values) => {
      setFailure(null);
      setReloaded(false);
      updateUser.mutate(
        { id: user.id, ...toBody(values) },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'asysta', message: t('userForm.saved', { name: saved.name }) });
            onDone();
          },
          onError: (error) => {
            setFailure(applyServerErrors(form, fields, error, t));
            focusFirstInvalid(formRef.current);
            if (problemCode(error) === 'conflict') void reload();
          },
        },
      );
    },
    () => focusFirstInvalid(formRef.current),
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
            {reloaded && ` ${t('userForm.reloaded')}`}
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
        <Select
          label={t('userForm.language')}
          description={t('userForm.languageHint')}
          data={languageOptions}
          allowDeselect={false}
          {...form.getInputProps('locale')}
        />
        <Switch
          label={t('userForm.active')}
          description={t('userForm.activeHint')}
          disabled={isMe}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={updateUser.isPending}>
            {t('common.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ModalProps {
  user: User | null;
  opened: boolean;
  myId: string;
  onClose: () => void;
}

export function EditUserModal({ user, opened, myId, onClose }: ModalProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Modal
      opened={opened && user !== null}
      onClose={onClose}
      title={t('userForm.editTitle')}
      size="lg"
      fullScreen={phone}
    >
      {user && <EditUserForm key={user.id} user={user} myId={myId} onDone={onClose} />}
    </Modal>
  );
}
