import { emailKey } from '../../platform/contact-keys.ts';
import { forbidden } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { loadChatViews, type ChatView } from './chat-view.ts';
import { chatIdsByVisitorEmail } from './visitor-email.repo.ts';

const MAX_CHATS = 1000;

/**
 * The chats whose visitor gave this email (compared as O-5 compares emails), newest first: what
 * other parts of the system attach to a person (past chats in Sell's feeds, W-5). The system only.
 */
export async function findChatsByVisitorEmail(ctx: ChatContext, email: string, options: { limit?: number } = {}): Promise<ChatView[]> {
  if (ctx.actor.kind !== 'system') throw forbidden('Only Tandem itself looks chats up by email.');
  const key = emailKey(email);
  if (key === null) return [];
  const ids = await chatIdsByVisitorEmail(ctx.chat, ctx.account.id, key, Math.min(options.limit ?? MAX_CHATS, MAX_CHATS));
  return loadChatViews(ctx.chat, ctx.account.id, ids);
}
