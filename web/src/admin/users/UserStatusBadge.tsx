import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function UserStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'teal' : 'gray'} variant={active ? 'light' : 'outline'} radius="sm" tt="none" fw={600}>
      {active ? t('users.status.active') : t('users.status.deactivated')}
    </Badge>
  );
}
