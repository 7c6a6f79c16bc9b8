import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/ApiError';
import { useNotify } from '../../ui/useNotify';
import type { ResourceType } from '../api/types';
import { useSellUsers } from '../data/useSellUsers';
import { useAddCollaborator } from './useCollaborators';

interface AddCollaboratorFormProps {
  resource: ResourceType;
  id: number;
  /** Users not to offer: the owner and those already collaborating. */
  excludeIds: number[];
  onDone: () => void;
}

/** Adds an active Sell user as a collaborator. */
export function AddCollaboratorForm({ resource, id, excludeIds, onDone }: AddCollaboratorFormProps) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const users = useSellUsers();
  const add = useAddCollaborator(resource, id);
  const [userId, setUserId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const options = (users.data ?? [])
    .filter((user) => user.status === 'active' && !excludeIds.includes(user.id))
    .map((user) => ({ value: String(user.id), label: user.name }));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!userId) {
          setError(t('collaborators.pickUser'));
          return;
        }
        add.mutate(Number(userId), {
          onSuccess: () => onDone(),
          onError: (failure) => {
            const message = isApiError(failure) ? failure.fields[0]?.message : undefined;
            if (message) setError(message);
            else notify.error(failure);
          },
        });
      }}
    >
      <Group align="flex-start" gap="xs" wrap="wrap">
        <Select
          label={t('collaborators.user')}
          data={options}
          value={userId}
          onChange={(value) => {
            setUserId(value);
            setError(null);
          }}
          error={error}
          searchable
          data-autofocus
          placeholder={users.isPending ? t('common.loading') : t('collaborators.pickUserPlaceholder')}
          nothingFoundMessage={t('list.noOptions')}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Group gap="xs" mt={25}>
          <Button type="submit" loading={add.isPending}>
            {t('collaborators.add')}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
