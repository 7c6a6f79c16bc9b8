import { Stack, Text } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CatalogueField } from '../../../../integrations/sell-chat/api/types';
import { useFieldLabel } from '../../../../integrations/sell-chat/useFieldLabel';
import { WIDGET_ZONE, widgetId } from './fieldDrop';
import { SortableField } from './SortableField';
import classes from './FieldLists.module.css';

type Props = { title: string; fields: CatalogueField[]; onRemove: (key: string) => void; editable: boolean };

/** S-20: the widget's fields in the order agents see them; drag to reorder, drag out (or "−") to remove. */
export function WidgetFieldList({ title, fields, onRemove, editable }: Props) {
  const { t } = useTranslation('sellChat');
  const labelOf = useFieldLabel();
  const { setNodeRef, isOver } = useDroppable({ id: WIDGET_ZONE });
  return (
    <Stack gap="xs" data-testid="widget-fields">
      <Text fw={600} size="sm" id="widget-title">
        {title}
      </Text>
      <Text size="xs" c="dimmed" mih={36}>
        {editable ? t('editor.widgetHint') : t('editor.readOnlyHint')}
      </Text>
      <div ref={setNodeRef} className={classes.zone} data-over={isOver || undefined}>
        <SortableContext id="widget" items={fields.map((field) => widgetId(field.key))} strategy={verticalListSortingStrategy}>
          <ol className={classes.list} aria-labelledby="widget-title">
            {fields.map((field) => {
              const label = labelOf(field);
              return (
                <SortableField
                  key={field.key}
                  id={widgetId(field.key)}
                  testId="widget-field"
                  editable={editable}
                  label={label}
                  custom={field.custom}
                  handleLabel={t('editor.move', { name: label })}
                  action={{ label: t('editor.remove', { name: label }), icon: <IconMinus size={14} aria-hidden="true" />, onClick: () => onRemove(field.key), color: 'red' }}
                />
              );
            })}
          </ol>
        </SortableContext>
        {fields.length === 0 && (
          <Text size="sm" c="dimmed" className={classes.empty}>
            {t('editor.emptyWidget')}
          </Text>
        )}
      </div>
    </Stack>
  );
}
