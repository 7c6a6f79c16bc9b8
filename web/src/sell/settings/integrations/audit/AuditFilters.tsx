import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditRecordType } from '../../../../integrations/sell-chat/api/types';

export type AuditFilterForm = { agentId: string | null; recordType: AuditRecordType | null; recordId: string; chatId: string; from: string; to: string };

export const EMPTY_AUDIT_FILTER: AuditFilterForm = { agentId: null, recordType: null, recordId: '', chatId: '', from: '', to: '' };

type Props = { value: AuditFilterForm; onChange: (value: AuditFilterForm) => void; agents: { id: number; name: string }[] };

/** B-1's filters: which agent, which record, which chat, and when. */
export function AuditFilters({ value, onChange, agents }: Props) {
  const { t } = useTranslation('sellChat');
  const set = <K extends keyof AuditFilterForm>(key: K, next: AuditFilterForm[K]) => onChange({ ...value, [key]: next });
  const filtered = JSON.stringify(value) !== JSON.stringify(EMPTY_AUDIT_FILTER);
  return (
    <Paper withBorder radius="lg" p="md" data-testid="audit-filters">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
        <Select
          label={t('audit.filters.agent')}
          placeholder={t('audit.filters.anyAgent')}
          data={agents.map((agent) => ({ value: String(agent.id), label: agent.name }))}
          value={value.agentId}
          onChange={(next) => set('agentId', next)}
          searchable
          clearable
          nothingFoundMessage={t('audit.filters.noAgent')}
        />
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            label={t('audit.filters.record')}
            placeholder={t('audit.filters.anyRecord')}
            data={(['lead', 'contact', 'deal'] as const).map((type) => ({ value: type, label: t(`audit.recordTypes.${type}`) }))}
            value={value.recordType}
            onChange={(next) => onChange({ ...value, recordType: next as AuditRecordType | null, recordId: next ? value.recordId : '' })}
            clearable
            style={{ flex: 1 }}
          />
          <TextInput
            aria-label={t('audit.filters.recordId')}
            placeholder={t('audit.filters.recordId')}
            value={value.recordId}
            onChange={(event) => set('recordId', event.currentTarget.value.replace(/\D/g, ''))}
            disabled={!value.recordType}
            inputMode="numeric"
            w={96}
          />
        </Group>
        <TextInput label={t('audit.filters.chat')} placeholder={t('audit.filters.chatPlaceholder')} value={value.chatId} onChange={(event) => set('chatId', event.currentTarget.value)} />
        <TextInput type="date" label={t('audit.filters.from')} value={value.from} max={value.to || undefined} onChange={(event) => set('from', event.currentTarget.value)} />
        <TextInput type="date" label={t('audit.filters.to')} value={value.to} min={value.from || undefined} onChange={(event) => set('to', event.currentTarget.value)} />
        <Group align="flex-end">
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={15} aria-hidden="true" />} disabled={!filtered} onClick={() => onChange(EMPTY_AUDIT_FILTER)}>
            {t('audit.filters.clear')}
          </Button>
        </Group>
      </SimpleGrid>
    </Paper>
  );
}
