import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LoginBody } from '../../../contract/auth';
import { useLogin, useMe } from '../../api/auth';
import { AuthLayout } from '../../components/AuthLayout';
import type { FromState } from '../../components/guards';
import { LanguageSelect } from '../../components/LanguageSelect';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../lib/forms';
import { usePageTitle } from '../../lib/usePageTitle';

const fields = ['email', 'password'] as const;

/** Where to go after signing in: back to the page that asked for it, or home. */
function targetAfterLogin(state: unknown): string {
  const from = (state as FromState | null)?.from;
  return from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.pageTitle'));
  const { data: me } = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: (values) => validateWith(LoginBody, values),
  });

  if (me && !login.isPending) {
    return (
      <Navigate to={me.mustChangePassword ? '/change-password' : targetAfterLogin(location.state)} replace />
    );
  }

  const submit = form.onSubmit(
    (values) => {
      setFailure(null);
      login.mutate(values, {
        onSuccess: (signedIn) => {
          void navigate(signedIn.mustChangePassword ? '/change-password' : targetAfterLogin(location.state), {
            replace: true,
          });
        },
        onError: (error) => {
          setFailure(applyServerErrors(form, fields, error, t));
          form.setFieldValue('password', '');
          form.getInputNode('password')?.focus();
        },
      });
    },
    () => focusFirstInvalid(formRef.current),
  );

  return (
    <AuthLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz="h3">
            {t('login.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('login.intro')}
          </Text>
        </Stack>
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="md">
            {failure && (
              <Alert
                color="red"
                variant="light"
                title={t('login.failedTitle')}
                icon={<IconAlertCircle aria-hidden />}
                role="alert"
              >
                {failure}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              required
              data-autofocus
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" fullWidth mt="xs" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
        <LanguageSelect />
        <Text size="xs" c="dimmed">
          {t('login.help')}
        </Text>
      </Stack>
    </AuthLayout>
  );
}
