import { useState } from 'react';
import { Button, Skeleton, Stack } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyStatePanel } from '../../../ui/EmptyStatePanel';
import { useNotify } from '../../../ui/useNotify';
import type { ApiToken } from '../../api/types';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { ApiTokensTable } from './ApiTokensTable';
import { CreateTokenModal } from './CreateTokenModal';
import { useApiTokens, useRevokeApiToken } from './useApiTokens';

/** Personal access tokens for the Sell API: everyone manages their own. */
export function ApiTokensSettings() {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
      {t('settings.tokens.add')}
    </Button>
  );
  return (
    <>
      <SettingsPageHeader title={t('settings.sections.api-tokens.title')} description={t('settings.sections.api-tokens.description')} actions={addButton} />
      <Stack gap="md">
        {tokens.isPending && <Skeleton height={96} radius="lg" />}
        {tokens.isError && <LoadErrorAlert title={t('settings.loadFailed')} error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data?.length === 0 && (
          <EmptyStatePanel
            icon={<IconKey size={28} stroke={1.5} />}
            color="teal"
            title={t('settings.tokens.emptyTitle')}
            description={t('settings.tokens.emptyDescription')}
            actions={addButton}
          />
        )}
        {tokens.data && tokens.data.length > 0 && <ApiTokensTable tokens={tokens.data} onRevoke={setRevoking} />}
      </Stack>
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('settings.tokens.revokeTitle')}
        confirmLabel={t('settings.tokens.revoke')}
        confirmColor="red"
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notify.success(t('settings.tokens.revoked', { name: revoking.name }));
              setRevoking(null);
            },
            onError: (error) => notify.error(error),
          })
        }
      >
        {t('settings.tokens.revokeWarning', { name: revoking?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
