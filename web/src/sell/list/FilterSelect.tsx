import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FilterSelectProps {
  label: string;
  placeholder: string;
  data: { value: string; label: string }[];
  value: string | undefined;
  onChange: (value: string | null) => void;
}

/** One list filter: pick a value or clear it. */
export function FilterSelect({ label, placeholder, data, value, onChange }: FilterSelectProps) {
  const { t } = useTranslation('sell');
  return (
    <Select
      aria-label={label}
      placeholder={placeholder}
      data={data}
      value={value ?? null}
      onChange={onChange}
      clearable
      searchable
      w={170}
      comboboxProps={{ width: 240, position: 'bottom-start' }}
      nothingFoundMessage={t('list.noOptions')}
    />
  );
}
