import type { FastifyBaseLogger } from 'fastify';
import type { ChatServices } from '../../../chat/index.ts';
import { findAccountById } from '../../../platform/accounts/accounts.repo.ts';
import type { Db } from '../../../platform/db/connect.ts';
import { nowIso } from '../../../platform/db/time.ts';
import { inOneTransaction } from '../../../platform/db/transaction.ts';
import { appendEvent } from '../../../platform/events/append-event.ts';
import type { EventCatalogue } from '../../../platform/events/catalogue.ts';
import { findUserById } from '../../../platform/identity/users.repo.ts';
import { findFeedRecordsByEmails } from '../../../sell/index.ts';
import { appConnection, SELL_FOR_CHAT } from '../access/app-connections.ts';
import { integrationContext } from '../integration-context.ts';
import { splitVisitorName, UNNAMED_VISITOR } from '../leads/split-visitor-name.ts';
import { ownerRuleInput } from '../owners/owner-rule-input.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import { loadSettings } from '../settings/integration-settings.ts';
import { sellChatDb } from '../sell-chat-tables.ts';
import { claimOfflineMessage, setOfflineMessageLead } from './offline-leads.repo.ts';
import { offlineMessageOwner } from './offline-message-owner.ts';
import './past-chats-events.ts';

type OfflineMessage = EventCatalogue['offline_message.created'];

/**
 * B-2: with "offline messages create leads" on, an offline message whose email no lead or contact
 * carries becomes a lead under the rules of Create lead (status S-14, source S-15, owner S-16 … S-18),
 * made as the Sell user the Sell app acts as (its grant), with the message as a note. The lead, its
 * note and the event commit in one transaction that first claims the offline message (its key in
 * sell_chat_offline_leads): a replay, or a second node delivering the same event at the same moment,
 * finds the claim taken and makes no second lead.
 */
export async function createLeadFromOfflineMessage(
  services: { db: Db; chatServices: ChatServices; log: Pick<FastifyBaseLogger, 'warn'> },
  message: OfflineMessage,
): Promise<void> {
  const { db } = services;
  const settings = await loadSettings(sellChatDb(db), message.accountId);
  if (!settings.enabled || !settings.offlineLeadsEnabled) return;
  const matches = await findFeedRecordsByEmails({ db, accountId: message.accountId }, [message.email]);
  if (matches.some((r) => r.resourceType !== 'deal')) return;

  const account = await findAccountById(db.kysely, message.accountId);
  const actingUser = await grantUser(db, message.accountId);
  if (!account || !actingUser) {
    services.log.warn({ accountId: message.accountId, offlineMessageId: message.offlineMessageId }, 'offline message not turned into a lead: the Sell app is not connected with write access');
    return;
  }
  const sellAs = { db, account, actor: actingUser };
  const ctx = integrationContext(sellAs, services.chatServices);
  const owner = offlineMessageOwner(await ownerRuleInput(ctx, settings, actingUser, sellAs, actingUser));
  const [statuses, sources] = await Promise.all([sellGateway.leadStatuses(sellAs), sellGateway.leadSources(sellAs)]);
  const status = statuses.find((s) => s.id === settings.assignStatusId)?.name;
  const sourceId = sources.find((s) => s.id === settings.assignSourceId)?.id;
  const name = splitVisitorName(message.name);
  await inOneTransaction(db, async (trxDb) => {
    const tables = sellChatDb(trxDb);
    if (!(await claimOfflineMessage(tables, message.accountId, message.offlineMessageId, nowIso()))) return; // another node made it
    const sellAsInTrx = { ...sellAs, db: trxDb };
    const lead = await sellGateway.createLead(sellAsInTrx, {
      first_name: name.firstName || null,
      last_name: name.lastName || UNNAMED_VISITOR,
      email: message.email,
      phone: message.phone,
      ...(status ? { status } : {}),
      ...(sourceId ? { source_id: sourceId } : {}),
      ...(owner.owner.kind === 'pool' ? { pool_id: owner.owner.id } : { owner_id: owner.owner.id }),
    });
    await sellGateway.createNote(sellAsInTrx, { resource_type: 'lead', resource_id: lead.id, content: `${message.name} (offline message): ${message.message.trim()}` });
    await setOfflineMessageLead(tables, message.accountId, message.offlineMessageId, lead.id);
    await appendEvent(tables, message.accountId, 'sell_chat.offline_lead_created', {
      accountId: message.accountId,
      leadId: lead.id,
      offlineMessageId: message.offlineMessageId,
      actingUserId: actingUser.id,
      ownerId: lead.owner_id,
      ownerRule: owner.rule,
    });
  });
}

/** The active Sell user whose grant the Sell app holds, with write access; undefined when there is none. */
async function grantUser(db: Db, accountId: number) {
  const connection = await appConnection(db, accountId, SELL_FOR_CHAT);
  if (connection.state !== 'active' || !connection.grant || !connection.grant.scopes.includes('write')) return undefined;
  const user = await findUserById(db.kysely, accountId, connection.grant.userId);
  return user && user.active === 1 && user.sell_role !== 'none' ? user : undefined;
}
