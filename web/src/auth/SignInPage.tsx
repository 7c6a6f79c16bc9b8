import { useState } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconClockPause } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '../ui/ApiError';
import { applyFieldErrors } from '../ui/applyFieldErrors';
import { PasswordField } from '../ui/PasswordField';
import { useApiErrorMessage } from '../ui/useApiErrorMessage';
import { useCountdown } from '../ui/useCountdown';
import { isEmail } from '../ui/validators';
import { AuthLayout } from './AuthLayout';
import { signIn } from './sessionApi';
import { safeNextPath } from './safeNextPath';
import { useSession } from './useSession';

interface SignInValues {
  email: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { startSession } = useSession();
  const errorMessage = useApiErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(blockedUntil);
  const rateLimited = blockedUntil !== null && secondsLeft > 0;

  const form = useForm<SignInValues>({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (isEmail(value) ? null : t('validation.emailInvalid')),
      password: (value) => (value ? null : t('validation.passwordRequired')),
    },
  });

  const signInMutation = useMutation({
    mutationFn: (values: SignInValues) => signIn(values.email.trim(), values.password),
    onSuccess: (session) => {
      startSession(session);
      navigate(safeNextPath(searchParams.get('next')), { replace: true });
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'rate_limited') {
        setBlockedUntil(Date.now() + (error.retryAfterSeconds ?? 60) * 1000);
        setFormError(null);
        return;
      }
      if (!applyFieldErrors(form, error, ['email', 'password'])) setFormError(errorMessage(error));
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    setFormError(null);
    signInMutation.mutate(values);
  });

  return (
    <AuthLayout title={t('signIn.title')} description={t('signIn.description')}>
      <form onSubmit={handleSubmit} noValidate data-testid="sign-in-form">
        <Stack gap="md">
          {rateLimited && (
            <Alert color="orange" icon={<IconClockPause size={18} />} role="alert">
              {t('errors.rateLimitedSeconds', { seconds: secondsLeft })}
            </Alert>
          )}
          {formError && !rateLimited && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            label={t('common.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('common.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" size="md" fullWidth loading={signInMutation.isPending} disabled={rateLimited}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
