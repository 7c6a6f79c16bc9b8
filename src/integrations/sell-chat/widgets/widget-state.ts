import type { SellChatExecutor, WidgetName, WidgetRow } from '../sell-chat-tables.ts';
import { DEFAULT_WIDGET_FIELDS, WIDGETS } from './standard-fields.ts';
import { listWidgetRows } from './widgets.repo.ts';

/** A widget's field lists (S-19): what the editor holds and what agents see. */
export type WidgetState = {
  widget: WidgetName;
  draft: string[];
  published: string[];
  editedAt: string | null;
  editedById: number | null;
  publishedAt: string | null;
  publishedById: number | null;
};

function toState(widget: WidgetName, row: WidgetRow | undefined): WidgetState {
  if (!row) {
    const fields = DEFAULT_WIDGET_FIELDS[widget];
    return { widget, draft: fields, published: fields, editedAt: null, editedById: null, publishedAt: null, publishedById: null };
  }
  return {
    widget,
    draft: JSON.parse(row.draft_fields) as string[],
    published: JSON.parse(row.published_fields) as string[],
    editedAt: row.edited_at,
    editedById: row.edited_by_id,
    publishedAt: row.published_at,
    publishedById: row.published_by_id,
  };
}

export async function loadWidgetStates(db: SellChatExecutor, accountId: number): Promise<Record<WidgetName, WidgetState>> {
  const rows = await listWidgetRows(db, accountId);
  return Object.fromEntries(WIDGETS.map((w) => [w, toState(w, rows.find((r) => r.widget === w))])) as Record<WidgetName, WidgetState>;
}
