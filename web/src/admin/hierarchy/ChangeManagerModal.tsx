import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../ui/types';
import { ChangeManagerForm } from './ChangeManagerForm';

interface ChangeManagerModalProps {
  user: User | null;
  users: readonly User[];
  topmostName: string | null;
  onClose: () => void;
}

export function ChangeManagerModal({ user, users, topmostName, onClose }: ChangeManagerModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('hierarchy.changeManagerTitle', { name: user.name }) : ''}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {user && <ChangeManagerForm key={user.id} user={user} users={users} topmostName={topmostName} onDone={onClose} />}
    </Modal>
  );
}
