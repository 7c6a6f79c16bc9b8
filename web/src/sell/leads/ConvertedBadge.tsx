import { Badge } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Marks a lead that became a contact. */
export function ConvertedBadge({ size = 'sm' }: { size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('sell');
  return (
    <Badge color="teal" variant="filled" size={size} tt="none" radius="sm" leftSection={<IconCircleCheck size={12} aria-hidden="true" />}>
      {t('leads.converted')}
    </Badge>
  );
}
