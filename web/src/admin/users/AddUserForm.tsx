import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyEmailTaken, applyFieldErrors } from '../../ui/applyFieldErrors';
import { PasswordField } from '../../ui/PasswordField';
import type { User } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { isEmail, MIN_PASSWORD_LENGTH } from '../../ui/validators';
import { useEditRules } from '../useEditRules';
import { useCreateUser } from '../useUserMutations';
import { UserAccessFields } from './UserAccessFields';
import { EMPTY_USER_FORM, managerIdFromForm, USER_FORM_FIELDS, type UserFormValues } from './userFormValues';

export function AddUserForm({ users, onDone }: { users: readonly User[]; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const rules = useEditRules();
  const createUser = useCreateUser();

  const form = useForm<UserFormValues>({
    initialValues: {
      ...EMPTY_USER_FORM,
      // A field the current user may not set is left to the server's default.
      sellRole: rules.sell ? 'none' : EMPTY_USER_FORM.sellRole,
      chatRole: rules.chat ? 'none' : EMPTY_USER_FORM.chatRole,
    },
    validateInputOnBlur: true,
    validate: {
      name: (value) => (value.trim() ? null : t('validation.nameRequired')),
      email: (value) => (isEmail(value) ? null : t('validation.emailInvalid')),
      password: (value) =>
        value.length >= MIN_PASSWORD_LENGTH ? null : t('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    createUser.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        ...(rules.sell
          ? {}
          : {
              sellRole: values.sellRole,
              sellFullAccess: values.sellFullAccess,
              reportsToId: managerIdFromForm(values.reportsToId),
            }),
        ...(rules.chat ? {} : { chatRole: values.chatRole }),
        ...(rules.support ? {} : { supportRole: values.supportRole }),
      },
      {
        onSuccess: (user) => {
          notify.success(t('users.added', { name: user.name }));
          onDone();
        },
        onError: (error) => {
          if (applyEmailTaken(form, error, t('errors.emailTaken'))) return;
          if (!applyFieldErrors(form, error, USER_FORM_FIELDS)) notify.error(error);
        },
      },
    );
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        <SimpleGrid cols={2} spacing="md">
          <TextInput label={t('users.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label={t('common.email')}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <PasswordField
          label={t('common.password')}
          description={t('validation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <UserAccessFields form={form} rules={rules} users={users} userId={null} offerOwnership={false} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={createUser.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createUser.isPending}>
            {t('users.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
