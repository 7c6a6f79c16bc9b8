import { useState } from 'react';
import { Button, Modal, Skeleton, Stack } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../ConfirmDeleteModal';
import { EmptyStatePanel } from '../../../ui/EmptyStatePanel';
import { useNotify } from '../../../ui/useNotify';
import type { Pool } from '../../api/types';
import { usePools } from '../../data/usePools';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { AdminOnlyNotice } from '../AdminOnlyNotice';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { useIsSellAdmin } from '../useIsSellAdmin';
import { PoolCard } from './PoolCard';
import { PoolForm } from './PoolForm';
import { usePoolMutations } from './usePoolMutations';

/** Distribution pools: round-robin owners for new records, with the reason for every pick. */
export function PoolsSettings() {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const admin = useIsSellAdmin();
  const pools = usePools();
  const { remove } = usePoolMutations();
  const [editing, setEditing] = useState<Pool | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Pool | null>(null);
  const addButton = admin && (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
      {t('settings.pools.add')}
    </Button>
  );
  return (
    <>
      <SettingsPageHeader title={t('settings.sections.pools.title')} description={t('settings.sections.pools.description')} actions={addButton} />
      <Stack gap="md">
        {!admin && <AdminOnlyNotice />}
        {pools.isPending && <Skeleton height={96} radius="lg" />}
        {pools.isError && <LoadErrorAlert title={t('settings.loadFailed')} error={pools.error} onRetry={() => void pools.refetch()} />}
        {pools.data?.length === 0 && (
          <EmptyStatePanel
            icon={<IconUsersGroup size={28} stroke={1.5} />}
            color="teal"
            title={t('settings.pools.emptyTitle')}
            description={t('settings.pools.emptyDescription')}
            actions={addButton || undefined}
          />
        )}
        {pools.data?.map((pool) => (
          <PoolCard key={pool.id} pool={pool} editable={admin} onEdit={() => setEditing(pool)} onDelete={() => setDeleting(pool)} />
        ))}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('settings.pools.newTitle') : t('settings.pools.editTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null && (
          <PoolForm
            pool={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onDone={(pool) => {
              notify.success(editing === 'new' ? t('settings.added', { name: pool.name }) : t('settings.saved', { name: pool.name }));
              setEditing(null);
            }}
          />
        )}
      </Modal>
      <ConfirmDeleteModal item={deleting} itemLabel={t('settings.sections.pools.item')} warning={t('settings.pools.deleteWarning', { name: deleting?.name ?? '' })} remove={remove} onClose={() => setDeleting(null)} />
    </>
  );
}
