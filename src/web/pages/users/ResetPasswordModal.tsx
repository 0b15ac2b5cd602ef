import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ResetPasswordBody, type User } from '../../../contract/users';
import { useResetPassword } from '../../api/users';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { generatePassword } from '../../lib/password';
import { useFormFailure } from '../../lib/useFormFailure';
import { OneTimePasswordField } from './fields';

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const resetPassword = useResetPassword();
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: generatePassword() },
    validate: (values) => validateWith(ResetPasswordBody, values),
  });
  const failure = useFormFailure(form, ['password']);

  const submit = form.onSubmit(({ password }) => {
    failure.clear();
    resetPassword.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          notifications.show({ color: 'asysta', message: t('userForm.resetDone', { name: user.name }) });
          onDone();
        },
        onError: failure.fail,
      },
    );
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      intro={<Text size="sm">{t('userForm.resetIntro', { name: user.name, email: user.email })}</Text>}
    >
      <OneTimePasswordField
        value={form.values.password}
        onChange={(value) => form.setFieldValue('password', value)}
        error={form.errors.password}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('userForm.resetSubmit')}
        loading={resetPassword.isPending}
        color="orange"
      />
    </FormWithFailure>
  );
}

interface ModalProps {
  user: User | null;
  opened: boolean;
  onClose: () => void;
}

/** Giving someone who cannot sign in a new one-time password, to be changed at their next sign-in. */
export function ResetPasswordModal({ user, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened && user !== null} onClose={onClose} title={t('userForm.resetTitle')}>
      {user && <ResetPasswordForm key={user.id} user={user} onDone={onClose} />}
    </AppModal>
  );
}
