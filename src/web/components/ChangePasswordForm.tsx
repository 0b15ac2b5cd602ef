import { Button, PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ChangePasswordBody } from '../../contract/auth';
import { useChangePassword } from '../api/auth';
import { validateWith } from '../lib/forms';
import { useFormFailure } from '../lib/useFormFailure';
import { FormWithFailure } from './FormWithFailure';

const fields = ['currentPassword', 'newPassword', 'repeatPassword'] as const;

/** Changing one's own password: on the forced page after a one-time password, and in account settings. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate: (values) => {
      const errors = validateWith(ChangePasswordBody, values);
      if (!errors.newPassword && values.repeatPassword !== values.newPassword) {
        errors.repeatPassword = t('password.mismatch');
      }
      return errors;
    },
  });
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    failure.clear();
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          onChanged();
        },
        onError: failure.fail,
      },
    );
  }, failure.focusInvalid);

  return (
    <FormWithFailure failure={failure} onSubmit={submit}>
      <PasswordInput
        label={t('password.current')}
        autoComplete="current-password"
        required
        {...form.getInputProps('currentPassword')}
      />
      <PasswordInput
        label={t('password.new')}
        description={t('password.newHint')}
        autoComplete="new-password"
        required
        {...form.getInputProps('newPassword')}
      />
      <PasswordInput
        label={t('password.repeat')}
        autoComplete="new-password"
        required
        {...form.getInputProps('repeatPassword')}
      />
      <Button type="submit" loading={changePassword.isPending}>
        {t('password.submit')}
      </Button>
    </FormWithFailure>
  );
}
