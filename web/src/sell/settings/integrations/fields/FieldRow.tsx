import type { ReactNode } from 'react';
import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import classes from './FieldLists.module.css';

type Handle = { attributes: DraggableAttributes; listeners: DraggableSyntheticListeners; setActivatorNodeRef: (node: HTMLElement | null) => void };

type Props = {
  label: string;
  custom: boolean;
  /** The drag handle's parts (absent when the list is read-only or in the drag overlay). */
  handle?: Handle;
  handleLabel?: string;
  action?: { label: string; icon: ReactNode; onClick: () => void; color?: string };
};

/** One field in either list: the handle to drag it, its name, whether it is custom, and its button. */
export function FieldRow({ label, custom, handle, handleLabel, action }: Props) {
  const { t } = useTranslation('sellChat');
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Group gap={6} wrap="nowrap" miw={0}>
        {handle && (
          <ActionIcon
            ref={handle.setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            className={classes.handle}
            aria-label={handleLabel}
            {...handle.attributes}
            {...handle.listeners}
          >
            <IconGripVertical size={15} aria-hidden="true" />
          </ActionIcon>
        )}
        <Text size="sm" truncate="end">
          {label}
        </Text>
        {custom && (
          <Badge size="xs" variant="light" color="grape" tt="none" style={{ flexShrink: 0 }}>
            {t('fields.custom')}
          </Badge>
        )}
      </Group>
      {action && (
        <Tooltip label={action.label} withArrow openDelay={400}>
          <ActionIcon variant="light" color={action.color ?? 'indigo'} size="sm" aria-label={action.label} onClick={action.onClick}>
            {action.icon}
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
