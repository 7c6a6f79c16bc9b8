import { nowIso } from '../../../platform/db/time.ts';
import { appendEvent } from '../../../platform/events/append-event.ts';
import { requireChatAgent, resolveSellAccess } from '../access/resolve-sell-access.ts';
import { loadAgentChat } from '../chats/load-agent-chat.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { toNotificationView } from '../notifications/notification-view.ts';
import { insertNotification } from '../notifications/notifications.repo.ts';
import { peopleByIds } from '../people.repo.ts';
import '../sell-chat-events.ts';
import { withFieldNames } from '../sell-field-errors.ts';
import { displayNameOf } from '../sell/sell-records.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import { loadSettings } from '../settings/integration-settings.ts';
import { agentNoteText } from './agent-note.ts';
import { noteForRepSchema, type NoteForRepInput } from './note-for-rep-input.ts';

const PREVIEW_CHARS = 500;

export type NoteForRep = { noteId: number; notified: { id: number; name: string } | null };

/**
 * W-3: the agent adds a note to a record they can see (Sell checks, as the acting user) and its owner
 * is told: a notification row and an outbox event in one transaction; the event's handler pushes it to
 * the owner's open Sell pages. The agent is not notified of their own note.
 */
export async function addNoteForRep(ctx: IntegrationContext, chatId: string, raw: NoteForRepInput): Promise<NoteForRep> {
  const agent = requireChatAgent(ctx);
  const input = noteForRepSchema.parse(raw);
  const chat = await loadAgentChat(ctx, agent, chatId);
  const settings = await loadSettings(ctx.tables, ctx.account.id);
  const access = await resolveSellAccess(ctx, settings, 'write');
  const record = await sellGateway.record(access.sell, input.recordType, input.recordId);
  const note = await withFieldNames({ content: 'content', resource_id: 'recordId' }, () =>
    sellGateway.createNote(access.sell, { resource_type: input.recordType, resource_id: record.id, content: agentNoteText(agent.name, input.content) }),
  );

  const [owner] = record.owner_id !== null && record.owner_id !== agent.id ? await peopleByIds(ctx.tables, ctx.account.id, [record.owner_id]) : [];
  if (!owner || owner.active !== 1) return { noteId: note.id, notified: null };
  await ctx.tables.transaction().execute(async (trx) => {
    const row = await insertNotification(trx, {
      account_id: ctx.account.id,
      user_id: owner.id,
      kind: 'note_for_rep',
      actor_id: agent.id,
      actor_name: agent.name,
      chat_id: chat.id,
      record_type: input.recordType,
      record_id: record.id,
      record_name: displayNameOf(input.recordType, record),
      note_id: note.id,
      text: input.content.trim().slice(0, PREVIEW_CHARS),
      created_at: nowIso(),
      read_at: null,
    });
    await appendEvent(trx, ctx.account.id, 'sell_chat.rep_notified', { accountId: ctx.account.id, userId: owner.id, notification: toNotificationView(row) });
  });
  return { noteId: note.id, notified: { id: owner.id, name: owner.name } };
}
