import { Button, Center, Paper, Stack } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '../ui/EmptyStatePanel';
import { useApiErrorMessage } from '../ui/useApiErrorMessage';
import { Wordmark } from '../ui/Wordmark';

interface BootErrorPageProps {
  error: unknown;
  onRetry: () => void;
}

/** Shown when the server cannot tell us whether to set up or sign in. */
export function BootErrorPage({ error, onRetry }: BootErrorPageProps) {
  const { t } = useTranslation();
  const errorMessage = useApiErrorMessage();
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={520} gap="lg" align="center">
        <Wordmark size="lg" />
        <Paper w="100%" radius="lg">
          <EmptyStatePanel
            icon={<IconPlugConnectedX size={28} />}
            color="red"
            title={t('boot.errorTitle')}
            description={errorMessage(error)}
            actions={<Button onClick={onRetry}>{t('common.retry')}</Button>}
          />
        </Paper>
      </Stack>
    </Center>
  );
}
