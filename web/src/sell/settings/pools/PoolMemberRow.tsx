import { ActionIcon, Badge, Group, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { IconGripVertical, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from '../SortableRows.module.css';

interface PoolMemberRowProps {
  userId: number;
  name: string;
  position: number;
  active: boolean;
  onRemove: () => void;
}

/** A member in the rotation: drag to change the order, or remove. */
export function PoolMemberRow({ userId, name, position, active, onRemove }: PoolMemberRowProps) {
  const { t } = useTranslation('sell');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: userId });
  return (
    <li
      ref={setNodeRef}
      className={classes.row}
      data-dragging={isDragging || undefined}
      style={{ transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined, transition }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            className={classes.handle}
            {...attributes}
            {...listeners}
            aria-label={t('settings.pools.moveMember', { name })}
          >
            <IconGripVertical size={15} aria-hidden="true" />
          </ActionIcon>
          <Text size="sm" c="dimmed" w={20} ta="right">
            {position}.
          </Text>
          <Text size="sm" fw={500}>
            {name}
          </Text>
          {!active && (
            <Badge size="xs" color="gray" variant="light" tt="none">
              {t('settings.pools.inactive')}
            </Badge>
          )}
        </Group>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('settings.pools.removeMember', { name })} onClick={onRemove}>
          <IconX size={15} aria-hidden="true" />
        </ActionIcon>
      </Group>
    </li>
  );
}
