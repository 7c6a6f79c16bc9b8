import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WidgetSummary } from '../../../../integrations/sell-chat/api/types';
import { useSellFormat } from '../../../format/useSellFormat';

/** S-19: when the widget was last edited and published, and by whom. */
export function WidgetHistory({ widget }: { widget: WidgetSummary }) {
  const { t } = useTranslation('sellChat');
  const format = useSellFormat();
  return (
    <Text size="xs" c="dimmed" data-testid="widget-history">
      {widget.editedAt
        ? t('fields.lastEdited', { when: format.dateTime(widget.editedAt), name: widget.editedBy?.name ?? t('fields.someone') })
        : t('fields.neverEdited')}
      {widget.publishedAt && ` · ${t('fields.lastPublished', { when: format.dateTime(widget.publishedAt) })}`}
    </Text>
  );
}
