import { useTranslation } from 'react-i18next';
import { useLeadStatuses } from '../data/useLeadStatuses';
import { useNamedItems } from '../data/useNamedItems';
import { useSellUsers } from '../data/useSellUsers';
import { FilterSelect } from '../list/FilterSelect';

export const LEAD_FILTERS = ['owner_id', 'status', 'source_id'] as const;

interface LeadFiltersProps {
  values: Record<string, string>;
  onChange: (name: string, value: string | null) => void;
}

/** Owner, status and source filters of the lead list. */
export function LeadFilters({ values, onChange }: LeadFiltersProps) {
  const { t } = useTranslation('sell');
  const users = useSellUsers();
  const statuses = useLeadStatuses();
  const sources = useNamedItems('lead_sources');
  return (
    <>
      <FilterSelect
        label={t('filters.owner')}
        placeholder={t('filters.anyOwner')}
        data={(users.data ?? []).map((user) => ({ value: String(user.id), label: user.name }))}
        value={values.owner_id}
        onChange={(value) => onChange('owner_id', value)}
      />
      <FilterSelect
        label={t('filters.status')}
        placeholder={t('filters.anyStatus')}
        data={(statuses.data ?? []).map((status) => ({ value: status.name, label: status.name }))}
        value={values.status}
        onChange={(value) => onChange('status', value)}
      />
      <FilterSelect
        label={t('filters.source')}
        placeholder={t('filters.anySource')}
        data={(sources.data ?? []).map((source) => ({ value: String(source.id), label: source.name }))}
        value={values.source_id}
        onChange={(value) => onChange('source_id', value)}
      />
    </>
  );
}
