import { useState } from 'react';
import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconArrowUpRight, IconChartFunnel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DisabledReason } from '../../ui/DisabledReason';
import type { Account } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { useMigrateSell } from '../useAccountMutations';
import { SettingsCard } from './SettingsCard';

export function SellSettingsCard({ account }: { account: Account }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { permissions } = useSignedInSession();
  const migrate = useMigrateSell();
  const [confirming, setConfirming] = useState(false);
  const legacy = account.sellKind === 'legacy';
  const blockedReason = permissions.manageSellSettings ? null : t('permissions.sellSettingsOnly');

  const runMigration = () =>
    migrate.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        notify.success(t('account.migrated'));
      },
      onError: (error) => notify.error(error),
    });

  return (
    <SettingsCard
      title={t('products.sell.name')}
      description={t('account.sellDescription')}
      icon={<IconChartFunnel size={22} aria-hidden="true" />}
      color="teal"
    >
      <Group justify="space-between" align="center" wrap="nowrap" gap="xl">
        <Stack gap={4}>
          <Group gap="sm">
            <Text size="sm" fw={600} id="sell-kind-label">
              {t('account.sellKind')}
            </Text>
            <Badge
              color={legacy ? 'orange' : 'teal'}
              variant="light"
              tt="none"
              aria-describedby="sell-kind-label"
              data-testid="sell-kind"
            >
              {legacy ? t('account.kind.legacy') : t('account.kind.platform')}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" maw={560}>
            {legacy ? t('account.legacyExplain') : t('account.platformExplain')}
          </Text>
        </Stack>
        {legacy && (
          <DisabledReason reason={blockedReason}>
            <Button
              variant="light"
              color="teal"
              rightSection={<IconArrowUpRight size={16} aria-hidden="true" />}
              disabled={blockedReason !== null}
              onClick={() => setConfirming(true)}
            >
              {t('account.migrate')}
            </Button>
          </DisabledReason>
        )}
      </Group>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={runMigration}
        loading={migrate.isPending}
        title={t('account.migrateTitle')}
        confirmLabel={t('account.migrateConfirm')}
        confirmColor="teal"
      >
        <Stack gap="sm">
          <Text size="sm">{t('account.migrateIntro')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('account.migratePointData')}</List.Item>
            <List.Item>{t('account.migratePointOneWay')}</List.Item>
          </List>
        </Stack>
      </ConfirmModal>
    </SettingsCard>
  );
}
