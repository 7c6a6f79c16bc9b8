import { requireAuditReader } from '../admin-guards.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { auditListSchema, type AuditListInput } from './audit-query.ts';
import { toAuditEntryView, type AuditEntryView } from './audit-view.ts';
import { listAuditRows } from './read-audit.repo.ts';

/** B-1: one page of the read audit, newest first, filtered by agent, record, chat and time. */
export async function listReadAudit(ctx: IntegrationContext, raw: AuditListInput): Promise<{ items: AuditEntryView[]; nextCursor: number | null }> {
  requireAuditReader(ctx);
  const { cursor, limit, ...filter } = auditListSchema.parse(raw);
  const rows = await listAuditRows(ctx.tables, ctx.account.id, filter, cursor ?? null, limit + 1);
  const page = rows.slice(0, limit);
  return { items: page.map(toAuditEntryView), nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
}
