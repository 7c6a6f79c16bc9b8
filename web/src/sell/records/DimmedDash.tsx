import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An empty cell: a quiet dash for the eye, "none" for screen readers. */
export function DimmedDash() {
  const { t } = useTranslation('sell');
  return (
    <Text span size="sm" c="dimmed">
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('records.empty')}</VisuallyHidden>
    </Text>
  );
}
