import type { Insertable } from 'kysely';
import type { AuditRecordType, SellChatExecutor, SellChatTables } from '../sell-chat-tables.ts';

export type AuditFilter = {
  agentId?: number | undefined;
  recordType?: AuditRecordType | undefined;
  recordId?: number | undefined;
  chatId?: string | undefined;
  /** ISO timestamps: from inclusive, to exclusive. */
  from?: string | undefined;
  to?: string | undefined;
};

export async function insertAuditRows(db: SellChatExecutor, rows: Insertable<SellChatTables['sell_chat_read_audit']>[]) {
  if (rows.length) await db.insertInto('sell_chat_read_audit').values(rows).execute();
}

/** Newest first, `limit` rows with ids below `beforeId` (keyset paging: stable while new rows arrive). */
export function listAuditRows(db: SellChatExecutor, accountId: number, filter: AuditFilter, beforeId: number | null, limit: number) {
  let query = db.selectFrom('sell_chat_read_audit').selectAll().where('account_id', '=', accountId);
  if (filter.agentId !== undefined) query = query.where('agent_id', '=', filter.agentId);
  if (filter.recordType !== undefined) query = query.where('record_type', '=', filter.recordType);
  if (filter.recordId !== undefined) query = query.where('record_id', '=', filter.recordId);
  if (filter.chatId !== undefined) query = query.where('chat_id', '=', filter.chatId);
  if (filter.from !== undefined) query = query.where('created_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('created_at', '<', filter.to);
  if (beforeId !== null) query = query.where('id', '<', beforeId);
  return query.orderBy('id', 'desc').limit(limit).execute();
}
