import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../ui/types';
import { AddUserForm } from './AddUserForm';

interface AddUserModalProps {
  opened: boolean;
  onClose: () => void;
  users: readonly User[];
}

export function AddUserModal({ opened, onClose, users }: AddUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('users.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so every opening starts with a clean form. */}
      {opened && <AddUserForm users={users} onDone={onClose} />}
    </Modal>
  );
}
