import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack } from '@mantine/core';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { IconEye, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CatalogueField, WidgetSummary } from '../../../../integrations/sell-chat/api/types';
import { usePublishWidget, useSaveWidgetDraft } from '../../../../integrations/sell-chat/api/useWidgetEditor';
import { useFieldLabel } from '../../../../integrations/sell-chat/useFieldLabel';
import { useNotify } from '../../../../ui/useNotify';
import { SaveState } from '../shared/SaveState';
import { CatalogueList } from './CatalogueList';
import { CATALOGUE_ZONE, draftAfterDrop, fieldKeyOf, WIDGET_ZONE } from './fieldDrop';
import { FieldRow } from './FieldRow';
import { WidgetFieldList } from './WidgetFieldList';
import { WidgetHistory } from './WidgetHistory';
import { WidgetPreviewModal } from './WidgetPreviewModal';
import classes from './FieldLists.module.css';

type Props = { widget: WidgetSummary; catalogue: CatalogueField[]; canEdit: boolean };

/**
 * S-20, S-21: the fields available on the left, the widget on the right. Fields move by dragging
 * (pointer, or Space and the arrow keys) or with the "+" and "−" buttons; each change is saved as a
 * draft; Preview shows sample data; Publish makes the draft what agents see.
 */
export function WidgetEditor({ widget, catalogue, canEdit }: Props) {
  const { t } = useTranslation('sellChat');
  const notify = useNotify();
  const labelOf = useFieldLabel();
  const save = useSaveWidgetDraft(widget.widget);
  const publish = usePublishWidget(widget.widget);
  const [search, setSearch] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const byKey = new Map(catalogue.map((field) => [field.key, field]));
  const inWidget = widget.draft.map((key) => byKey.get(key) ?? { key, label: key, type: 'text', custom: key.startsWith('custom:') });
  const available = catalogue.filter((field) => !widget.draft.includes(field.key));
  const nameOf = (id: string | number) => {
    const key = fieldKeyOf(String(id));
    return labelOf(byKey.get(key) ?? { key, label: key, custom: false });
  };

  const change = (fields: string[]) => save.mutate(fields);
  const onDragStart = ({ active }: DragStartEvent) => setDragging(String(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const next = draftAfterDrop(widget.draft, String(active.id), over ? String(over.id) : null);
    if (next) change(next);
  };

  const position = (id: string | number) => widget.draft.indexOf(fieldKeyOf(String(id))) + 1;
  const where = (overId: string | number) => {
    const id = String(overId);
    if (id === CATALOGUE_ZONE || id.startsWith('c:')) return t('editor.announce.outOfWidget');
    if (id === WIDGET_ZONE) return t('editor.announce.endOfWidget');
    return t('editor.announce.atPosition', { position: position(id) });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('editor.announce.pickedUp', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('editor.announce.over', { name: nameOf(active.id), where: where(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('editor.announce.dropped', { name: nameOf(active.id), where: where(over.id) }) : t('editor.announce.cancelled', { name: nameOf(active.id) })),
    onDragCancel: ({ active }) => t('editor.announce.cancelled', { name: nameOf(active.id) }),
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="md">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Stack gap={4}>
            <Group gap="sm">
              {widget.unpublishedChanges ? (
                <Badge color="orange" variant="light" tt="none" data-testid="publish-state">
                  {t('fields.unpublished')}
                </Badge>
              ) : (
                <Badge color="green" variant="light" tt="none" data-testid="publish-state">
                  {t('fields.upToDate')}
                </Badge>
              )}
              <SaveState status={save.status} error={save.error} />
            </Group>
            <WidgetHistory widget={widget} />
          </Stack>
          <Group gap="sm" wrap="nowrap">
            <Button variant="default" leftSection={<IconEye size={16} aria-hidden="true" />} onClick={() => setPreviewing(true)} disabled={save.isPending}>
              {t('editor.preview')}
            </Button>
            {canEdit && (
              <Button
                leftSection={<IconSend size={16} aria-hidden="true" />}
                disabled={!widget.unpublishedChanges || save.isPending}
                loading={publish.isPending}
                onClick={() =>
                  publish.mutate(undefined, {
                    onSuccess: () => notify.success(t('editor.published', { widget: t(`fields.widgets.${widget.widget}.title`) })),
                    onError: (error) => notify.error(error),
                  })
                }
              >
                {t('editor.publish')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ screenReaderInstructions: { draggable: t('editor.instructions') }, announcements }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <CatalogueList fields={available} search={search} onSearch={setSearch} onAdd={(key) => change([...widget.draft, key])} editable={canEdit} />
          <WidgetFieldList
            title={t(`fields.widgets.${widget.widget}.title`)}
            fields={inWidget}
            onRemove={(key) => change(widget.draft.filter((k) => k !== key))}
            editable={canEdit}
          />
        </SimpleGrid>
        <DragOverlay dropAnimation={null}>
          {dragging && (
            <div className={classes.overlay}>
              <FieldRow label={nameOf(dragging)} custom={fieldKeyOf(dragging).startsWith('custom:')} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      <WidgetPreviewModal widget={widget} opened={previewing} onClose={() => setPreviewing(false)} />
    </Stack>
  );
}
