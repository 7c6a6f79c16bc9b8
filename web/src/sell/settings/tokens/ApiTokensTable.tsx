import { Button, Code, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreatedText, LastUsedText, ScopeBadges } from './AccessCells';
import type { ApiToken } from '../../api/types';

export function ApiTokensTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation('sell');
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
                  <ScopeBadges scopes={token.scopes} />
                </Table.Td>
                <Table.Td>
                  <CreatedText at={token.createdAt} />
                </Table.Td>
                <Table.Td>
                  <LastUsedText at={token.lastUsedAt} never={t('settings.tokens.neverUsed')} />
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
