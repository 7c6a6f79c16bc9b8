import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import type { User } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { useSetUserActive } from '../useUserMutations';

interface UserActiveConfirmModalProps {
  /** The user to deactivate (when active) or reactivate (when not). */
  user: User | null;
  onClose: () => void;
}

export function UserActiveConfirmModal({ user, onClose }: UserActiveConfirmModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const setActive = useSetUserActive();
  const deactivating = user?.active ?? true;
  const name = user?.name ?? '';

  const confirm = () => {
    if (!user) return;
    setActive.mutate(
      { id: user.id, active: !user.active },
      {
        onSuccess: (saved) => {
          notify.success(saved.active ? t('users.reactivated', { name }) : t('users.deactivated', { name }));
          onClose();
        },
        onError: (error) => notify.error(error),
      },
    );
  };

  return (
    <ConfirmModal
      opened={user !== null}
      onClose={onClose}
      onConfirm={confirm}
      loading={setActive.isPending}
      title={deactivating ? t('users.deactivateTitle', { name }) : t('users.reactivateTitle', { name })}
      confirmLabel={deactivating ? t('users.deactivate') : t('users.reactivate')}
      confirmColor={deactivating ? 'red' : 'teal'}
    >
      {deactivating ? t('users.deactivateExplain', { name }) : t('users.reactivateExplain', { name })}
    </ConfirmModal>
  );
}
