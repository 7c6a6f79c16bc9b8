import { useTranslation } from 'react-i18next';
import { useSellUsers } from '../data/useSellUsers';
import { FilterSelect } from './FilterSelect';

interface OwnerFilterProps {
  value: string | undefined;
  onChange: (value: string | null) => void;
}

/** The owner filter every record list has. */
export function OwnerFilter({ value, onChange }: OwnerFilterProps) {
  const { t } = useTranslation('sell');
  const users = useSellUsers();
  return (
    <FilterSelect
      label={t('filters.owner')}
      placeholder={t('filters.anyOwner')}
      data={(users.data ?? []).map((user) => ({ value: String(user.id), label: user.name }))}
      value={value}
      onChange={onChange}
    />
  );
}
