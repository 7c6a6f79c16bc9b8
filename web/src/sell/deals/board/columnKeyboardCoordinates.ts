import { KeyboardCode, type ClientRect, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';

/**
 * With the keyboard, Left and Right jump a picked-up card to the neighbouring stage column
 * (rather than nudging it a few pixels); Up and Down do nothing on the board.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .map((container) => ({ id: container.id, rect: droppableRects.get(container.id) }))
    .filter((column): column is { id: UniqueIdentifier; rect: ClientRect } => Boolean(column.rect))
    .sort((a, b) => a.rect.left - b.rect.left);
  const centerX = collisionRect.left + collisionRect.width / 2;
  let index = over ? columns.findIndex((column) => column.id === over.id) : -1;
  if (index < 0) index = columns.findIndex((column) => centerX >= column.rect.left && centerX <= column.rect.right);
  const next = columns[index + (event.code === KeyboardCode.Right ? 1 : -1)];
  if (!next) return undefined;
  return { x: next.rect.left + (next.rect.width - collisionRect.width) / 2, y: collisionRect.top };
};
