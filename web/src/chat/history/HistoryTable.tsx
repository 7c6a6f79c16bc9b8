import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { visitorLabel } from '../shared/visitorLabel';
import type { HistoryItem } from '../types';

type Props = { items: HistoryItem[]; onOpen: (item: HistoryItem) => void };

/** Past chats and offline messages, newest first; a row opens its transcript. */
export function HistoryTable({ items, onOpen }: Props) {
  const { t, i18n } = useTranslation('chat');
  return (
    <Table highlightOnHover data-testid="history-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.when')}</Table.Th>
          <Table.Th>{t('history.visitor')}</Table.Th>
          <Table.Th>{t('history.agent')}</Table.Th>
          <Table.Th>{t('history.preview')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => {
          const key = item.type === 'chat' ? item.chat.id : item.offlineMessage.id;
          const who = item.type === 'chat' ? visitorLabel(item.chat.visitor, t) : item.offlineMessage.name;
          const email = item.type === 'chat' ? item.chat.visitor.email : item.offlineMessage.email;
          return (
            <Table.Tr key={key} data-testid="history-row">
              <Table.Td>
                <Text size="sm">{new Date(item.timestamp).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Text>
              </Table.Td>
              <Table.Td>
                <UnstyledButton onClick={() => onOpen(item)}>
                  <Text size="sm" fw={500}>
                    {who}
                  </Text>
                </UnstyledButton>
                {email && (
                  <Text size="xs" c="dimmed">
                    {email}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {item.type === 'chat' ? (
                  <Text size="sm">{item.chat.agent?.name ?? (item.chat.missed ? t('history.missed') : '—')}</Text>
                ) : (
                  <Badge variant="light" color="grape">
                    {t('history.offlineMessage')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td maw={360}>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {item.preview ?? ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
