import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NamedItemKind } from '../api/sellKeys';
import { useNamedItems } from '../data/useNamedItems';

interface NamedItemSelectProps {
  kind: NamedItemKind;
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
}

/** A source or reason from one of the account's lists; may be left empty. */
export function NamedItemSelect({ kind, label, value = null, onChange, error }: NamedItemSelectProps) {
  const { t } = useTranslation('sell');
  const items = useNamedItems(kind);
  return (
    <Select
      label={label}
      data={(items.data ?? []).map((item) => ({ value: String(item.id), label: item.name }))}
      value={value}
      onChange={onChange}
      error={error}
      clearable
      searchable
      placeholder={items.isPending ? t('common.loading') : t('forms.none')}
      nothingFoundMessage={t('forms.noItemsYet')}
    />
  );
}
