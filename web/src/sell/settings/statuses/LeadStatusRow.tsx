import { ActionIcon, Badge, Button, Group } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { IconGripVertical, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from '../../api/types';
import { LeadStatusBadge } from '../../records/LeadStatusBadge';
import { DeleteItemButton } from '../DeleteItemButton';
import { EditableName } from '../EditableName';
import classes from '../SortableRows.module.css';

interface LeadStatusRowProps {
  status: LeadStatus;
  editable: boolean;
  onRename: (name: string) => Promise<unknown>;
  onMakeDefault: () => void;
  onDelete: () => void;
  makingDefault: boolean;
}

/** One status: its drag handle, name, colour, and whether new leads get it. */
export function LeadStatusRow({ status, editable, onRename, onMakeDefault, onDelete, makingDefault }: LeadStatusRowProps) {
  const { t } = useTranslation('sell');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: status.id,
    disabled: !editable,
  });
  return (
    <li
      ref={setNodeRef}
      className={classes.row}
      data-dragging={isDragging || undefined}
      data-testid="lead-status-row"
      style={{ transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined, transition }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
          {editable && (
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="gray"
              className={classes.handle}
              {...attributes}
              {...listeners}
              aria-label={t('settings.statuses.move', { name: status.name })}
            >
              <IconGripVertical size={16} aria-hidden="true" />
            </ActionIcon>
          )}
          <EditableName
            name={status.name}
            disabled={!editable}
            onRename={onRename}
            after={
              status.default ? (
                <Badge size="sm" variant="light" color="yellow" tt="none" leftSection={<IconStarFilled size={10} aria-hidden="true" />}>
                  {t('settings.statuses.default')}
                </Badge>
              ) : undefined
            }
          />
        </Group>
        <Group gap="xs" wrap="nowrap">
          <LeadStatusBadge status={status.name} />
          {editable && !status.default && (
            <Button size="compact-xs" variant="subtle" onClick={onMakeDefault} loading={makingDefault}>
              {t('settings.statuses.makeDefault')}
            </Button>
          )}
          {editable && <DeleteItemButton name={status.name} onClick={onDelete} disabled={status.default} />}
        </Group>
      </Group>
    </li>
  );
}
