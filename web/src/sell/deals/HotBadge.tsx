import { Badge } from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A deal someone marked as hot. */
export function HotBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('sell');
  return (
    <Badge color="orange" variant="light" size={size} tt="none" radius="sm" leftSection={<IconFlame size={12} aria-hidden="true" />}>
      {t('deals.hot')}
    </Badge>
  );
}
