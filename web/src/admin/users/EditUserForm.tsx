import { Button, Divider, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { applyEmailTaken, applyFieldErrors } from '../../ui/applyFieldErrors';
import { DisabledReason } from '../../ui/DisabledReason';
import type { User } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { isEmail } from '../../ui/validators';
import { useDeactivateBlockReason, useEditRules } from '../useEditRules';
import { useUpdateUser } from '../useUserMutations';
import { UserAccessFields } from './UserAccessFields';
import { changedUserFields, USER_FORM_FIELDS, userToFormValues, type UserFormValues } from './userFormValues';
import { UserStatusBadge } from './UserStatusBadge';

interface EditUserFormProps {
  user: User;
  users: readonly User[];
  onDone: () => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
}

export function EditUserForm({ user, users, onDone, onResetPassword, onToggleActive }: EditUserFormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { user: me } = useSignedInSession();
  const rules = useEditRules(user);
  const deactivateBlock = useDeactivateBlockReason(user);
  const updateUser = useUpdateUser();
  const initialValues = userToFormValues(user);

  const form = useForm<UserFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: {
      name: (value) => (value.trim() ? null : t('validation.nameRequired')),
      email: (value) => (isEmail(value) ? null : t('validation.emailInvalid')),
    },
  });

  const changes = changedUserFields(initialValues, form.values);
  const hasChanges = Object.keys(changes).length > 0;

  const handleSubmit = form.onSubmit(() => {
    if (!hasChanges) return;
    updateUser.mutate(
      { id: user.id, input: changes },
      {
        onSuccess: (saved) => {
          notify.success(t('users.saved', { name: saved.name }));
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
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {user.id === me.id ? t('users.editingYourself') : t('users.editingUser', { name: user.name })}
          </Text>
          <UserStatusBadge active={user.active} />
        </Group>
        <TextInput label={t('users.fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('common.email')} type="email" required {...form.getInputProps('email')} />
        <UserAccessFields
          form={form}
          rules={rules}
          users={users}
          userId={user.id}
          offerOwnership={rules.canGrantOwnership}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={updateUser.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={updateUser.isPending} disabled={!hasChanges}>
            {t('common.saveChanges')}
          </Button>
        </Group>
        <Divider label={t('users.moreActions')} labelPosition="left" />
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconKey size={16} aria-hidden="true" />}
            onClick={() => onResetPassword(user)}
          >
            {t('users.resetPassword')}
          </Button>
          <DisabledReason reason={deactivateBlock}>
            <Button
              variant="light"
              color={user.active ? 'red' : 'teal'}
              leftSection={
                user.active ? <IconUserOff size={16} aria-hidden="true" /> : <IconUserCheck size={16} aria-hidden="true" />
              }
              disabled={deactivateBlock !== null}
              onClick={() => onToggleActive(user)}
            >
              {user.active ? t('users.deactivate') : t('users.reactivate')}
            </Button>
          </DisabledReason>
        </Group>
      </Stack>
    </form>
  );
}
