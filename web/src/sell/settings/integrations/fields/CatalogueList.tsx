import { Stack, Text, TextInput } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CatalogueField } from '../../../../integrations/sell-chat/api/types';
import { useFieldLabel } from '../../../../integrations/sell-chat/useFieldLabel';
import { CATALOGUE_ZONE, catalogueId } from './fieldDrop';
import { SortableField } from './SortableField';
import classes from './FieldLists.module.css';

type Props = { fields: CatalogueField[]; search: string; onSearch: (value: string) => void; onAdd: (key: string) => void; editable: boolean };

/** S-20: the fields not yet in the widget, with a search box; drag one across or press its "+". Dropping a widget field here removes it. */
export function CatalogueList({ fields, search, onSearch, onAdd, editable }: Props) {
  const { t } = useTranslation('sellChat');
  const labelOf = useFieldLabel();
  const { setNodeRef, isOver } = useDroppable({ id: CATALOGUE_ZONE });
  const query = search.trim().toLowerCase();
  const shown = query ? fields.filter((field) => labelOf(field).toLowerCase().includes(query) || field.label.toLowerCase().includes(query)) : fields;
  return (
    <Stack gap="xs" data-testid="field-catalogue">
      <Text fw={600} size="sm" id="catalogue-title">
        {t('editor.available')}
      </Text>
      <TextInput
        aria-label={t('editor.search')}
        placeholder={t('editor.search')}
        leftSection={<IconSearch size={15} aria-hidden="true" />}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
      />
      <div ref={setNodeRef} className={`${classes.zone} ${classes.catalogue}`} data-over={isOver || undefined}>
        <SortableContext id="catalogue" items={shown.map((field) => catalogueId(field.key))} strategy={verticalListSortingStrategy}>
          <ul className={classes.list} aria-labelledby="catalogue-title">
            {shown.map((field) => {
              const label = labelOf(field);
              return (
                <SortableField
                  key={field.key}
                  id={catalogueId(field.key)}
                  testId="catalogue-field"
                  editable={editable}
                  label={label}
                  custom={field.custom}
                  handleLabel={t('editor.dragToAdd', { name: label })}
                  action={{ label: t('editor.add', { name: label }), icon: <IconPlus size={14} aria-hidden="true" />, onClick: () => onAdd(field.key) }}
                />
              );
            })}
          </ul>
        </SortableContext>
        {shown.length === 0 && (
          <Text size="sm" c="dimmed" className={classes.empty}>
            {query ? t('editor.noMatch') : t('editor.allAdded')}
          </Text>
        )}
      </div>
    </Stack>
  );
}
