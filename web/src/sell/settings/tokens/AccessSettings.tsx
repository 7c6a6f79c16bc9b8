import { useState, type ReactNode } from 'react';
import { Skeleton, Stack } from '@mantine/core';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyStatePanel } from '../../../ui/EmptyStatePanel';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { useNotify } from '../../../ui/useNotify';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { ACCESS_SECTION, type AccessKind } from './accessKind';
import { AccessTable, type AccessItem, type AccessTableColumns } from './AccessTable';

interface AccessSettingsProps<T extends AccessItem> {
  kind: AccessKind;
  list: UseQueryResult<T[]>;
  revoke: Pick<UseMutationResult<void, Error, number>, 'mutate' | 'isPending'>;
  nameOf: (item: T) => string;
  emptyIcon: ReactNode;
  emptyColor: string;
  /** The button that adds one, at the top and in the empty state. */
  addButton?: ReactNode;
  columns: AccessTableColumns<T>;
  /** Dialogs of the page's own. */
  children?: ReactNode;
}

/** A settings page of what acts as the signed-in user: the list, and revoking one after asking. */
export function AccessSettings<T extends AccessItem>({ kind, list, revoke, nameOf, emptyIcon, emptyColor, addButton, columns, children }: AccessSettingsProps<T>) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const [revoking, setRevoking] = useState<T | null>(null);
  const section = ACCESS_SECTION[kind];
  return (
    <>
      <SettingsPageHeader title={t(`settings.sections.${section}.title`)} description={t(`settings.sections.${section}.description`)} actions={addButton} />
      <Stack gap="md">
        {list.isPending && <Skeleton height={96} radius="lg" />}
        {list.isError && <LoadErrorAlert title={t('settings.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />}
        {list.data?.length === 0 && (
          <EmptyStatePanel
            icon={emptyIcon}
            color={emptyColor}
            title={t(`settings.${kind}.emptyTitle`)}
            description={t(`settings.${kind}.emptyDescription`)}
            actions={addButton}
          />
        )}
        {list.data && list.data.length > 0 && <AccessTable kind={kind} items={list.data} nameOf={nameOf} onRevoke={setRevoking} {...columns} />}
      </Stack>
      {children}
      <ConfirmModal
        opened={revoking !== null}
        title={t(`settings.${kind}.revokeTitle`)}
        confirmLabel={t(`settings.${kind}.revoke`)}
        confirmColor="red"
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notify.success(t(`settings.${kind}.revoked`, { name: nameOf(revoking) }));
              setRevoking(null);
            },
            onError: (error) => notify.error(error),
          })
        }
      >
        {t(`settings.${kind}.revokeWarning`, { name: revoking ? nameOf(revoking) : '' })}
      </ConfirmModal>
    </>
  );
}
