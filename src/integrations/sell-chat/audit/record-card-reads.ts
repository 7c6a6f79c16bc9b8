import { nowIso } from '../../../platform/db/time.ts';
import type { IntegrationContext } from '../integration-context.ts';
import type { SellAccess } from '../access/resolve-sell-access.ts';
import type { AuditRecordType } from '../sell-chat-tables.ts';
import { insertAuditRows } from './read-audit.repo.ts';

export type ShownRecord = { type: AuditRecordType; id: number; name: string; fields: string[] };

/**
 * B-1: writes what the card is about to show, before it is shown. The rows are one statement, so they
 * are stored together; if they cannot be written the card fails instead of showing data nobody recorded.
 */
export async function recordCardReads(ctx: IntegrationContext, access: SellAccess, chatId: string, shown: ShownRecord[]) {
  const at = nowIso();
  await insertAuditRows(
    ctx.tables,
    shown.map((r) => ({
      account_id: ctx.account.id,
      agent_id: access.agent.id,
      agent_name: access.agent.name,
      acting_user_id: access.actingUser.id,
      chat_id: chatId,
      record_type: r.type,
      record_id: r.id,
      record_name: r.name,
      fields: JSON.stringify(r.fields),
      created_at: at,
    })),
  );
}
