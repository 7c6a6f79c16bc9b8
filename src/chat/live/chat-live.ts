import type { AgentPushes, VisitorPushes } from './pushes.ts';

/**
 * How Chat's operations reach people while they are connected, on whichever node their socket is.
 * Operations call it after their transaction commits; nothing here is needed for correctness of
 * stored data, which the client catches up on with `chat:history` after a reconnect.
 */
export interface ChatLive {
  toAgents<E extends keyof AgentPushes>(rooms: string | string[], event: E, payload: AgentPushes[E]): void;
  toVisitors<E extends keyof VisitorPushes>(rooms: string | string[], event: E, payload: VisitorPushes[E]): void;
  /** Every agent socket in room `from` joins (or leaves) `room`. */
  joinAgents(from: string, room: string): void;
  leaveAgents(from: string, room: string): void;
  /** Every visitor socket in room `from` joins `room`. */
  joinVisitors(from: string, room: string): void;
  /** Ids of the agents with a connected socket and status Online, across nodes. */
  availableAgentIds(accountId: number): Promise<number[]>;
  /** The user's roles or state changed: their open sockets are checked again at once, on every node. */
  recheckUser(userId: number): Promise<void>;
}

/** For the command line (demo): nobody is connected; the given agents count as available. */
export function offlineChatLive(availableIds: number[] = []): ChatLive {
  return {
    toAgents: () => {},
    toVisitors: () => {},
    joinAgents: () => {},
    leaveAgents: () => {},
    joinVisitors: () => {},
    availableAgentIds: async () => availableIds,
    recheckUser: async () => {},
  };
}
