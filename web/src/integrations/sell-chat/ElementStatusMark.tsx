import { Badge } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleXFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ElementStatus } from './api/types';

/**
 * S-11 / S-23: a green mark for an element that runs, a red one for one that does not — with the
 * words beside the colour, so the state never depends on seeing it.
 */
export function ElementStatusMark({ status }: { status: ElementStatus }) {
  const { t } = useTranslation('sellChat');
  const why = status.state === 'not_installed' || status.state === 'needs_authorization' ? status.state : 'disabled';
  const label = status.on ? t('status.on') : t(`status.off.${why}`);
  return (
    <Badge
      variant="light"
      color={status.on ? 'green' : 'red'}
      radius="xl"
      tt="none"
      size="lg"
      leftSection={status.on ? <IconCircleCheckFilled size={15} aria-hidden="true" /> : <IconCircleXFilled size={15} aria-hidden="true" />}
      data-testid="element-status"
      data-on={status.on}
      style={{ flexShrink: 0 }}
    >
      {label}
    </Badge>
  );
}
