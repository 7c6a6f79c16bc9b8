import { arrayMove } from '@dnd-kit/sortable';

/** Drag ids: a field in the list of available fields, a field in the widget, and the two lists themselves. */
export const catalogueId = (key: string) => `c:${key}`;
export const widgetId = (key: string) => `w:${key}`;
export const CATALOGUE_ZONE = 'zone:catalogue';
export const WIDGET_ZONE = 'zone:widget';

export const fieldKeyOf = (id: string) => id.slice(2);
const inCatalogue = (id: string) => id === CATALOGUE_ZONE || id.startsWith('c:');
const inWidget = (id: string) => id === WIDGET_ZONE || id.startsWith('w:');

/**
 * S-20: the widget's field list after a drop — a field dragged into the widget is added where it
 * lands, one dragged out of it is removed, one moved inside it is reordered. Null: nothing changes.
 */
export function draftAfterDrop(draft: string[], activeId: string, overId: string | null): string[] | null {
  if (overId === null || activeId === overId) return null;
  const key = fieldKeyOf(activeId);
  if (inCatalogue(activeId)) {
    if (!inWidget(overId) || draft.includes(key)) return null;
    const at = overId === WIDGET_ZONE ? draft.length : draft.indexOf(fieldKeyOf(overId));
    const next = [...draft];
    next.splice(at < 0 ? draft.length : at, 0, key);
    return next;
  }
  if (inCatalogue(overId)) return draft.filter((k) => k !== key);
  if (overId === WIDGET_ZONE) return null;
  const from = draft.indexOf(key);
  const to = draft.indexOf(fieldKeyOf(overId));
  return from < 0 || to < 0 || from === to ? null : arrayMove(draft, from, to);
}
