import { useState } from 'react';
import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconHierarchy2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { PageHeader } from '../../ui/PageHeader';
import type { User } from '../../ui/types';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';
import { useAccountQuery } from '../useAccountQuery';
import { useUsersQuery } from '../useUsersQuery';
import { buildManagerTree } from './buildManagerTree';
import { ChangeManagerModal } from './ChangeManagerModal';
import { ManagerTreeItem } from './ManagerTreeItem';
import { TopmostManagerCard } from './TopmostManagerCard';
import classes from './ManagerTree.module.css';

export function HierarchyPage() {
  const { t } = useTranslation();
  const { permissions } = useSignedInSession();
  const errorMessage = useApiErrorMessage();
  const usersQuery = useUsersQuery();
  const accountQuery = useAccountQuery();
  const [changingFor, setChangingFor] = useState<User | null>(null);

  const account = accountQuery.data;
  const users = usersQuery.data ?? [];
  const changeBlockedReason = permissions.manageSellRoles ? null : t('permissions.sellRolesOnly');
  const tree = account ? buildManagerTree(users, account.topmostManager?.id ?? null) : null;
  const hasPeople = tree !== null && (tree.root !== null || tree.orphans.length > 0);

  return (
    <>
      <PageHeader title={t('admin.hierarchy.title')} description={t('admin.hierarchy.description')} />
      <Stack gap="lg">
        {account && usersQuery.data && <TopmostManagerCard account={account} users={users} />}
        {usersQuery.isPending && (
          <Stack gap="sm" role="status" aria-label={t('common.loading')}>
            <Skeleton height={60} radius="md" maw={640} />
            <Skeleton height={60} radius="md" maw={612} ml={28} />
            <Skeleton height={60} radius="md" maw={612} ml={28} />
          </Stack>
        )}
        {usersQuery.isError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('users.loadFailed')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(usersQuery.error)}</Text>
              <Button size="xs" variant="white" color="red" onClick={() => void usersQuery.refetch()}>
                {t('common.retry')}
              </Button>
            </Stack>
          </Alert>
        )}
        {usersQuery.data && tree && !hasPeople && (
          <EmptyStatePanel
            icon={<IconHierarchy2 size={28} />}
            title={t('hierarchy.emptyTitle')}
            description={t('hierarchy.emptyDescription')}
          />
        )}
        {usersQuery.data && tree && hasPeople && (
          <section aria-label={t('hierarchy.treeLabel')} data-testid="manager-tree">
            <ul className={classes.root}>
              {tree.root && (
                <ManagerTreeItem
                  node={tree.root}
                  isTopmost
                  changeBlockedReason={changeBlockedReason}
                  onChangeManager={setChangingFor}
                />
              )}
              {tree.orphans.map((node) => (
                <ManagerTreeItem
                  key={node.user.id}
                  node={node}
                  isTopmost={false}
                  changeBlockedReason={changeBlockedReason}
                  onChangeManager={setChangingFor}
                />
              ))}
            </ul>
          </section>
        )}
      </Stack>
      <ChangeManagerModal
        user={changingFor}
        users={users}
        topmostName={account?.topmostManager?.name ?? null}
        onClose={() => setChangingFor(null)}
      />
    </>
  );
}
