import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateUserBody } from '../../../contract/users';
import { useCreateUser } from '../../api/users';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { isLocale } from '../../i18n';
import { validateWith } from '../../lib/forms';
import { generatePassword } from '../../lib/password';
import { useFormFailure } from '../../lib/useFormFailure';
import {
  AccountFteInput,
  AccountIdentityFields,
  AccountLanguageSelect,
  type AccountValues,
  accountBody,
  OneTimePasswordField,
} from './fields';

const fields = ['name', 'email', 'roles', 'password', 'locale', 'fte'] as const;

interface Values extends AccountValues {
  password: string;
}

const toBody = (values: Values) => ({ ...accountBody(values), password: values.password });

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const createUser = useCreateUser();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: '',
      email: '',
      roles: [],
      password: generatePassword(),
      locale: isLocale(i18n.language) ? i18n.language : 'pl',
      fte: 1,
    },
    validate: (values) => validateWith(CreateUserBody, toBody(values)),
  });
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    createUser.mutate(toBody(values), {
      onSuccess: (user) => {
        notifications.show({ color: 'asysta', message: t('userForm.created', { name: user.name }) });
        onDone();
      },
      onError: failure.fail,
    });
  }, failure.focusInvalid);

  const password = form.getInputProps('password');
  return (
    <FormWithFailure failure={failure} onSubmit={submit}>
      <AccountIdentityFields form={form} />
      <OneTimePasswordField
        value={form.values.password}
        onChange={(value) => form.setFieldValue('password', value)}
        error={password.error}
      />
      <AccountFteInput form={form} />
      <AccountLanguageSelect form={form} />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('userForm.create')}
        loading={createUser.isPending}
      />
    </FormWithFailure>
  );
}

/** Opening an account for a new member of staff, with a one-time password to pass on. */
export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('userForm.createTitle')}>
      {/* The modal unmounts its content when closed: every opening starts empty, with a fresh password. */}
      <CreateUserForm onDone={onClose} />
    </AppModal>
  );
}
