import type { ComponentProps } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { FieldRow } from './FieldRow';
import classes from './FieldLists.module.css';

type Props = { id: string; editable: boolean; testId: string } & Omit<ComponentProps<typeof FieldRow>, 'handle'>;

/** A field that can be picked up (with the pointer, or Space and the arrow keys) and dropped in the other list. */
export function SortableField({ id, editable, testId, ...row }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled: !editable });
  return (
    <li
      ref={setNodeRef}
      className={classes.row}
      data-dragging={isDragging || undefined}
      data-testid={testId}
      style={{ transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined, transition }}
    >
      <FieldRow {...row} handle={editable ? { attributes, listeners, setActivatorNodeRef } : undefined} action={editable ? row.action : undefined} />
    </li>
  );
}
