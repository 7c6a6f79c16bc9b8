import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../ui/applyFieldErrors';
import { PasswordField } from '../../ui/PasswordField';
import type { User } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { MIN_PASSWORD_LENGTH } from '../../ui/validators';
import { useResetPassword } from '../useUserMutations';

export function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const resetPassword = useResetPassword();
  const form = useForm({
    initialValues: { password: '' },
    validate: {
      password: (value: string) =>
        value.length >= MIN_PASSWORD_LENGTH ? null : t('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
    },
  });

  const handleSubmit = form.onSubmit(({ password }) => {
    resetPassword.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          notify.success(t('users.passwordReset', { name: user.name }));
          onDone();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['password'])) notify.error(error);
        },
      },
    );
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {/* Lets password managers file the new password under the right person. */}
        <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
        <Text size="sm">{t('users.resetPasswordIntro', { name: user.name, email: user.email })}</Text>
        <PasswordField
          label={t('users.newPassword')}
          description={t('validation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          data-autofocus
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={resetPassword.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={resetPassword.isPending}>
            {t('users.resetPasswordSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
