import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../ui/types';
import { ResetPasswordForm } from './ResetPasswordForm';

interface ResetPasswordModalProps {
  user: User | null;
  onClose: () => void;
}

export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('users.resetPasswordTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {user && <ResetPasswordForm key={user.id} user={user} onDone={onClose} />}
    </Modal>
  );
}
