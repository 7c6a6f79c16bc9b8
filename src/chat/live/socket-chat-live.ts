import type { GuestNamespace, UserNamespace } from '../../platform/realtime/realtime.ts';
import type { ChatLive } from './chat-live.ts';
import { availableRoom } from './chat-rooms.ts';

/** ChatLive over the two Socket.IO namespaces; with the Redis adapter every call spans all nodes. */
export function socketChatLive(agents: UserNamespace, visitors: GuestNamespace<unknown>, recheckUser: (userId: number) => Promise<void>): ChatLive {
  return {
    toAgents: (rooms, event, payload) => void agents.to(rooms).emit(event, payload),
    toVisitors: (rooms, event, payload) => void visitors.to(rooms).emit(event, payload),
    joinAgents: (from, room) => agents.in(from).socketsJoin(room),
    leaveAgents: (from, room) => agents.in(from).socketsLeave(room),
    joinVisitors: (from, room) => visitors.in(from).socketsJoin(room),
    availableAgentIds: async (accountId) => {
      const sockets = await agents.in(availableRoom(accountId)).fetchSockets();
      return [...new Set(sockets.map((s) => s.data.user.id))].sort((a, b) => a - b);
    },
    recheckUser,
  };
}
