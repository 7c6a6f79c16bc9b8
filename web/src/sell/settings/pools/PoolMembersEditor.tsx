import { Input, Select, Stack, Text } from '@mantine/core';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { SellUser } from '../../api/types';
import { PoolMemberRow } from './PoolMemberRow';
import classes from '../SortableRows.module.css';

interface PoolMembersEditorProps {
  users: SellUser[];
  value: number[];
  onChange: (ids: number[]) => void;
  error?: React.ReactNode;
}

/** The rotation: who is in it and in which order; new members join the end. */
export function PoolMembersEditor({ users, value, onChange, error }: PoolMembersEditorProps) {
  const { t } = useTranslation('sell');
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const byId = new Map(users.map((user) => [user.id, user]));
  const candidates = users.filter((user) => user.status === 'active' && !value.includes(user.id));
  const nameOf = (id: unknown) => byId.get(Number(id))?.name ?? '';
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onChange(arrayMove(value, value.indexOf(Number(active.id)), value.indexOf(Number(over.id))));
  };
  return (
    <Input.Wrapper label={t('settings.pools.members')} description={t('settings.pools.membersHint')} error={error}>
      <Stack gap="xs" mt={6}>
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('settings.pools.noMembers')}
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
                over ? t('settings.statuses.announce.over', { name: nameOf(active.id), position: value.indexOf(Number(over.id)) + 1 }) : undefined,
              onDragEnd: ({ active, over }) =>
                over ? t('settings.statuses.announce.dropped', { name: nameOf(active.id), position: value.indexOf(Number(over.id)) + 1 }) : undefined,
              onDragCancel: ({ active }) => t('settings.statuses.announce.cancelled', { name: nameOf(active.id) }),
            },
          }}
        >
          <SortableContext items={value} strategy={verticalListSortingStrategy}>
            <ul className={classes.list}>
              {value.map((id, index) => (
                <PoolMemberRow
                  key={id}
                  userId={id}
                  name={nameOf(id) || t('records.unknownUser')}
                  position={index + 1}
                  active={byId.get(id)?.status === 'active'}
                  onRemove={() => onChange(value.filter((member) => member !== id))}
                />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
        <Select
          aria-label={t('settings.pools.addMember')}
          placeholder={t('settings.pools.addMember')}
          data={candidates.map((user) => ({ value: String(user.id), label: user.name }))}
          value={null}
          onChange={(picked) => picked && onChange([...value, Number(picked)])}
          searchable
          nothingFoundMessage={t('settings.pools.everyoneIn')}
        />
      </Stack>
    </Input.Wrapper>
  );
}
