import type { FastifyBaseLogger } from 'fastify';
import type { UserNamespace, UserSocket } from '../../platform/realtime/realtime.ts';
import { chatContext, type ChatServices } from '../chat-context.ts';
import { findAgentStatus } from '../agents/agents.repo.ts';
import { loadDashboard } from '../agents/load-dashboard.ts';
import { setAgentStatus } from '../agents/set-agent-status.ts';
import { activeChatsOfAgent } from '../conversations/chats.repo.ts';
import { endChat } from '../conversations/end-chat.ts';
import { markRead } from '../conversations/mark-read.ts';
import { readLog } from '../conversations/read-log.ts';
import { sendMessage } from '../conversations/send-message.ts';
import { serveChat } from '../conversations/serve-chat.ts';
import { transferChat } from '../conversations/transfer-chat.ts';
import { chatRefSchema, typingSchema } from '../conversations/message-input.ts';
import { routeWaitingChats } from '../routing/route-waiting-chats.ts';
import { availableRoom, chatRoom } from './chat-rooms.ts';
import { publishAccountStatus } from './publish-account-status.ts';
import { agentInChat, type SenderLimits } from './sender-limits.ts';
import { socketRequests } from './socket-requests.ts';

/** The agent dashboard's side of Chat on `/chat/agent` (docs/chat.md). */
export function registerAgentSocket(nsp: UserNamespace, services: ChatServices, limits: SenderLimits, log: FastifyBaseLogger) {
  nsp.on('connection', (socket: UserSocket) => {
    const { account } = socket.data;
    const userId = socket.data.user.id;
    // The user as last checked: a role change reaches this socket without a reconnect (Realtime.recheckUser).
    const ctx = () => chatContext(services, account, { kind: 'agent', user: socket.data.user });
    const ready = (async () => {
      const [status, chats] = await Promise.all([findAgentStatus(services.chat, account.id, userId), activeChatsOfAgent(services.chat, account.id, userId)]);
      await socket.join([...(status === 'online' ? [availableRoom(account.id)] : []), ...chats.map((c) => chatRoom(c.id))]);
      if (status === 'online') {
        await publishAccountStatus(ctx());
        await routeWaitingChats(ctx(), userId);
      }
    })();
    ready.catch((error) => log.error({ err: error }, 'agent socket setup failed'));
    const on = socketRequests(socket, log, ready);

    on('agent:hello', () => loadDashboard(ctx()));
    on('agent:status', (p) => setAgentStatus(ctx(), p));
    on('chat:serve', async (p) => {
      const result = await serveChat(ctx(), chatRefSchema.parse(p).chatId);
      await socket.join(chatRoom(result.chat.id)); // in the room before the answer, whatever the adapter's delay
      return result;
    });
    on('chat:message', (p) => sendMessage(ctx(), p), (p) => limits.message(agentInChat(userId, p)));
    on('chat:read', (p) => markRead(ctx(), p));
    on('chat:history', (p) => readLog(ctx(), p));
    on('chat:transfer', (p) => transferChat(ctx(), p));
    on('chat:end', (p) => endChat(ctx(), chatRefSchema.parse(p).chatId));

    socket.on('chat:typing', async (p: unknown) => {
      const parsed = typingSchema.safeParse(p);
      if (!parsed.success || !socket.rooms.has(chatRoom(parsed.data.chatId)) || !(await limits.typing(agentInChat(userId, parsed.data)))) return;
      const { user } = socket.data;
      services.live.toVisitors(chatRoom(parsed.data.chatId), 'chat:typing', { ...parsed.data, agent: { id: user.id, name: user.name } });
    });
    socket.on('disconnect', () => {
      // The last Online tab closing may leave the widgets with nobody to talk to.
      publishAccountStatus(ctx()).catch((error) => log.error({ err: error }, 'account status update failed'));
    });
  });
}
