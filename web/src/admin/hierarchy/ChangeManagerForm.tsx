import { useState, type FormEvent } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/ApiError';
import type { User } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { ManagerSelect } from '../ManagerSelect';
import { useUpdateUser } from '../useUserMutations';

interface ChangeManagerFormProps {
  user: User;
  users: readonly User[];
  topmostName: string | null;
  onDone: () => void;
}

export function ChangeManagerForm({ user, users, topmostName, onDone }: ChangeManagerFormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const updateUser = useUpdateUser();
  const initial = user.reportsToId === null ? null : String(user.reportsToId);
  const [managerId, setManagerId] = useState<string | null>(initial);
  const [error, setError] = useState<string | null>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    updateUser.mutate(
      { id: user.id, input: { reportsToId: managerId === null ? null : Number(managerId) } },
      {
        onSuccess: (saved) => {
          notify.success(t('hierarchy.managerChanged', { name: saved.name }));
          onDone();
        },
        onError: (failure) => {
          const fieldMessage = isApiError(failure)
            ? failure.fields.find((field) => field.field.endsWith('reportsToId'))?.message
            : undefined;
          if (fieldMessage) setError(fieldMessage);
          else notify.error(failure);
        },
      },
    );
  };

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="md">
        <ManagerSelect
          users={users}
          forUserId={user.id}
          value={managerId}
          onChange={(value) => {
            setManagerId(value);
            setError(null);
          }}
          error={error}
          autoFocus
          description={
            topmostName ? t('hierarchy.noManagerMeans', { name: topmostName }) : t('users.managerHint')
          }
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={updateUser.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={updateUser.isPending} disabled={managerId === initial}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
