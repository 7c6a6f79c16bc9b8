import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSignedInSession } from '../auth/useSession';
import type { InstallFailure } from './api/types';

/** Every install rule that failed, in the server's words, plus the way out for a legacy Sell account. */
export function InstallFailures({ failures, title }: { failures: InstallFailure[]; title: string }) {
  const { t } = useTranslation('marketplace');
  const { user } = useSignedInSession();
  if (failures.length === 0) return null;
  const legacy = failures.some((failure) => failure.code === 'sell_legacy_account');
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert" data-testid="install-failures">
      <Stack gap="sm">
        <List size="sm" spacing={4}>
          {failures.map((failure) => (
            <List.Item key={failure.code} data-code={failure.code}>
              {failure.message}
            </List.Item>
          ))}
        </List>
        {legacy && (
          <Text size="sm" data-testid="migrate-guidance">
            {user.sellRole === 'admin' ? (
              <>
                {t('failures.migrateAdmin')}{' '}
                <Anchor component={Link} to="/admin/account" size="sm" fw={600}>
                  {t('failures.migrateLink')}
                </Anchor>
              </>
            ) : (
              t('failures.migrateAskAdmin')
            )}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
