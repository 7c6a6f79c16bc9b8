import { Card, Group, Select, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCrown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { DisabledReason } from '../../ui/DisabledReason';
import type { Account, User } from '../../ui/types';
import { useNotify } from '../../ui/useNotify';
import { useUpdateAccount } from '../useAccountMutations';

/** Value of the "account owner" choice, which sends topmostManagerId: null. */
const OWNER_DEFAULT = 'owner-default';

interface TopmostManagerCardProps {
  account: Account;
  users: readonly User[];
}

export function TopmostManagerCard({ account, users }: TopmostManagerCardProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { permissions } = useSignedInSession();
  const updateAccount = useUpdateAccount();
  const blockedReason = permissions.manageSellSettings ? null : t('permissions.sellSettingsOnly');
  const owner = users.find((user) => user.chatRole === 'owner');

  const candidates = users
    .filter((user) => user.active && user.sellRole !== 'none')
    .sort((a, b) => a.name.localeCompare(b.name));
  const data = [
    {
      value: OWNER_DEFAULT,
      label: owner ? t('hierarchy.ownerDefaultNamed', { name: owner.name }) : t('hierarchy.ownerDefault'),
    },
    ...candidates.map((user) => ({ value: String(user.id), label: user.name })),
  ];
  const value = account.topmostManagerId === null ? OWNER_DEFAULT : String(account.topmostManagerId);

  const change = (next: string | null) => {
    if (!next || next === value) return;
    const topmostManagerId = next === OWNER_DEFAULT ? null : Number(next);
    updateAccount.mutate(
      { topmostManagerId },
      {
        onSuccess: (saved) =>
          notify.success(t('hierarchy.topmostChanged', { name: saved.topmostManager?.name ?? '' })),
        onError: (error) => notify.error(error),
      },
    );
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xl">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={40} radius="md" variant="light" color="yellow">
            <IconCrown size={22} aria-hidden="true" />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('hierarchy.topmostTitle')}
            </Title>
            <Text size="sm" c="dimmed" maw={520}>
              {t('hierarchy.topmostDescription')}
            </Text>
          </Stack>
        </Group>
        <DisabledReason reason={blockedReason}>
          <Select
            label={t('hierarchy.topmostLabel')}
            data={data}
            value={value}
            onChange={change}
            allowDeselect={false}
            searchable
            disabled={blockedReason !== null || updateAccount.isPending}
            w={300}
          />
        </DisabledReason>
      </Group>
    </Card>
  );
}
