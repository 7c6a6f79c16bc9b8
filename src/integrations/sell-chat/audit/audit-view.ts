import type { AuditRow } from '../sell-chat-tables.ts';

/** One audit line: who saw which record and fields, for which chat, reading Sell as whom. */
export type AuditEntryView = {
  id: number;
  at: string;
  agent: { id: number; name: string };
  chatId: string;
  record: { type: AuditRow['record_type']; id: number; name: string };
  fields: string[];
  actingUserId: number;
};

export function toAuditEntryView(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    at: row.created_at,
    agent: { id: row.agent_id, name: row.agent_name },
    chatId: row.chat_id,
    record: { type: row.record_type, id: row.record_id, name: row.record_name },
    fields: JSON.parse(row.fields) as string[],
    actingUserId: row.acting_user_id,
  };
}
