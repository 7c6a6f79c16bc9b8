import { emailKey } from '../../../platform/contact-keys.ts';
import { requireSellAdmin } from '../admin-guards.ts';
import { visitorEmailPage } from '../chats/visitor-emails.repo.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { countChatAgents } from '../people.repo.ts';
import type { AccessMode } from '../sell-chat-tables.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import { loadSettings } from './integration-settings.ts';

const PAGE = 5000;

export type PastChatExposure = {
  accessMode: AccessMode;
  /** Agents who would see chats in Sell's feeds: Chat agents with Sell access under the access mode. */
  agents: number;
  /** Leads and contacts whose feeds would show chats: an email of theirs is a chat visitor's. */
  records: number;
  /** The same agent count under each access mode, for the dialog's explanation. */
  agentsByMode: Record<AccessMode, number>;
};

/**
 * B-3: before S-10 is confirmed, how many agents would gain sight of how many records. Chats' visitor
 * emails are read page by page (the event loop stays free for chats) and Sell counts the records that
 * carry them, each record once.
 */
export async function countPastChatExposure(ctx: IntegrationContext): Promise<PastChatExposure> {
  const admin = await requireSellAdmin(ctx, 'turn on past chats in Sell');
  const [settings, agents, emails] = await Promise.all([loadSettings(ctx.tables, ctx.account.id), countChatAgents(ctx.tables, ctx.account.id), visitorEmails(ctx)]);
  const records = emails.size ? await sellGateway.countRecordsWithEmails({ ...ctx, actor: admin }, emails) : 0;
  const agentsByMode = { sell_users: agents.withSellSeat, all_agents: agents.all };
  return { accessMode: settings.accessMode, agents: agentsByMode[settings.accessMode], records, agentsByMode };
}

/** Every distinct visitor email of the account's chats, in O-5's form. */
async function visitorEmails(ctx: IntegrationContext): Promise<Set<string>> {
  const emails = new Set<string>();
  let after: { startedAt: string; id: string } | null = null;
  for (;;) {
    const rows = await visitorEmailPage(ctx.db, ctx.account.id, after, PAGE);
    for (const r of rows) {
      const key = emailKey(r.visitor_email);
      if (key) emails.add(key);
    }
    if (rows.length < PAGE) return emails;
    const last = rows[rows.length - 1]!;
    after = { startedAt: last.started_at, id: last.id };
  }
}
