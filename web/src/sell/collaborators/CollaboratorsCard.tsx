import { useState } from 'react';
import { ActionIcon, Button, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconUserPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../ui/useNotify';
import type { ResourceType } from '../api/types';
import { useUserNames } from '../data/useSellUsers';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { OwnerName } from '../records/OwnerName';
import { SectionCard } from '../records/SectionCard';
import { AddCollaboratorForm } from './AddCollaboratorForm';
import { useCollaborators, useRemoveCollaborator } from './useCollaborators';

interface CollaboratorsCardProps {
  resource: ResourceType;
  id: number;
  ownerId: number | null;
}

/** The users who work on a record beside its owner: they (and their managers) see it as the owner does. */
export function CollaboratorsCard({ resource, id, ownerId }: CollaboratorsCardProps) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const nameOf = useUserNames();
  const collaborators = useCollaborators(resource, id);
  const remove = useRemoveCollaborator(resource, id);
  const [adding, setAdding] = useState(false);
  const taken = (collaborators.data ?? []).map((c) => c.collaborator_id);
  return (
    <SectionCard
      title={t('collaborators.title')}
      testId="collaborators"
      actions={
        !adding && (
          <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {t('collaborators.add')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding && (
          <AddCollaboratorForm resource={resource} id={id} excludeIds={ownerId === null ? taken : [...taken, ownerId]} onDone={() => setAdding(false)} />
        )}
        {collaborators.isPending && <Skeleton height={16} width="50%" />}
        {collaborators.isError && (
          <LoadErrorAlert title={t('collaborators.loadFailed')} error={collaborators.error} onRetry={() => void collaborators.refetch()} />
        )}
        {collaborators.data?.length === 0 && !adding && (
          <Text size="sm" c="dimmed">
            {t('collaborators.none')}
          </Text>
        )}
        {collaborators.data?.map((collaboration) => {
          const name = nameOf(collaboration.collaborator_id) ?? t('records.unknownUser');
          return (
            <Group key={collaboration.id} justify="space-between" wrap="nowrap">
              <OwnerName userId={collaboration.collaborator_id} />
              <Tooltip label={t('collaborators.remove', { name })} withArrow>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('collaborators.remove', { name })}
                  loading={remove.isPending && remove.variables === collaboration.id}
                  onClick={() => remove.mutate(collaboration.id, { onError: (error) => notify.error(error) })}
                >
                  <IconX size={16} aria-hidden="true" />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
      </Stack>
    </SectionCard>
  );
}
