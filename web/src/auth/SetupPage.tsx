import { useState } from 'react';
import { Alert, Button, Fieldset, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { applyFieldErrors } from '../ui/applyFieldErrors';
import { isApiError } from '../ui/ApiError';
import { PasswordField } from '../ui/PasswordField';
import { queryKeys } from '../ui/queryKeys';
import { useApiErrorMessage } from '../ui/useApiErrorMessage';
import { isEmail, isSubdomain, MIN_PASSWORD_LENGTH, subdomainFromName } from '../ui/validators';
import { AuthLayout } from './AuthLayout';
import { runSetup, type SetupInput } from './sessionApi';
import { useSession } from './useSession';

interface SetupFormValues extends SetupInput {
  confirmPassword: string;
}

const SETUP_FIELDS = ['accountName', 'subdomain', 'ownerName', 'email', 'password'] as const;

export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { startSession } = useSession();
  const errorMessage = useApiErrorMessage();
  const [subdomainEdited, setSubdomainEdited] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<SetupFormValues>({
    initialValues: { accountName: '', subdomain: '', ownerName: '', email: '', password: '', confirmPassword: '' },
    validateInputOnBlur: true,
    validate: {
      accountName: (value) => (value.trim() ? null : t('validation.accountNameRequired')),
      subdomain: (value) => {
        if (!value) return t('validation.subdomainRequired');
        return isSubdomain(value) ? null : t('validation.subdomainFormat');
      },
      ownerName: (value) => (value.trim() ? null : t('validation.nameRequired')),
      email: (value) => (isEmail(value) ? null : t('validation.emailInvalid')),
      password: (value) =>
        value.length >= MIN_PASSWORD_LENGTH ? null : t('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
      confirmPassword: (value, values) => (value === values.password ? null : t('validation.passwordsDiffer')),
    },
  });

  const setup = useMutation({
    mutationFn: runSetup,
    onSuccess: (session) => {
      startSession(session);
      navigate('/', { replace: true });
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'setup_done') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.setup });
      }
      if (!applyFieldErrors(form, error, SETUP_FIELDS)) setFormError(errorMessage(error));
    },
  });

  const handleSubmit = form.onSubmit(({ confirmPassword: _confirm, ...values }) => {
    setFormError(null);
    setup.mutate({ ...values, accountName: values.accountName.trim(), ownerName: values.ownerName.trim(), email: values.email.trim() });
  });

  const accountNameProps = form.getInputProps('accountName');
  const subdomainProps = form.getInputProps('subdomain');
  const host = window.location.hostname;

  return (
    <AuthLayout title={t('setup.title')} description={t('setup.description')} width={540}>
      <form onSubmit={handleSubmit} noValidate data-testid="setup-form">
        <Stack gap="lg">
          {formError && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          )}
          <Fieldset legend={t('setup.accountLegend')} variant="unstyled">
            <Stack gap="sm">
              <TextInput
                label={t('setup.accountName')}
                placeholder={t('setup.accountNamePlaceholder')}
                required
                autoFocus
                {...accountNameProps}
                onChange={(event) => {
                  const name = event.currentTarget.value;
                  form.setFieldValue('accountName', name);
                  if (!subdomainEdited) form.setFieldValue('subdomain', subdomainFromName(name));
                }}
              />
              <TextInput
                label={t('setup.subdomain')}
                description={
                  isSubdomain(form.values.subdomain)
                    ? t('setup.subdomainPreview', { address: `${form.values.subdomain}.${host}` })
                    : t('setup.subdomainHint')
                }
                placeholder={t('setup.subdomainPlaceholder')}
                required
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                {...subdomainProps}
                onChange={(event) => {
                  setSubdomainEdited(true);
                  form.setFieldValue('subdomain', event.currentTarget.value.toLowerCase());
                }}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('setup.ownerLegend')} variant="unstyled">
            <Stack gap="sm">
              <TextInput label={t('setup.ownerName')} autoComplete="name" required {...form.getInputProps('ownerName')} />
              <TextInput
                label={t('common.email')}
                type="email"
                autoComplete="email"
                required
                {...form.getInputProps('email')}
              />
              <PasswordField
                label={t('common.password')}
                description={t('validation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
                autoComplete="new-password"
                required
                {...form.getInputProps('password')}
              />
              <PasswordField
                label={t('setup.confirmPassword')}
                autoComplete="new-password"
                required
                {...form.getInputProps('confirmPassword')}
              />
            </Stack>
          </Fieldset>
          <Button type="submit" size="md" loading={setup.isPending} fullWidth>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
