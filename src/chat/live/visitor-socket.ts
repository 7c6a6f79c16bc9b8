import type { FastifyBaseLogger } from 'fastify';
import type { GuestNamespace, GuestSocket } from '../../platform/realtime/realtime.ts';
import { chatContext, type ChatServices } from '../chat-context.ts';
import type { VisitorRow } from '../chat-tables.ts';
import { toVisitorChatView } from '../conversations/chat-view.ts';
import { findOpenChatOfVisitor } from '../conversations/chats.repo.ts';
import { endChat } from '../conversations/end-chat.ts';
import { markRead } from '../conversations/mark-read.ts';
import { chatRefSchema, typingSchema } from '../conversations/message-input.ts';
import { rateChat } from '../conversations/rate-chat.ts';
import { readLog } from '../conversations/read-log.ts';
import { sendMessage } from '../conversations/send-message.ts';
import { startChat } from '../conversations/start-chat.ts';
import { sendOfflineMessage } from '../offline/send-offline-message.ts';
import { greetVisitor } from '../visitors/greet-visitor.ts';
import { identifyVisitor } from '../visitors/identify-visitor.ts';
import { trackVisitorPage } from '../visitors/track-visitor-page.ts';
import { chatRoom, visitorRoom } from './chat-rooms.ts';
import type { SenderLimits } from './sender-limits.ts';
import { socketRequests } from './socket-requests.ts';

export type VisitorGuest = { visitor: VisitorRow };
type VisitorSocket = GuestSocket<VisitorGuest>;

/** The widget's side of Chat on `/chat/visitor` (docs/chat.md). */
export function registerVisitorSocket(nsp: GuestNamespace<VisitorGuest>, services: ChatServices, limits: SenderLimits, log: FastifyBaseLogger) {
  nsp.on('connection', (socket: VisitorSocket) => {
    const { account, guest } = socket.data;
    const ctx = chatContext(services, account, { kind: 'visitor', visitor: guest.visitor });
    const ready = findOpenChatOfVisitor(services.chat, account.id, guest.visitor.id).then((open) =>
      socket.join([visitorRoom(guest.visitor.id), ...(open ? [chatRoom(open.id)] : [])]),
    );
    const on = socketRequests(socket, log, ready);
    const sender = `visitor:${guest.visitor.id}` as const;
    const counted = () => limits.message(sender);

    on('visitor:hello', (p) => greetVisitor(ctx, p));
    on('visitor:identify', (p) => identifyVisitor(ctx, p));
    on('visitor:page', async (p) => void (await trackVisitorPage(ctx, p)));
    on('chat:start', async (p) => {
      const { chat, entries, created } = await startChat(ctx, p);
      await socket.join(chatRoom(chat.id)); // this socket hears the agent's answer whatever node routes it
      return { chat: toVisitorChatView(chat), entries, created };
    }, counted);
    on('chat:message', (p) => sendMessage(ctx, p), counted);
    on('chat:read', (p) => markRead(ctx, p));
    on('chat:history', (p) => readLog(ctx, p));
    on('chat:rate', async (p) => {
      const { chat, entries } = await rateChat(ctx, p);
      return { chat: toVisitorChatView(chat), entries };
    });
    on('chat:end', async (p) => {
      const { chat, entries } = await endChat(ctx, chatRefSchema.parse(p).chatId);
      return { chat: toVisitorChatView(chat), entries };
    });
    on('offline:send', async (p) => ({ offlineMessage: await sendOfflineMessage(ctx, p) }), counted);

    // Typing is relayed, never stored: only to a chat this socket is in.
    socket.on('chat:typing', async (p: unknown) => {
      const parsed = typingSchema.safeParse(p);
      if (!parsed.success || !socket.rooms.has(chatRoom(parsed.data.chatId))) return;
      if (await limits.typing(sender)) services.live.toAgents(chatRoom(parsed.data.chatId), 'chat:typing', parsed.data);
    });
  });
}
