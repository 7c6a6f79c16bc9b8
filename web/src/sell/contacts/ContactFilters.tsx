import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../list/FilterSelect';
import { OwnerFilter } from '../list/OwnerFilter';

export const CONTACT_FILTERS = ['owner_id', 'is_organization'] as const;

interface ContactFiltersProps {
  values: Record<string, string>;
  onChange: (name: string, value: string | null) => void;
}

export function ContactFilters({ values, onChange }: ContactFiltersProps) {
  const { t } = useTranslation('sell');
  return (
    <>
      <OwnerFilter value={values.owner_id} onChange={(value) => onChange('owner_id', value)} />
      <FilterSelect
        label={t('filters.contactType')}
        placeholder={t('filters.anyContactType')}
        data={[
          { value: 'false', label: t('contacts.people') },
          { value: 'true', label: t('contacts.organizations') },
        ]}
        value={values.is_organization}
        onChange={(value) => onChange('is_organization', value)}
      />
    </>
  );
}
