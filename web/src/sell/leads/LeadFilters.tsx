import { useTranslation } from 'react-i18next';
import { useLeadStatuses } from '../data/useLeadStatuses';
import { FilterSelect } from '../list/FilterSelect';
import { OwnerFilter } from '../list/OwnerFilter';
import { SourceFilter } from '../list/SourceFilter';

export const LEAD_FILTERS = ['owner_id', 'status', 'source_id'] as const;

interface LeadFiltersProps {
  values: Record<string, string>;
  onChange: (name: string, value: string | null) => void;
}

/** Owner, status and source filters of the lead list. */
export function LeadFilters({ values, onChange }: LeadFiltersProps) {
  const { t } = useTranslation('sell');
  const statuses = useLeadStatuses();
  return (
    <>
      <OwnerFilter value={values.owner_id} onChange={(value) => onChange('owner_id', value)} />
      <FilterSelect
        label={t('filters.status')}
        placeholder={t('filters.anyStatus')}
        data={(statuses.data ?? []).map((status) => ({ value: status.name, label: status.name }))}
        value={values.status}
        onChange={(value) => onChange('status', value)}
      />
      <SourceFilter kind="lead_sources" value={values.source_id} onChange={(value) => onChange('source_id', value)} />
    </>
  );
}
