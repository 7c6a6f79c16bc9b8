import { Avatar, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initials } from '../../ui/initials';
import { useUserNames } from '../data/useSellUsers';

/** A record owner's initials and name. */
export function OwnerName({ userId, size = 'sm' }: { userId: number | null; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('sell');
  const nameOf = useUserNames();
  const name = nameOf(userId);
  if (!name) {
    return (
      <Text size={size} c="dimmed">
        {userId === null ? t('records.noOwner') : t('records.unknownUser')}
      </Text>
    );
  }
  return (
    <Group gap={8} wrap="nowrap">
      <Avatar size={size === 'xs' ? 20 : 24} radius="xl" color="calmIndigo" variant="light">
        <Text span fz={size === 'xs' ? 9 : 10} fw={700} inherit>
          {initials(name)}
        </Text>
      </Avatar>
      <Text size={size}>{name}</Text>
    </Group>
  );
}
