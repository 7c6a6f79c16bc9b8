import { requireAuditReader } from '../admin-guards.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { auditFilterSchema, type AuditFilterInput } from './audit-query.ts';
import { csvRow, UTF8_BOM } from './csv.ts';
import { listAuditRows } from './read-audit.repo.ts';

const BATCH = 500;
const HEADER = ['time', 'agent_id', 'agent_name', 'chat_id', 'record_type', 'record_id', 'record_name', 'fields', 'acting_sell_user_id'];

/**
 * B-1: the read audit as CSV, newest first, produced batch by batch as the client reads it (the event
 * loop is free between batches, so a large export does not hold up chats). Permission is checked
 * before the first byte.
 */
export function exportReadAudit(ctx: IntegrationContext, raw: AuditFilterInput): AsyncGenerator<string> {
  requireAuditReader(ctx);
  const filter = auditFilterSchema.parse(raw);
  return (async function* lines() {
    yield UTF8_BOM + csvRow(HEADER);
    let beforeId: number | null = null;
    for (;;) {
      const rows = await listAuditRows(ctx.tables, ctx.account.id, filter, beforeId, BATCH);
      for (const r of rows) {
        const fields = (JSON.parse(r.fields) as string[]).join('; ');
        yield csvRow([r.created_at, r.agent_id, r.agent_name, r.chat_id, r.record_type, r.record_id, r.record_name, fields, r.acting_user_id]);
      }
      if (rows.length < BATCH) return;
      beforeId = rows[rows.length - 1]!.id;
    }
  })();
}
