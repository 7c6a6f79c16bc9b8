import { accountRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireVisitor } from '../agents/chat-guards.ts';
import { findOpenChatOfVisitor } from '../conversations/chats.repo.ts';
import { pageSchema, type PageInput } from './visitor-input.ts';
import { toVisitorView } from './visitor-view.ts';
import { updateVisitorRow } from './visitors.repo.ts';

/** The page the visitor is on (the visitor panel shows it); agents of their open chat see it change. */
export async function trackVisitorPage(ctx: ChatContext, rawInput: PageInput): Promise<void> {
  const { id } = requireVisitor(ctx);
  const page = pageSchema.parse(rawInput);
  const visitor = await updateVisitorRow(ctx.chat, ctx.account.id, id, { page_url: page.url, page_title: page.title ?? null, last_seen_at: ctx.now() });
  const chat = await findOpenChatOfVisitor(ctx.chat, ctx.account.id, id);
  if (chat) ctx.live.toAgents(accountRoom(ctx.account.id), 'chat:visitor_updated', { chatId: chat.id, visitor: toVisitorView(visitor) });
}
