import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResetPasswordBody, type User } from '../../../contract/users';
import { useResetPassword } from '../../api/users';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../lib/forms';
import { generatePassword } from '../../lib/password';
import { useIsPhone } from '../../lib/useIsPhone';
import { OneTimePasswordField } from './fields';

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const resetPassword = useResetPassword();
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: generatePassword() },
    validate: (values) => validateWith(ResetPasswordBody, values),
  });

  const submit = form.onSubmit(
    ({ password }) => {
      setFailure(null);
      resetPassword.mutate(
        { id: user.id, password },
        {
          onSuccess: () => {
            notifications.show({ color: 'asysta', message: t('userForm.resetDone', { name: user.name }) });
            onDone();
          },
          onError: (error) => {
            setFailure(applyServerErrors(form, ['password'], error, t));
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
        <Text size="sm">{t('userForm.resetIntro', { name: user.name, email: user.email })}</Text>
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <OneTimePasswordField
          value={form.values.password}
          onChange={(value) => form.setFieldValue('password', value)}
          error={form.errors.password}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={resetPassword.isPending}>
            {t('userForm.resetSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ModalProps {
  user: User | null;
  opened: boolean;
  onClose: () => void;
}

export function ResetPasswordModal({ user, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Modal
      opened={opened && user !== null}
      onClose={onClose}
      title={t('userForm.resetTitle')}
      size="lg"
      fullScreen={phone}
    >
      {user && <ResetPasswordForm key={user.id} user={user} onDone={onClose} />}
    </Modal>
  );
}
