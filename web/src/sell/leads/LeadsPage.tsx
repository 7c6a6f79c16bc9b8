import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconPlus, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import type { Lead } from '../api/types';
import { RecordListSection } from '../list/RecordListSection';
import { toApiQuery, useListState } from '../list/useListState';
import { useRecordList } from '../list/useRecordList';
import { appRecordPath } from '../records/resourcePaths';
import { LEAD_FILTERS, LeadFilters } from './LeadFilters';
import { LeadFormDrawer } from './LeadFormDrawer';
import { useLeadColumns } from './useLeadColumns';

export function LeadsPage() {
  const { t } = useTranslation('sell');
  const navigate = useNavigate();
  const list = useListState(LEAD_FILTERS, 'updated_at:desc');
  const query = useRecordList<Lead>('lead', toApiQuery(list.state));
  const columns = useLeadColumns();
  const [creating, setCreating] = useState(false);
  const addButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setCreating(true)}>
      {t('leads.add')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('leads.title')} description={t('leads.description')} actions={addButton} />
      <RecordListSection
        list={list}
        query={query}
        columns={columns}
        filters={<LeadFilters values={list.state.filters} onChange={list.setFilter} />}
        labels={{
          title: t('leads.title'),
          search: t('leads.search'),
          searchPlaceholder: t('leads.searchPlaceholder'),
          loadFailed: t('leads.loadFailed'),
          emptyTitle: t('leads.emptyTitle'),
          emptyDescription: t('leads.emptyDescription'),
        }}
        emptyIcon={<IconUserSearch size={28} stroke={1.5} />}
        addButton={addButton}
        hrefOf={(lead) => appRecordPath('lead', lead.id)}
        testId="leads-table"
      />
      <LeadFormDrawer
        opened={creating}
        lead={null}
        onClose={() => setCreating(false)}
        onSaved={(lead) => navigate(appRecordPath('lead', lead.id))}
      />
    </>
  );
}
