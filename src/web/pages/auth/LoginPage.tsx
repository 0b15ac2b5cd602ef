import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LoginBody } from '../../../contract/auth';
import { useLogin, useMe } from '../../api/auth';
import { AuthHeading, AuthLayout } from '../../components/AuthLayout';
import { EmailInput } from '../../components/EmailInput';
import { FormWithFailure } from '../../components/FormWithFailure';
import type { FromState } from '../../components/guards';
import { LanguageSelect } from '../../components/LanguageSelect';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import { usePageTitle } from '../../lib/usePageTitle';

const fields = ['email', 'password'] as const;

/** Where to go after signing in: back to the page that asked for it, or home. */
function targetAfterLogin(state: unknown): string {
  const from = (state as FromState | null)?.from;
  return from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

/** Signing in; a person already signed in goes straight on. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.pageTitle'));
  const { data: me } = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: (values) => validateWith(LoginBody, values),
  });
  const failure = useFormFailure(form, fields);

  if (me && !login.isPending) {
    return (
      <Navigate to={me.mustChangePassword ? '/change-password' : targetAfterLogin(location.state)} replace />
    );
  }

  const submit = form.onSubmit((values) => {
    failure.clear();
    login.mutate(values, {
      onSuccess: (signedIn) => {
        void navigate(signedIn.mustChangePassword ? '/change-password' : targetAfterLogin(location.state), {
          replace: true,
        });
      },
      onError: (error) => {
        // A fresh try starts from an empty password field.
        failure.show(error);
        form.setFieldValue('password', '');
        form.getInputNode('password')?.focus();
      },
    });
  }, failure.focusInvalid);

  return (
    <AuthLayout>
      <Stack gap="lg">
        <AuthHeading title={t('login.title')} subtitle={t('login.intro')} />
        <FormWithFailure failure={failure} onSubmit={submit} failureTitle={t('login.failedTitle')}>
          <EmailInput
            label={t('login.email')}
            autoComplete="username"
            inputMode="email"
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
        </FormWithFailure>
        <LanguageSelect />
        <Text size="xs" c="dimmed">
          {t('login.help')}
        </Text>
      </Stack>
    </AuthLayout>
  );
}
