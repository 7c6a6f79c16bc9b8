import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMigrateSell } from '../../../../admin/useAccountMutations';
import { marketplaceKeys } from '../../../../marketplace/api/marketplaceKeys';
import { ConfirmModal } from '../../../../ui/ConfirmModal';
import { useNotify } from '../../../../ui/useNotify';

/** S-1: a Sell admin moves a legacy Sell account to the platform from where the integration needs it. */
export function MigrateSellButton() {
  const { t } = useTranslation('sellChat');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const migrate = useMigrateSell();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button size="xs" color="red" variant="white" onClick={() => setConfirming(true)}>
        {t('prerequisites.migrate')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('prerequisites.migrateTitle')}
        confirmLabel={t('prerequisites.migrate')}
        loading={migrate.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          migrate.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notify.success(t('prerequisites.migrated'));
              void queryClient.invalidateQueries({ queryKey: marketplaceKeys.all });
            },
            onError: (error) => notify.error(error),
          })
        }
      >
        <Text size="sm">{t('prerequisites.migrateWarning')}</Text>
      </ConfirmModal>
    </>
  );
}
