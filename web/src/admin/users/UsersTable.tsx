import { Paper, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../ui/types';
import { UserTableRow } from './UserTableRow';
import classes from './UsersTable.module.css';

interface UsersTableProps {
  users: readonly User[] | undefined;
  /** Everyone, to name managers even when the list is filtered. */
  allUsers: readonly User[];
  meId: number;
  loading: boolean;
  search: string;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
}

const COLUMN_COUNT = 8;

export function UsersTable({ users, allUsers, meId, loading, search, onEdit, onResetPassword, onToggleActive }: UsersTableProps) {
  const { t } = useTranslation();
  const byId = new Map(allUsers.map((user) => [user.id, user]));
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={940} type="native">
        <Table
          // The test id marks a table that holds users, not the loading placeholder.
          data-testid={loading ? undefined : 'users-table'}
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing="xs"
          className={classes.table}
          aria-busy={loading || undefined}
          aria-label={t('users.tableLabel')}
        >
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th>{t('users.fields.name')}</Table.Th>
              <Table.Th>{t('common.email')}</Table.Th>
              <Table.Th>{t('users.fields.sellRole')}</Table.Th>
              <Table.Th>{t('users.fields.chatRole')}</Table.Th>
              <Table.Th>{t('users.fields.supportRole')}</Table.Th>
              <Table.Th>{t('users.fields.manager')}</Table.Th>
              <Table.Th>{t('users.fields.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('users.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading &&
              Array.from({ length: 4 }, (_, index) => (
                <Table.Tr key={`loading-${index}`}>
                  {Array.from({ length: COLUMN_COUNT }, (__, cell) => (
                    <Table.Td key={cell}>
                      <Skeleton height={14} radius="sm" width={cell === 0 ? '80%' : '60%'} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            {!loading &&
              users?.map((user) => (
                <UserTableRow
                  key={user.id}
                  user={user}
                  manager={user.reportsToId === null ? undefined : byId.get(user.reportsToId)}
                  isMe={user.id === meId}
                  onEdit={onEdit}
                  onResetPassword={onResetPassword}
                  onToggleActive={onToggleActive}
                />
              ))}
            {!loading && users?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={COLUMN_COUNT}>
                  <Text ta="center" c="dimmed" size="sm" py="xl">
                    {search ? t('users.noMatches', { search }) : t('users.noUsers')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
