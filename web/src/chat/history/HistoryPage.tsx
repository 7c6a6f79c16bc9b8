import { Button, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentLoader } from '../../ui/ContentLoader';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { PageContainer } from '../../ui/PageContainer';
import { PageHeader } from '../../ui/PageHeader';
import { chatApi, chatKeys } from '../chatApi';
import type { HistoryItem, OfflineMessageView } from '../types';
import { emptyFilters, HistoryFilters, type HistoryFilterValues } from './HistoryFilters';
import { HistoryTable } from './HistoryTable';
import { OfflineMessageModal } from './OfflineMessageModal';
import { TranscriptModal } from './TranscriptModal';

/** Past chats and offline messages, searchable, each with its transcript. */
export function HistoryPage() {
  const { t } = useTranslation('chat');
  const [filters, setFilters] = useState<HistoryFilterValues>(emptyFilters);
  const [debounced] = useDebouncedValue(filters, 300);
  const [page, setPage] = useState(1);
  const [chatId, setChatId] = useState<string | null>(null);
  const [offline, setOffline] = useState<OfflineMessageView | null>(null);
  const history = useQuery({
    queryKey: [...chatKeys.history, debounced, page],
    queryFn: () => chatApi.history({ ...debounced, page }),
    placeholderData: keepPreviousData,
  });
  const open = (item: HistoryItem) => (item.type === 'chat' ? setChatId(item.chat.id) : setOffline(item.offlineMessage));
  const change = (values: HistoryFilterValues) => {
    setFilters(values);
    setPage(1);
  };
  const filtered = Object.values(debounced).some((v) => v !== '');
  return (
    <PageContainer>
      <PageHeader title={t('history.title')} description={t('history.description')} />
      <HistoryFilters values={filters} onChange={change} />
      {!history.data ? (
        <ContentLoader />
      ) : history.data.items.length === 0 ? (
        <EmptyStatePanel
          icon={<IconHistory size={30} stroke={1.5} />}
          title={filtered ? t('history.noMatchTitle') : t('history.emptyTitle')}
          description={filtered ? t('history.noMatchDescription') : t('history.emptyDescription')}
        />
      ) : (
        <>
          <HistoryTable items={history.data.items} onOpen={open} />
          <Group justify="space-between" mt="md">
            <Text size="sm" c="dimmed">
              {t('history.total', { count: history.data.total })}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('history.previous')}
              </Button>
              <Button variant="default" size="xs" disabled={!history.data.hasMore} onClick={() => setPage(page + 1)}>
                {t('history.next')}
              </Button>
            </Group>
          </Group>
        </>
      )}
      <TranscriptModal chatId={chatId} onClose={() => setChatId(null)} />
      <OfflineMessageModal message={offline} onClose={() => setOffline(null)} />
    </PageContainer>
  );
}
