import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { PageHeader } from '../../ui/PageHeader';
import type { User } from '../../ui/types';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';
import { useUsersQuery } from '../useUsersQuery';
import { AddUserModal } from './AddUserModal';
import { EditUserDrawer } from './EditUserDrawer';
import { filterUsers } from './filterUsers';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserActiveConfirmModal } from './UserActiveConfirmModal';
import { UsersTable } from './UsersTable';

export function UsersPage() {
  const { t } = useTranslation();
  const { user: me } = useSignedInSession();
  const errorMessage = useApiErrorMessage();
  const usersQuery = useUsersQuery();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 120);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [resettingFor, setResettingFor] = useState<User | null>(null);
  const [togglingActive, setTogglingActive] = useState<User | null>(null);

  const allUsers = usersQuery.data ?? [];
  const visibleUsers = usersQuery.data ? filterUsers(allUsers, debouncedSearch) : undefined;
  // Look the edited user up by id so the drawer shows fresh data after saves.
  const editingUser = editingId === null ? null : (allUsers.find((user) => user.id === editingId) ?? null);
  const activeCount = allUsers.filter((user) => user.active).length;

  return (
    <>
      <PageHeader
        title={t('admin.users.title')}
        description={t('admin.users.description')}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {t('users.add')}
          </Button>
        }
      />
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <TextInput
            aria-label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={340}
            type="search"
          />
          {usersQuery.data && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('users.count', { active: activeCount, total: allUsers.length })}
            </Text>
          )}
        </Group>
        {usersQuery.isError && (
          <Alert
            color="red"
            icon={<IconAlertCircle size={18} />}
            title={t('users.loadFailed')}
            role="alert"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(usersQuery.error)}</Text>
              <Button size="xs" variant="white" color="red" onClick={() => void usersQuery.refetch()}>
                {t('common.retry')}
              </Button>
            </Stack>
          </Alert>
        )}
        {!usersQuery.isError && (
          <UsersTable
            users={visibleUsers}
            allUsers={allUsers}
            meId={me.id}
            loading={usersQuery.isPending}
            search={debouncedSearch}
            onEdit={(user) => setEditingId(user.id)}
            onResetPassword={setResettingFor}
            onToggleActive={setTogglingActive}
          />
        )}
      </Stack>
      <AddUserModal opened={adding} onClose={() => setAdding(false)} users={allUsers} />
      <EditUserDrawer
        user={editingUser}
        users={allUsers}
        onClose={() => setEditingId(null)}
        onResetPassword={setResettingFor}
        onToggleActive={setTogglingActive}
        childDialogOpen={resettingFor !== null || togglingActive !== null}
      />
      <ResetPasswordModal user={resettingFor} onClose={() => setResettingFor(null)} />
      <UserActiveConfirmModal user={togglingActive} onClose={() => setTogglingActive(null)} />
    </>
  );
}
