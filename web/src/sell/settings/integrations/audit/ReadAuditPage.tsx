import { useMemo, useState } from 'react';
import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconDownload, IconEyeCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUsersQuery } from '../../../../admin/useUsersQuery';
import { auditCsvUrl } from '../../../../integrations/sell-chat/api/sellChatApi';
import type { AuditFilter } from '../../../../integrations/sell-chat/api/types';
import { chatSettingsPath } from '../../../../integrations/sell-chat/paths';
import { EmptyStatePanel } from '../../../../ui/EmptyStatePanel';
import { SettingsPageHeader } from '../../SettingsPageHeader';
import { BackLink } from '../shared/BackLink';
import { SettingsLoadState } from '../shared/SettingsLoadState';
import { auditDates } from './auditDates';
import { AuditFilters, EMPTY_AUDIT_FILTER, type AuditFilterForm } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditFieldLabel } from './useAuditFieldLabel';
import { useAuditPages } from './useAuditPages';

function toFilter(form: AuditFilterForm): AuditFilter {
  return {
    agentId: form.agentId ? Number(form.agentId) : undefined,
    recordType: form.recordType ?? undefined,
    recordId: form.recordType && form.recordId ? Number(form.recordId) : undefined,
    chatId: form.chatId.trim() || undefined,
    ...auditDates(form.from, form.to),
  };
}

/** B-1: every time Sell data was shown in Chat — listed, filtered, and exported as CSV. */
export function ReadAuditPage() {
  const { t } = useTranslation('sellChat');
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [debounced] = useDebouncedValue(form, 300);
  const filter = useMemo(() => toFilter(debounced), [debounced]);
  const { page, pageNumber, hasNewer, hasOlder, newer, older } = useAuditPages(filter);
  const users = useUsersQuery();
  const fieldLabel = useAuditFieldLabel();
  const agents = (users.data ?? []).filter((user) => user.chatRole !== 'none').map((user) => ({ id: user.id, name: user.name }));
  const entries = page.data?.items ?? [];

  return (
    <>
      <BackLink to={chatSettingsPath} label={t('chatSettings.title')} />
      <SettingsPageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button component="a" href={auditCsvUrl(filter)} download variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} style={{ flexShrink: 0 }}>
            {t('audit.export')}
          </Button>
        }
      />
      <Stack gap="md">
        <AuditFilters value={form} onChange={setForm} agents={agents} />
        {page.isPending || page.isError ? (
          page.isPending ? <Skeleton height={240} radius="lg" /> : <SettingsLoadState error={page.error} onRetry={() => void page.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyStatePanel
            icon={<IconEyeCheck size={28} stroke={1.5} />}
            color="indigo"
            title={pageNumber === 1 && JSON.stringify(filter) === '{}' ? t('audit.emptyTitle') : t('audit.noMatchTitle')}
            description={pageNumber === 1 && JSON.stringify(filter) === '{}' ? t('audit.emptyDescription') : t('audit.noMatchDescription')}
          />
        ) : (
          <>
            <AuditTable entries={entries} fieldLabel={fieldLabel} />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('audit.page', { page: pageNumber })}
              </Text>
              <Group gap="sm">
                <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} aria-hidden="true" />} disabled={!hasNewer} onClick={newer}>
                  {t('audit.newer')}
                </Button>
                <Button variant="default" size="xs" rightSection={<IconChevronRight size={14} aria-hidden="true" />} disabled={!hasOlder} onClick={older}>
                  {t('audit.older')}
                </Button>
              </Group>
            </Group>
          </>
        )}
      </Stack>
    </>
  );
}
