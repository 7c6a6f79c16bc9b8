import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useNotify } from '../../ui/useNotify';
import { sellKeys } from '../api/sellKeys';
import type { ResourceType } from '../api/types';
import { appListPath } from './resourcePaths';
import { useDeleteRecord } from './useRecordMutations';

interface DeleteRecordModalProps {
  opened: boolean;
  resource: ResourceType;
  id: number;
  name: string;
  onClose: () => void;
}

/** Deleting is for good: ask first, then go back to the list. */
export function DeleteRecordModal({ opened, resource, id, name, onClose }: DeleteRecordModalProps) {
  const { t } = useTranslation('sell');
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const remove = useDeleteRecord(resource);
  return (
    <ConfirmModal
      opened={opened}
      title={t(`records.deleteTitle.${resource}`)}
      confirmLabel={t('records.deleteConfirm')}
      confirmColor="red"
      loading={remove.isPending}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(id, {
          onSuccess: () => {
            notify.success(t('records.deleted', { name }));
            onClose();
            navigate(appListPath(resource));
            queryClient.removeQueries({ queryKey: sellKeys.record(resource, id), exact: true });
          },
          onError: (error) => notify.error(error),
        })
      }
    >
      <Text size="sm">{t(`records.deleteWarning.${resource}`, { name })}</Text>
    </ConfirmModal>
  );
}
