import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLeadStatuses } from '../data/useLeadStatuses';

interface LeadStatusSelectProps {
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
}

/** The account's lead statuses, in their order. */
export function LeadStatusSelect({ value = null, onChange, error }: LeadStatusSelectProps) {
  const { t } = useTranslation('sell');
  const statuses = useLeadStatuses();
  const data = (statuses.data ?? []).map((status) => status.name);
  if (value && !data.includes(value)) data.push(value);
  return (
    <Select
      label={t('fields.status')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      allowDeselect={false}
      placeholder={statuses.isPending ? t('common.loading') : undefined}
    />
  );
}
