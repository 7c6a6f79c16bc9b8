import type { AgentView, ChatView, LogEntry } from '../types';

export type OpenChat = ChatView & { unreadCount: number };
export type PendingMessage = { chatId: string; clientId: string; text: string };

export type LiveState = {
  connected: boolean;
  error: string | null;
  me: AgentView | null;
  incoming: ChatView[];
  chats: OpenChat[];
  logs: Record<string, LogEntry[]>;
  pending: PendingMessage[];
  typing: Record<string, boolean>;
};

export const initialLiveState: LiveState = { connected: false, error: null, me: null, incoming: [], chats: [], logs: {}, pending: [], typing: {} };

export type LiveAction =
  | { type: 'connected'; connected: boolean; error?: string | null }
  | { type: 'hello'; me: AgentView; incoming: ChatView[]; chats: OpenChat[] }
  | { type: 'status'; status: AgentView['status'] }
  | { type: 'incoming'; chat: ChatView }
  | { type: 'gone'; chatId: string }
  | { type: 'assigned'; chat: ChatView }
  | { type: 'updated'; chat: ChatView }
  | { type: 'log'; entries: LogEntry[]; viewing: string | null }
  | { type: 'typing'; chatId: string; typing: boolean }
  | { type: 'read'; chatId: string }
  | { type: 'visitor'; chatId: string; visitor: ChatView['visitor'] }
  | { type: 'pending'; message: PendingMessage }
  | { type: 'unpend'; clientId: string }
  | { type: 'close'; chatId: string };

const mergeEntries = (known: LogEntry[] = [], incoming: LogEntry[]): LogEntry[] => {
  const seen = new Set(known.map((e) => e.seq));
  const fresh = incoming.filter((e) => !seen.has(e.seq));
  return fresh.length ? [...known, ...fresh].sort((a, b) => a.seq - b.seq) : known;
};

const patchChat = (chats: OpenChat[], chat: ChatView): OpenChat[] =>
  chats.map((c) => (c.id === chat.id ? { ...c, ...chat, unreadCount: c.unreadCount } : c));

/** Everything the dashboard shows live, kept by the pushes of docs/chat.md. */
export function liveReducer(state: LiveState, action: LiveAction): LiveState {
  switch (action.type) {
    case 'connected':
      return { ...state, connected: action.connected, error: action.error ?? null };
    case 'hello': {
      // Ended chats the agent still has open stay until closed; open ones come from the server.
      const kept = state.chats.filter((c) => c.status === 'ended' && !action.chats.some((n) => n.id === c.id));
      return { ...state, me: action.me, incoming: action.incoming, chats: [...action.chats, ...kept] };
    }
    case 'status':
      return state.me ? { ...state, me: { ...state.me, status: action.status, available: action.status === 'online' } } : state;
    case 'incoming':
      if (state.incoming.some((c) => c.id === action.chat.id) || state.chats.some((c) => c.id === action.chat.id)) return state;
      return { ...state, incoming: [...state.incoming, action.chat] };
    case 'gone':
      return { ...state, incoming: state.incoming.filter((c) => c.id !== action.chatId) };
    case 'assigned': {
      const incoming = state.incoming.filter((c) => c.id !== action.chat.id);
      if (state.chats.some((c) => c.id === action.chat.id)) return { ...state, incoming, chats: patchChat(state.chats, action.chat) };
      return { ...state, incoming, chats: [...state.chats, { ...action.chat, unreadCount: 0 }] };
    }
    case 'updated': {
      const incoming =
        action.chat.status === 'waiting' ? state.incoming.map((c) => (c.id === action.chat.id ? action.chat : c)) : state.incoming.filter((c) => c.id !== action.chat.id);
      return { ...state, incoming, chats: patchChat(state.chats, action.chat) };
    }
    case 'log': {
      const logs = { ...state.logs };
      let chats = state.chats;
      let typing = state.typing;
      for (const entry of action.entries) {
        const before = logs[entry.chatId]?.length ?? 0;
        logs[entry.chatId] = mergeEntries(logs[entry.chatId], [entry]);
        const isNew = logs[entry.chatId].length > before;
        if (isNew && entry.type === 'chat.msg' && entry.author.kind === 'visitor') {
          if (entry.chatId !== action.viewing) chats = chats.map((c) => (c.id === entry.chatId ? { ...c, unreadCount: c.unreadCount + 1 } : c));
          if (typing[entry.chatId]) typing = { ...typing, [entry.chatId]: false };
        }
      }
      const stored = new Set(action.entries.map((e) => e.clientId).filter(Boolean));
      const pending = state.pending.filter((p) => !stored.has(p.clientId));
      return { ...state, logs, chats, typing, pending };
    }
    case 'typing':
      return { ...state, typing: { ...state.typing, [action.chatId]: action.typing } };
    case 'read':
      return { ...state, chats: state.chats.map((c) => (c.id === action.chatId ? { ...c, unreadCount: 0 } : c)) };
    case 'visitor': {
      const update = (c: ChatView) => (c.id === action.chatId ? { ...c, visitor: action.visitor } : c);
      return { ...state, incoming: state.incoming.map(update), chats: state.chats.map((c) => ({ ...update(c), unreadCount: c.unreadCount })) };
    }
    case 'pending':
      return { ...state, pending: [...state.pending, action.message] };
    case 'unpend':
      return { ...state, pending: state.pending.filter((p) => p.clientId !== action.clientId) };
    case 'close':
      return { ...state, chats: state.chats.filter((c) => c.id !== action.chatId) };
  }
}
