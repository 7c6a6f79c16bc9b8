import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../ui/useNotify';
import type { ResourceType } from '../api/types';
import { useUserNames } from '../data/useSellUsers';
import { AddableListCard } from '../records/AddableListCard';
import { OwnerName } from '../records/OwnerName';
import { RemoveIconButton } from '../records/RemoveIconButton';
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
  const taken = (collaborators.data ?? []).map((c) => c.collaborator_id);
  return (
    <AddableListCard
      title={t('collaborators.title')}
      testId="collaborators"
      list={collaborators}
      addLabel={t('collaborators.add')}
      addForm={(done) => <AddCollaboratorForm resource={resource} id={id} excludeIds={ownerId === null ? taken : [...taken, ownerId]} onDone={done} />}
      loadFailed={t('collaborators.loadFailed')}
      empty={t('collaborators.none')}
      skeletonWidth="50%"
      renderItem={(collaboration) => (
        <Group key={collaboration.id} justify="space-between" wrap="nowrap">
          <OwnerName userId={collaboration.collaborator_id} />
          <RemoveIconButton
            label={t('collaborators.remove', { name: nameOf(collaboration.collaborator_id) ?? t('records.unknownUser') })}
            loading={remove.isPending && remove.variables === collaboration.id}
            onClick={() => remove.mutate(collaboration.id, { onError: (error) => notify.error(error) })}
          />
        </Group>
      )}
    />
  );
}
