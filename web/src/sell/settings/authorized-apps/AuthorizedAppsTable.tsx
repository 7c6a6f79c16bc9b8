import { Badge, Button, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSellFormat } from '../../format/useSellFormat';
import type { AuthorizedApp } from './useAuthorizedApps';

export function AuthorizedAppsTable({ apps, onRevoke }: { apps: AuthorizedApp[]; onRevoke: (app: AuthorizedApp) => void }) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
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
                  <Group gap={4}>
                    {app.scopes.map((scope) => (
                      <Badge key={scope} variant="light" color="gray" tt="none" radius="sm" title={t(`settings.tokens.scopeHint.${scope}`)}>
                        {t(`settings.tokens.scope.${scope}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {format.date(app.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" title={app.lastUsedAt ? format.dateTime(app.lastUsedAt) : undefined}>
                    {app.lastUsedAt ? format.relative(app.lastUsedAt) : t('settings.authorizedApps.neverUsed')}
                  </Text>
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
