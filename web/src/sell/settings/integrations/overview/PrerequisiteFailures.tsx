import { Alert, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InstallFailure } from '../../../../marketplace/api/types';
import { useIsSellAdmin } from '../../useIsSellAdmin';
import { MigrateSellButton } from './MigrateSellButton';

/**
 * Prerequisites that fail (S-1 … S-6), in the server's words: each names the missing condition and who
 * can fix it. A Sell admin can migrate a legacy Sell account from here (S-1).
 */
export function PrerequisiteFailures({ failures, title }: { failures: InstallFailure[]; title: string }) {
  const { t } = useTranslation('sellChat');
  const admin = useIsSellAdmin();
  if (failures.length === 0) return null;
  const legacy = failures.some((failure) => failure.code === 'sell_legacy_account');
  return (
    <Alert color="red" variant="light" radius="md" icon={<IconAlertTriangle size={18} />} title={title} data-testid="prerequisite-failures">
      <Stack gap="xs">
        <List size="sm" spacing={4}>
          {failures.map((failure) => (
            <List.Item key={failure.code} data-code={failure.code}>
              {failure.message}
            </List.Item>
          ))}
        </List>
        {legacy && admin && (
          <Group gap="sm" wrap="nowrap">
            <Text size="sm">{t('prerequisites.migrateHint')}</Text>
            <MigrateSellButton />
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
