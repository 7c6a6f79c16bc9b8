import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconAddressBook, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import type { Contact } from '../api/types';
import { RecordListSection } from '../list/RecordListSection';
import { toApiQuery, useListState } from '../list/useListState';
import { useRecordList } from '../list/useRecordList';
import { appRecordPath } from '../records/resourcePaths';
import { useRecordsByIds } from '../records/useRecordsByIds';
import { CONTACT_FILTERS, ContactFilters } from './ContactFilters';
import { ContactFormDrawer } from './ContactFormDrawer';
import { useContactColumns } from './useContactColumns';

export function ContactsPage() {
  const { t } = useTranslation('sell');
  const navigate = useNavigate();
  const list = useListState(CONTACT_FILTERS, 'updated_at:desc');
  const query = useRecordList<Contact>('contact', toApiQuery(list.state));
  const organizationIds = (query.data?.items ?? []).flatMap((contact) => (contact.contact_id ? [contact.contact_id] : []));
  const organizations = useRecordsByIds<Contact>('contact', organizationIds);
  const columns = useContactColumns(organizations.data);
  const [creating, setCreating] = useState(false);
  const addButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setCreating(true)}>
      {t('contacts.add')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('contacts.title')} description={t('contacts.description')} actions={addButton} />
      <RecordListSection
        list={list}
        query={query}
        columns={columns}
        filters={<ContactFilters values={list.state.filters} onChange={list.setFilter} />}
        labels={{
          title: t('contacts.title'),
          search: t('contacts.search'),
          searchPlaceholder: t('contacts.searchPlaceholder'),
          loadFailed: t('contacts.loadFailed'),
          emptyTitle: t('contacts.emptyTitle'),
          emptyDescription: t('contacts.emptyDescription'),
        }}
        emptyIcon={<IconAddressBook size={28} stroke={1.5} />}
        addButton={addButton}
        hrefOf={(contact) => appRecordPath('contact', contact.id)}
        testId="contacts-table"
      />
      <ContactFormDrawer
        opened={creating}
        contact={null}
        onClose={() => setCreating(false)}
        onSaved={(contact) => navigate(appRecordPath('contact', contact.id))}
      />
    </>
  );
}
