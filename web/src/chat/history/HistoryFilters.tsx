import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import type { AgentView } from '../types';

export type HistoryFilterValues = { q: string; visitor: string; agentId: string; type: string; from: string; to: string };

export const emptyFilters: HistoryFilterValues = { q: '', visitor: '', agentId: '', type: '', from: '', to: '' };

type Props = { values: HistoryFilterValues; onChange: (values: HistoryFilterValues) => void };

/** Words, visitor, agent, type and a date range. */
export function HistoryFilters({ values, onChange }: Props) {
  const { t } = useTranslation('chat');
  const agents = useQuery({ queryKey: ['chat', 'agents'], queryFn: () => api.get<{ agents: AgentView[] }>('/api/chat/agents') });
  const set = (patch: Partial<HistoryFilterValues>) => onChange({ ...values, ...patch });
  const dirty = Object.entries(values).some(([, v]) => v !== '');
  return (
    <Group gap="sm" align="flex-end" mb="md" data-testid="history-filters">
      <TextInput
        type="search"
        label={t('history.search')}
        aria-label={t('history.search')}
        placeholder={t('history.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={values.q}
        onChange={(event) => set({ q: event.currentTarget.value })}
        w={260}
      />
      <TextInput label={t('history.visitor')} value={values.visitor} onChange={(event) => set({ visitor: event.currentTarget.value })} w={180} />
      <Select
        label={t('history.agent')}
        clearable
        w={180}
        value={values.agentId || null}
        onChange={(value) => set({ agentId: value ?? '' })}
        data={(agents.data?.agents ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
      />
      <TextInput type="date" label={t('history.from')} value={values.from} onChange={(event) => set({ from: event.currentTarget.value })} />
      <TextInput type="date" label={t('history.to')} value={values.to} onChange={(event) => set({ to: event.currentTarget.value })} />
      <SegmentedControl
        value={values.type}
        onChange={(type) => set({ type })}
        data={[
          { value: '', label: t('history.typeAll') },
          { value: 'chat', label: t('history.typeChats') },
          { value: 'offline_msg', label: t('history.typeOffline') },
        ]}
      />
      {dirty && (
        <Button variant="subtle" onClick={() => onChange(emptyFilters)}>
          {t('history.clear')}
        </Button>
      )}
    </Group>
  );
}
