import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useNotify } from '../../ui/useNotify';

interface ConfirmDeleteModalProps<T extends { id: number; name: string }> {
  /** The item being deleted; null keeps the dialog closed. */
  item: T | null;
  /** What one item is called ("lead source"), for the title. */
  itemLabel: string;
  warning: string;
  remove: UseMutationResult<unknown, unknown, number>;
  onClose: () => void;
}

/** Asks before deleting a settings item, then says it is gone (or why not). */
export function ConfirmDeleteModal<T extends { id: number; name: string }>({ item, itemLabel, warning, remove, onClose }: ConfirmDeleteModalProps<T>) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  return (
    <ConfirmModal
      opened={item !== null}
      title={t('settings.deleteTitle', { item: itemLabel })}
      confirmLabel={t('settings.delete')}
      confirmColor="red"
      loading={remove.isPending}
      onClose={onClose}
      onConfirm={() =>
        item &&
        remove.mutate(item.id, {
          onSuccess: () => {
            notify.success(t('settings.deleted', { name: item.name }));
            onClose();
          },
          onError: (error) => notify.error(error),
        })
      }
    >
      {warning}
    </ConfirmModal>
  );
}
