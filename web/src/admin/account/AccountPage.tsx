import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';
import { useAccountQuery } from '../useAccountQuery';
import { ChatSettingsCard } from './ChatSettingsCard';
import { GeneralSettingsCard } from './GeneralSettingsCard';
import { SellSettingsCard } from './SellSettingsCard';

export function AccountPage() {
  const { t } = useTranslation();
  const errorMessage = useApiErrorMessage();
  const accountQuery = useAccountQuery();
  const account = accountQuery.data;

  return (
    <>
      <PageHeader title={t('admin.account.title')} description={t('admin.account.description')} />
      {accountQuery.isError && !account && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('account.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorMessage(accountQuery.error)}</Text>
            <Button size="xs" variant="white" color="red" onClick={() => void accountQuery.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {!account && accountQuery.isPending && (
        <Stack gap="lg" role="status" aria-label={t('common.loading')}>
          <Skeleton height={180} radius="lg" />
          <Skeleton height={140} radius="lg" />
        </Stack>
      )}
      {account && (
        <Stack gap="lg">
          <GeneralSettingsCard key={`general-${account.id}`} account={account} />
          <SellSettingsCard account={account} />
          {/* Remount when the saved values change so the form starts from them. */}
          <ChatSettingsCard key={`chat-${account.chatPlan}-${account.chatVersion}`} account={account} />
        </Stack>
      )}
    </>
  );
}
