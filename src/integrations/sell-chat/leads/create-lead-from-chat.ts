import { nowIso } from '../../../platform/db/time.ts';
import { inOneTransaction } from '../../../platform/db/transaction.ts';
import { appendEvent } from '../../../platform/events/append-event.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requireChatAgent, resolveSellAccess } from '../access/resolve-sell-access.ts';
import { loadAgentChat } from '../chats/load-agent-chat.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { peopleByIds } from '../people.repo.ts';
import { agentNoteText } from '../notes/agent-note.ts';
import { ownerRuleInput } from '../owners/owner-rule-input.ts';
import { decideOwner, type OwnerRule, type OwnerWarning } from '../owners/owner-rules.ts';
import '../sell-chat-events.ts';
import { sellChatDb } from '../sell-chat-tables.ts';
import { withFieldNames } from '../sell-field-errors.ts';
import { displayNameOf, type SellView } from '../sell/sell-records.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import { loadSettings } from '../settings/integration-settings.ts';
import { leadFromChatSchema, type LeadFromChatInput } from './lead-from-chat-input.ts';
import { insertLeadOrigin } from './lead-origins.repo.ts';
import { splitVisitorName, UNNAMED_VISITOR } from './split-visitor-name.ts';

export type LeadFromChat = {
  lead: { id: number; name: string; ownerId: number | null; status: string | null; sourceId: number | null; chatId: string };
  /** The entry or rule that named the owner, and the user who got the lead (a pool's pick, B-4). */
  owner: { kind: 'user' | 'pool'; id: number; name: string; rule: OwnerRule; assignedTo: { id: number; name: string } | null };
  noteId: number | null;
  warnings: OwnerWarning[];
};

const SELL_FIELDS = { first_name: 'firstName', last_name: 'lastName', email: 'email', phone: 'phone', owner_id: 'owner', pool_id: 'owner', content: 'note' };

/**
 * W-2: a lead from the visitor of a chat, as the Sell user the access policy names (S-12, S-13), with
 * the owner the rules give (S-16 … S-18, O-3, O-4), and the status and source of S-14/S-15. Refused
 * while the visitor matches a lead or contact (O-6). The lead remembers its chat, so its feed can link it.
 * One transaction: the lead, its link to the chat, the event and the note, all or nothing.
 */
export async function createLeadFromChat(ctx: IntegrationContext, chatId: string, raw: LeadFromChatInput): Promise<LeadFromChat> {
  const agent = requireChatAgent(ctx);
  const input = leadFromChatSchema.parse(raw);
  const chat = await loadAgentChat(ctx, agent, chatId);
  const settings = await loadSettings(ctx.tables, ctx.account.id);
  const access = await resolveSellAccess(ctx, settings, 'write');

  const email = input.email === undefined ? chat.visitor.email : input.email || null;
  const phone = input.phone === undefined ? chat.visitor.phone : input.phone || null;
  const { matches } = await sellGateway.matchVisitor(access.sell, { email, phone });
  if (matches.length > 0) {
    const m = matches[0]!;
    const name = displayNameOf(m.resourceType, (m.resourceType === 'lead' ? m.lead : m.contact) as SellView);
    throw new AppError(409, 'visitor_in_sell', `This visitor is already in Sell as ${name}, so no lead is created. Add a note for the rep instead.`, undefined, undefined, {
      match: { type: m.resourceType, id: m.id, name },
    });
  }

  const owner = decideOwner(await ownerRuleInput(ctx, settings, agent, access.sell, access.actingUser), input.owner);
  const [statuses, sources] = await Promise.all([sellGateway.leadStatuses(access.sell), sellGateway.leadSources(access.sell)]);
  const status = statuses.find((s) => s.id === settings.assignStatusId)?.name; // unset or deleted: Sell's default (O-2)
  const sourceId = sources.find((s) => s.id === settings.assignSourceId)?.id;
  const prefill = splitVisitorName(chat.visitor.name);
  const firstName = input.firstName ?? prefill.firstName;
  const lastName = input.lastName ?? prefill.lastName;

  const leadInput = {
    first_name: firstName || null,
    // O-7: a lead needs a last name; an agent who cleared both names gets the unnamed visitor's.
    last_name: lastName || (firstName ? null : UNNAMED_VISITOR),
    email,
    phone,
    ...(status ? { status } : {}),
    ...(sourceId ? { source_id: sourceId } : {}),
    ...(owner.owner.kind === 'pool' ? { pool_id: owner.owner.id } : { owner_id: owner.owner.id }),
  };
  // One transaction: a failure anywhere leaves no lead behind, and the agent can simply try again.
  const { lead, note } = await inOneTransaction(ctx.db, async (db) => {
    const sellAs = { ...access.sell, db };
    // The note is written with the lead, so it stays with it even when the lead goes to an owner
    // whose records the acting Sell user cannot see.
    const made: { lead: Awaited<ReturnType<typeof sellGateway.createLead>>; note: { id: number } | null } = await withFieldNames(SELL_FIELDS, () =>
      input.note
        ? sellGateway.createLeadWithNote(sellAs, leadInput, agentNoteText(agent.name, input.note))
        : sellGateway.createLead(sellAs, leadInput).then((lead) => ({ lead, note: null })),
    );
    const tables = sellChatDb(db);
    await insertLeadOrigin(tables, { account_id: ctx.account.id, lead_id: made.lead.id, chat_id: chat.id, agent_id: agent.id, created_at: nowIso() });
    await appendEvent(tables, ctx.account.id, 'sell_chat.lead_created', {
      accountId: ctx.account.id,
      leadId: made.lead.id,
      chatId: chat.id,
      agentId: agent.id,
      actingUserId: access.actingUser.id,
      ownerId: made.lead.owner_id,
      ownerRule: owner.rule,
    });
    return made;
  });

  const [assignee] = lead.owner_id === null ? [] : await peopleByIds(ctx.tables, ctx.account.id, [lead.owner_id]);
  return {
    lead: { id: lead.id, name: displayNameOf('lead', lead as unknown as SellView), ownerId: lead.owner_id, status: lead.status, sourceId: lead.source_id, chatId: chat.id },
    owner: { ...owner.owner, name: owner.name, rule: owner.rule, assignedTo: assignee ? { id: assignee.id, name: assignee.name } : null },
    noteId: note?.id ?? null,
    warnings: owner.warnings,
  };
}
