import { useMemo } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CurrencySelectProps {
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  label: string;
}

/** ISO 4217 codes with their names in the current language ("JPY · 日本円"). */
export function CurrencySelect({ value = null, onChange, error, label }: CurrencySelectProps) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const data = useMemo(() => {
    const names = new Intl.DisplayNames(language, { type: 'currency' });
    return Intl.supportedValuesOf('currency').map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
  }, [language]);
  return <Select label={label} data={data} value={value} onChange={onChange} error={error} searchable allowDeselect={false} limit={50} />;
}
