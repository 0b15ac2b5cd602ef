import { Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateUserBody, type User } from '../../../contract/users';
import { problemCode } from '../../api/errors';
import { fetchUser, useUpdateUser } from '../../api/users';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import {
  AccountFteInput,
  AccountIdentityFields,
  AccountLanguageSelect,
  type AccountValues,
  accountBody,
} from './fields';

const fields = ['name', 'email', 'roles', 'active', 'locale', 'fte'] as const;

interface Values extends AccountValues {
  active: boolean;
}

const valuesOf = (user: User): Values => ({
  name: user.name,
  email: user.email,
  roles: [...user.roles],
  active: user.active,
  locale: user.locale,
  fte: user.fte,
});

function EditUserForm({ user, myId, onDone }: { user: User; myId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const updateUser = useUpdateUser(myId);
  const [version, setVersion] = useState(user.version);
  const [reloaded, setReloaded] = useState(false);
  const isMe = user.id === myId;

  const toBody = (values: Values) => ({ version, ...accountBody(values), active: values.active });

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(user),
    validate: (values) => validateWith(UpdateUserBody, toBody(values)),
  });
  const failure = useFormFailure(form, fields);

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

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    updateUser.mutate(
      { id: user.id, ...toBody(values) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'asysta', message: t('userForm.saved', { name: saved.name }) });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          if (problemCode(error) === 'conflict') void reload();
        },
      },
    );
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('userForm.reloaded') : undefined}
    >
      <AccountIdentityFields form={form} />
      <AccountFteInput form={form} />
      <AccountLanguageSelect form={form} />
      <Switch
        label={t('userForm.active')}
        description={t('userForm.activeHint')}
        disabled={isMe}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('common.saveChanges')}
        loading={updateUser.isPending}
      />
    </FormWithFailure>
  );
}

interface ModalProps {
  user: User | null;
  opened: boolean;
  myId: string;
  onClose: () => void;
}

/** Editing an account's name, e-mail, roles, language and whether it may sign in. */
export function EditUserModal({ user, opened, myId, onClose }: ModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened && user !== null} onClose={onClose} title={t('userForm.editTitle')}>
      {user && <EditUserForm key={user.id} user={user} myId={myId} onDone={onClose} />}
    </AppModal>
  );
}
