import { useState } from 'react';
import { Paper, Skeleton, Stack, Text } from '@mantine/core';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../ConfirmDeleteModal';
import { useNotify } from '../../../ui/useNotify';
import type { LeadStatus } from '../../api/types';
import { useLeadStatuses } from '../../data/useLeadStatuses';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { AddNameForm } from '../AddNameForm';
import { AdminOnlyNotice } from '../AdminOnlyNotice';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { useIsSellAdmin } from '../useIsSellAdmin';
import { LeadStatusRow } from './LeadStatusRow';
import { useLeadStatusMutations } from './useLeadStatusMutations';
import classes from '../SortableRows.module.css';

/** The ordered list of lead statuses: drag (or Space and the arrow keys) to reorder, one is the default. */
export function LeadStatusesSettings() {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const admin = useIsSellAdmin();
  const statuses = useLeadStatuses();
  const { create, update, remove, reorder } = useLeadStatusMutations();
  const [deleting, setDeleting] = useState<LeadStatus | null>(null);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const list = statuses.data ?? [];
  const nameOf = (id: unknown) => list.find((status) => status.id === id)?.name ?? '';

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = list.findIndex((status) => status.id === active.id);
    const to = list.findIndex((status) => status.id === over.id);
    reorder.mutate(arrayMove(list, from, to), { onError: (error) => notify.error(error) });
  };

  return (
    <>
      <SettingsPageHeader title={t('settings.sections.lead-statuses.title')} description={t('settings.sections.lead-statuses.description')} />
      <Stack gap="md">
        {!admin && <AdminOnlyNotice />}
        <Paper withBorder radius="lg" p="lg" data-testid="lead-statuses-card">
          <Stack gap="md">
            {admin && (
              <AddNameForm
                label={t('settings.newItem', { item: t('settings.sections.lead-statuses.item') })}
                placeholder={t('settings.newItemPlaceholder', { item: t('settings.sections.lead-statuses.item') })}
                onAdd={(name) => create.mutateAsync(name).then(() => notify.success(t('settings.added', { name })))}
              />
            )}
            {statuses.isPending && <Skeleton height={36} />}
            {statuses.isError && <LoadErrorAlert title={t('settings.loadFailed')} error={statuses.error} onRetry={() => void statuses.refetch()} />}
            {admin && list.length > 1 && (
              <Text size="xs" c="dimmed">
                {t('settings.statuses.reorderHint')}
              </Text>
            )}
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={onDragEnd}
              accessibility={{
                screenReaderInstructions: { draggable: t('settings.statuses.instructions') },
                announcements: {
                  onDragStart: ({ active }) => t('settings.statuses.announce.pickedUp', { name: nameOf(active.id) }),
                  onDragOver: ({ active, over }) =>
                    over ? t('settings.statuses.announce.over', { name: nameOf(active.id), position: list.findIndex((s) => s.id === over.id) + 1 }) : undefined,
                  onDragEnd: ({ active, over }) =>
                    over ? t('settings.statuses.announce.dropped', { name: nameOf(active.id), position: list.findIndex((s) => s.id === over.id) + 1 }) : undefined,
                  onDragCancel: ({ active }) => t('settings.statuses.announce.cancelled', { name: nameOf(active.id) }),
                },
              }}
            >
              <SortableContext items={list.map((status) => status.id)} strategy={verticalListSortingStrategy}>
                <ul className={classes.list} aria-label={t('settings.sections.lead-statuses.title')}>
                  {list.map((status) => (
                    <LeadStatusRow
                      key={status.id}
                      status={status}
                      editable={admin}
                      onRename={(name) => update.mutateAsync({ id: status.id, changes: { name } })}
                      onMakeDefault={() =>
                        update.mutate(
                          { id: status.id, changes: { default: true } },
                          {
                            onSuccess: () => notify.success(t('settings.statuses.defaultSet', { name: status.name })),
                            onError: (error) => notify.error(error),
                          },
                        )
                      }
                      makingDefault={update.isPending && update.variables?.id === status.id && update.variables.changes.default === true}
                      onDelete={() => setDeleting(status)}
                    />
                  ))}
                </ul>
              </SortableContext>
            </DndContext>
          </Stack>
        </Paper>
      </Stack>
      <ConfirmDeleteModal item={deleting} itemLabel={t('settings.sections.lead-statuses.item')} warning={t('settings.statuses.deleteWarning', { name: deleting?.name ?? '' })} remove={remove} onClose={() => setDeleting(null)} />
    </>
  );
}
