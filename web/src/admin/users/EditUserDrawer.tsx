import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../ui/types';
import { EditUserForm } from './EditUserForm';

interface EditUserDrawerProps {
  user: User | null;
  users: readonly User[];
  onClose: () => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
  /** While a dialog opened from the drawer is up, Esc and focus belong to it. */
  childDialogOpen: boolean;
}

export function EditUserDrawer({
  user,
  users,
  onClose,
  onResetPassword,
  onToggleActive,
  childDialogOpen,
}: EditUserDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={user !== null}
      onClose={onClose}
      position="right"
      size={520}
      padding="xl"
      closeOnEscape={!childDialogOpen}
      trapFocus={!childDialogOpen}
      title={t('users.editTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {user && (
        <EditUserForm
          key={user.id}
          user={user}
          users={users}
          onDone={onClose}
          onResetPassword={onResetPassword}
          onToggleActive={onToggleActive}
        />
      )}
    </Drawer>
  );
}
