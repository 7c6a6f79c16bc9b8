import { useState } from 'react';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sellKeys } from '../api/sellKeys';
import type { Contact } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { contactName } from '../records/recordNames';
import { useRecord } from '../records/useRecord';

interface ContactPickerProps {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  /** Only organizations (a person's company). */
  organizationsOnly?: boolean;
  /** Contacts that may not be picked (already on the deal, the contact itself). */
  excludeIds?: readonly number[];
  description?: string;
  placeholder?: string;
}

/** Finds a contact by typing part of its name or email (the list's `q` search). */
export function ContactPicker({ label, value = null, onChange, error, organizationsOnly = false, excludeIds = [], description, placeholder }: ContactPickerProps) {
  const { t } = useTranslation('sell');
  const api = useSellApi();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = new URLSearchParams({ per_page: '20', sort_by: 'name:asc' });
  if (debounced.trim()) query.set('q', debounced.trim());
  if (organizationsOnly) query.set('is_organization', 'true');
  const results = useQuery({
    queryKey: sellKeys.list('contact', `picker:${query}`),
    queryFn: () => api.page<Contact>(`/v2/contacts?${query}`),
    placeholderData: keepPreviousData,
  });
  // The picked contact keeps its name even when the search no longer finds it.
  const picked = useRecord<Contact>('contact', value ? Number(value) : null);
  const options = new Map<string, string>();
  if (picked.data) options.set(String(picked.data.id), contactName(picked.data));
  for (const contact of results.data?.items ?? []) {
    if (!excludeIds.includes(contact.id)) options.set(String(contact.id), contactName(contact));
  }
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('forms.searchContacts')}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      // The server searches; every option it sends back is a match.
      filter={({ options: all }) => all}
      onSearchChange={setSearch}
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('forms.noContactsFound')}
    />
  );
}
