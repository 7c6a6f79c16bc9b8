import { Badge, Button, Code, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../api/types';
import { useSellFormat } from '../../format/useSellFormat';

export function ApiTokensTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={680} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('settings.sections.api-tokens.title')} data-testid="api-tokens-table">
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th>{t('settings.tokens.name')}</Table.Th>
              <Table.Th>{t('settings.tokens.token')}</Table.Th>
              <Table.Th>{t('settings.tokens.scopes')}</Table.Th>
              <Table.Th>{t('settings.tokens.created')}</Table.Th>
              <Table.Th>{t('settings.tokens.lastUsed')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('settings.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {token.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code>{token.hint}</Code>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {token.scopes.map((scope) => (
                      <Badge key={scope} variant="light" color="gray" tt="none" radius="sm">
                        {t(`settings.tokens.scope.${scope}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {format.date(token.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" title={token.lastUsedAt ? format.dateTime(token.lastUsedAt) : undefined}>
                    {token.lastUsedAt ? format.relative(token.lastUsedAt) : t('settings.tokens.neverUsed')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRevoke(token)} aria-label={t('settings.tokens.revokeItem', { name: token.name })}>
                    {t('settings.tokens.revoke')}
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
