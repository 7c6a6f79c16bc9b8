import type { Insertable, Kysely } from 'kysely';
import { reusableQuery } from '../../../platform/db/reusable-query.ts';
import type { AuditRecordType, SellChatDatabase, SellChatExecutor, SellChatTables } from '../sell-chat-tables.ts';

type AuditRow = Insertable<SellChatTables['sell_chat_read_audit']>;

export type AuditFilter = {
  agentId?: number | undefined;
  recordType?: AuditRecordType | undefined;
  recordId?: number | undefined;
  chatId?: string | undefined;
  /** ISO timestamps: from inclusive, to exclusive. */
  from?: string | undefined;
  to?: string | undefined;
};

const COLUMNS = ['account_id', 'agent_id', 'agent_name', 'acting_user_id', 'chat_id', 'record_type', 'record_id', 'record_name', 'fields', 'created_at'] as const;
type Insert = (db: Kysely<SellChatDatabase>, ...values: unknown[]) => Promise<unknown>;
/** One compiled INSERT per number of rows (a card shows a record, its company, up to 50 deals and 9 other matches). */
const insertOfSize = new Map<number, Insert>();

/**
 * The rows in one INSERT statement: they are stored together or not at all, with no transaction
 * around it. Compiled once per number of rows, since every card shown writes some.
 */
export async function insertAuditRows(db: SellChatExecutor, rows: AuditRow[]) {
  if (rows.length === 0) return;
  let insert = insertOfSize.get(rows.length);
  if (!insert) {
    insert = reusableQuery((kysely: Kysely<SellChatDatabase>, ...values: unknown[]) =>
      kysely.insertInto('sell_chat_read_audit').values(rows.map((_, r) => Object.fromEntries(COLUMNS.map((c, i) => [c, values[r * COLUMNS.length + i]])) as AuditRow)),
    );
    insertOfSize.set(rows.length, insert);
  }
  await insert(db, ...rows.flatMap((row) => COLUMNS.map((c) => row[c])));
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
