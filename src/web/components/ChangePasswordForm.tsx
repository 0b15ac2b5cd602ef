import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordBody } from '../../contract/auth';
import { useChangePassword } from '../api/auth';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../lib/forms';

const fields = ['currentPassword', 'newPassword', 'repeatPassword'] as const;

/** Changing one's own password: on the forced page after a one-time password, and in account settings. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
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

  const submit = form.onSubmit(
    ({ currentPassword, newPassword }) => {
      setFailure(null);
      changePassword.mutate(
        { currentPassword, newPassword },
        {
          onSuccess: () => {
            form.reset();
            onChanged();
          },
          onError: (error) => {
            setFailure(applyServerErrors(form, fields, error, t));
            focusFirstInvalid(formRef.current);
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
          </Alert>
        )}
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
      </Stack>
    </form>
  );
}
