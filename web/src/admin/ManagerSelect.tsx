import type { ReactNode } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../ui/types';
import { managerCandidates } from './managerCandidates';

interface ManagerSelectProps {
  users: readonly User[];
  /** The user whose manager is chosen; null while creating a new user. */
  forUserId: number | null;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  disabled?: boolean;
  label?: string;
  description?: string;
  autoFocus?: boolean;
}

export function ManagerSelect({ users, forUserId, value, onChange, error, disabled, label, description, autoFocus }: ManagerSelectProps) {
  const { t } = useTranslation();
  const candidates = managerCandidates(users, forUserId);
  const current = value ? users.find((user) => String(user.id) === value) : undefined;
  // Keep the current manager visible even if they no longer qualify.
  const options = current && !candidates.includes(current) ? [current, ...candidates] : candidates;
  return (
    <Select
      label={label ?? t('users.fields.manager')}
      description={description}
      placeholder={t('users.noManagerPlaceholder')}
      data={options.map((user) => ({ value: String(user.id), label: user.name }))}
      value={value}
      onChange={onChange}
      error={error}
      disabled={disabled}
      clearable
      clearButtonProps={{ 'aria-label': t('users.clearManager') }}
      searchable
      openOnFocus={false}
      autoFocus={autoFocus}
      nothingFoundMessage={t('users.noManagerCandidates')}
    />
  );
}
