import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResourceType } from '../api/types';
import { usePools } from '../data/usePools';
import { useSellUsers } from '../data/useSellUsers';

/** Pools are offered as "pool:<id>"; a plain number is a user id. */
export const POOL_PREFIX = 'pool:';

interface OwnerSelectProps {
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  label?: string;
  /** Offer the distribution pools of this record type too (when creating a record). */
  poolsFor?: ResourceType;
  required?: boolean;
}

/** Picks the owner of a record: an active Sell user, or a distribution pool that picks one. */
export function OwnerSelect({ value = null, onChange, error, label, poolsFor, required }: OwnerSelectProps) {
  const { t } = useTranslation('sell');
  const users = useSellUsers();
  // Pools may be closed to this user (or not there yet): then only people are offered.
  const pools = usePools(poolsFor !== undefined);
  const people = (users.data ?? [])
    .filter((user) => user.status === 'active' || String(user.id) === value)
    .map((user) => ({ value: String(user.id), label: user.name }));
  const poolOptions = (pools.data ?? [])
    .filter((pool) => pool.resource_type === poolsFor)
    .map((pool) => ({ value: `${POOL_PREFIX}${pool.id}`, label: t('forms.poolOption', { name: pool.name }) }));
  const data = poolOptions.length
    ? [
        { group: t('forms.ownerGroupPeople'), items: people },
        { group: t('forms.ownerGroupPools'), items: poolOptions },
      ]
    : people;
  return (
    <Select
      label={label ?? t('fields.owner')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      required={required}
      allowDeselect={false}
      placeholder={users.isPending ? t('common.loading') : t('forms.chooseOwner')}
      nothingFoundMessage={t('list.noOptions')}
    />
  );
}

/** What to send for the owner picked: `owner_id`, or `pool_id` to let the pool choose. */
export function ownerPayload(value: string | null): { owner_id?: number; pool_id?: number } {
  if (!value) return {};
  if (value.startsWith(POOL_PREFIX)) return { pool_id: Number(value.slice(POOL_PREFIX.length)) };
  return { owner_id: Number(value) };
}
