import { useTranslation } from 'react-i18next';
import { useNamedItems } from '../data/useNamedItems';
import { FilterSelect } from './FilterSelect';

interface SourceFilterProps {
  kind: 'lead_sources' | 'deal_sources';
  value: string | undefined;
  onChange: (value: string | null) => void;
}

/** The source filter of the lead and deal lists. */
export function SourceFilter({ kind, value, onChange }: SourceFilterProps) {
  const { t } = useTranslation('sell');
  const sources = useNamedItems(kind);
  return (
    <FilterSelect
      label={t('filters.source')}
      placeholder={t('filters.anySource')}
      data={(sources.data ?? []).map((source) => ({ value: String(source.id), label: source.name }))}
      value={value}
      onChange={onChange}
    />
  );
}
