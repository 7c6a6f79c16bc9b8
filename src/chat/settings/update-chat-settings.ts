import type { ChatContext } from '../chat-context.ts';
import { requireChatAdmin } from '../agents/chat-guards.ts';
import { loadChatSettings, toChatSettings, type ChatSettings } from './chat-settings.ts';
import { updateSettingsSchema, type UpdateSettingsInput } from './settings-input.ts';
import { upsertSettings } from './settings.repo.ts';

/** Routing, chat limit and the widget's look; Chat owner or admin only. */
export async function updateChatSettings(ctx: ChatContext, rawInput: UpdateSettingsInput): Promise<ChatSettings> {
  requireChatAdmin(ctx, 'Only the Chat owner or a Chat admin can change Chat settings.');
  const input = updateSettingsSchema.parse(rawInput);
  return ctx.chat.transaction().execute(async (trx) => {
    const current = await loadChatSettings(trx, ctx.account.id);
    const widget = { ...current.widget, ...input.widget, prechat: { ...current.widget.prechat, ...input.widget?.prechat } };
    const row = await upsertSettings(trx, {
      account_id: ctx.account.id,
      routing_mode: input.routingMode ?? current.routingMode,
      chat_limit: input.chatLimit ?? current.chatLimit,
      reassignment_timeout_seconds: input.reassignmentTimeoutSeconds ?? current.reassignmentTimeoutSeconds,
      widget_color: widget.color.toLowerCase(),
      greeting: widget.greeting,
      offline_greeting: widget.offlineGreeting,
      prechat_name: widget.prechat.name,
      prechat_email: widget.prechat.email,
      prechat_phone: widget.prechat.phone,
      updated_at: ctx.now(),
    });
    return toChatSettings(row);
  });
}
