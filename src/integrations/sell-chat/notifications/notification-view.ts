import type { NotificationRow } from '../sell-chat-tables.ts';

/** W-3: "Aiko left a note for you on lead Mei Tanaka" — what Sell's top bar lists and pushes live. */
export type NotificationView = {
  id: number;
  kind: NotificationRow['kind'];
  actor: { id: number | null; name: string };
  chatId: string | null;
  record: { type: NotificationRow['record_type']; id: number; name: string };
  noteId: number | null;
  text: string;
  createdAt: string;
  readAt: string | null;
};

export function toNotificationView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    actor: { id: row.actor_id, name: row.actor_name },
    chatId: row.chat_id,
    record: { type: row.record_type, id: row.record_id, name: row.record_name },
    noteId: row.note_id,
    text: row.text,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
