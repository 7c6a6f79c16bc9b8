import { Avatar, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initials } from '../../ui/initials';
import type { User } from '../../ui/types';
import { useRoleLabels } from '../useRoleLabels';
import { RoleText } from './RoleText';
import { UserRowActions } from './UserRowActions';
import { UserStatusBadge } from './UserStatusBadge';
import classes from './UsersTable.module.css';

interface UserTableRowProps {
  user: User;
  manager: User | undefined;
  isMe: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
}

export function UserTableRow({ user, manager, isMe, onEdit, onResetPassword, onToggleActive }: UserTableRowProps) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  return (
    <Table.Tr
      className={classes.row}
      data-active={user.active || undefined}
      data-user-id={user.id}
      onClick={(event) => {
        // Buttons and menus in the row do their own thing.
        if ((event.target as HTMLElement).closest('button, a, [role="menu"]')) return;
        onEdit(user);
      }}
    >
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar
            size={30}
            radius="xl"
            color={user.active ? 'calmIndigo' : 'gray'}
            variant="light"
            className={classes.avatar}
          >
            {initials(user.name)}
          </Avatar>
          <Text size="sm" fw={600} c={user.active ? undefined : 'dimmed'}>
            {user.name}
          </Text>
          {isMe && (
            <Badge size="xs" variant="light" color="gray" tt="none">
              {t('users.you')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <RoleText label={roles.sell(user.sellRole)} none={user.sellRole === 'none'} />
          {user.sellFullAccess && (
            <Badge size="xs" color="teal" variant="light" tt="none">
              {t('users.fullAccess')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <RoleText label={roles.chat(user.chatRole)} none={user.chatRole === 'none'} />
      </Table.Td>
      <Table.Td>
        <RoleText label={roles.support(user.supportRole)} none={user.supportRole === 'none'} />
      </Table.Td>
      <Table.Td>
        {manager ? (
          <Text size="sm">{manager.name}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            <span aria-hidden="true">—</span>
            <VisuallyHidden>{t('users.noManager')}</VisuallyHidden>
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <UserStatusBadge active={user.active} />
      </Table.Td>
      <Table.Td>
        <UserRowActions
          user={user}
          onEdit={onEdit}
          onResetPassword={onResetPassword}
          onToggleActive={onToggleActive}
        />
      </Table.Td>
    </Table.Tr>
  );
}
