import { ActionIcon, Group, Menu, Tooltip } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../ui/types';
import { useDeactivateBlockReason } from '../useEditRules';

interface UserRowActionsProps {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
}

export function UserRowActions({ user, onEdit, onResetPassword, onToggleActive }: UserRowActionsProps) {
  const { t } = useTranslation();
  const deactivateBlock = useDeactivateBlockReason(user);
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Tooltip label={t('common.edit')} withArrow openDelay={400}>
        <ActionIcon variant="subtle" aria-label={t('users.editUser', { name: user.name })} onClick={() => onEdit(user)}>
          <IconPencil size={17} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Menu position="bottom-end" shadow="md" width={220}>
        <Menu.Target>
          <Tooltip label={t('users.moreActions')} withArrow openDelay={400}>
            <ActionIcon variant="subtle" color="gray" aria-label={t('users.moreActionsFor', { name: user.name })}>
              <IconDots size={18} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden="true" />} onClick={() => onResetPassword(user)}>
            {t('users.resetPassword')}
          </Menu.Item>
          {user.active ? (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={16} aria-hidden="true" />}
              disabled={deactivateBlock !== null}
              title={deactivateBlock ?? undefined}
              onClick={() => onToggleActive(user)}
            >
              {t('users.deactivate')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden="true" />} onClick={() => onToggleActive(user)}>
              {t('users.reactivate')}
            </Menu.Item>
          )}
          {deactivateBlock && (
            <Menu.Label style={{ whiteSpace: 'normal' }}>{deactivateBlock}</Menu.Label>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
