import { Button, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreatedText, LastUsedText, ScopeBadges } from '../tokens/AccessCells';
import type { AuthorizedApp } from './useAuthorizedApps';

export function AuthorizedAppsTable({ apps, onRevoke }: { apps: AuthorizedApp[]; onRevoke: (app: AuthorizedApp) => void }) {
  const { t } = useTranslation('sell');
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('settings.sections.authorized-apps.title')} data-testid="authorized-apps-table">
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th>{t('settings.authorizedApps.app')}</Table.Th>
              <Table.Th>{t('settings.authorizedApps.access')}</Table.Th>
              <Table.Th>{t('settings.authorizedApps.authorized')}</Table.Th>
              <Table.Th>{t('settings.authorizedApps.lastUsed')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('settings.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {apps.map((app) => (
              <Table.Tr key={app.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {app.appName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ScopeBadges scopes={app.scopes} />
                </Table.Td>
                <Table.Td>
                  <CreatedText at={app.createdAt} />
                </Table.Td>
                <Table.Td>
                  <LastUsedText at={app.lastUsedAt} never={t('settings.authorizedApps.neverUsed')} />
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRevoke(app)} aria-label={t('settings.authorizedApps.revokeItem', { name: app.appName })}>
                    {t('settings.authorizedApps.revoke')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
