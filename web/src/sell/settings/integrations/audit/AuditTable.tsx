import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AuditEntry, AuditRecordType } from '../../../../integrations/sell-chat/api/types';
import { useSellFormat } from '../../../format/useSellFormat';

const RECORD_PATH: Record<AuditRecordType, string> = { lead: '/sell/leads', contact: '/sell/contacts', deal: '/sell/deals' };

/** B-1: who saw which record and which of its fields, for which chat, and when. */
export function AuditTable({ entries, fieldLabel }: { entries: AuditEntry[]; fieldLabel: (key: string) => string }) {
  const { t } = useTranslation('sellChat');
  const format = useSellFormat();
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" horizontalSpacing="md" striped highlightOnHover data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.columns.time')}</Table.Th>
              <Table.Th>{t('audit.columns.agent')}</Table.Th>
              <Table.Th>{t('audit.columns.record')}</Table.Th>
              <Table.Th>{t('audit.columns.fields')}</Table.Th>
              <Table.Th>{t('audit.columns.chat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id} data-testid="audit-row">
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {format.dateTime(entry.at)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {entry.agent.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`${RECORD_PATH[entry.record.type]}/${entry.record.id}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {entry.record.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`audit.recordTypes.${entry.record.type}`)} #{entry.record.id}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" maw={260}>
                    {entry.fields.map(fieldLabel).join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {entry.chatId}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
