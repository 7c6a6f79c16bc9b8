import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconCurrencyDollar, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import type { Contact, Deal } from '../api/types';
import { RecordListSection } from '../list/RecordListSection';
import { toApiQuery, useListState } from '../list/useListState';
import { useRecordList } from '../list/useRecordList';
import { appRecordPath } from '../records/resourcePaths';
import { useRecordsByIds } from '../records/useRecordsByIds';
import { DEAL_FILTERS, DealFilters } from './DealFilters';
import { DealFormDrawer } from './DealFormDrawer';
import { DealsViewSwitch } from './DealsViewSwitch';
import { useDealColumns } from './useDealColumns';

export function DealsPage() {
  const { t } = useTranslation('sell');
  const navigate = useNavigate();
  const list = useListState(DEAL_FILTERS, 'updated_at:desc');
  const query = useRecordList<Deal>('deal', toApiQuery(list.state));
  const contactIds = (query.data?.items ?? []).flatMap((deal) => (deal.contact_id ? [deal.contact_id] : []));
  const contacts = useRecordsByIds<Contact>('contact', contactIds);
  const columns = useDealColumns(contacts.data);
  const [creating, setCreating] = useState(false);
  const addButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setCreating(true)}>
      {t('deals.add')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('deals.title')}
        description={t('deals.description')}
        actions={
          <>
            <DealsViewSwitch current="list" />
            {addButton}
          </>
        }
      />
      <RecordListSection
        list={list}
        query={query}
        columns={columns}
        filters={<DealFilters values={list.state.filters} onChange={list.setFilter} />}
        labels={{
          title: t('deals.title'),
          search: t('deals.search'),
          searchPlaceholder: t('deals.searchPlaceholder'),
          loadFailed: t('deals.loadFailed'),
          emptyTitle: t('deals.emptyTitle'),
          emptyDescription: t('deals.emptyDescription'),
        }}
        emptyIcon={<IconCurrencyDollar size={28} stroke={1.5} />}
        addButton={addButton}
        hrefOf={(deal) => appRecordPath('deal', deal.id)}
        testId="deals-table"
      />
      <DealFormDrawer opened={creating} deal={null} onClose={() => setCreating(false)} onSaved={(deal) => navigate(appRecordPath('deal', deal.id))} />
    </>
  );
}
