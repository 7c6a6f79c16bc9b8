import { api } from '../ui/api';
import type { ChatView, Department, HistoryPage, LogEntry, OfflineMessagesPage, OfflineMessageView } from './types';

export type HistoryQuery = { q?: string; visitor?: string; agentId?: string; visitorId?: number; type?: string; from?: string; to?: string; page?: number };

function toSearch(query: HistoryQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '' && value !== null) params.set(key, String(value));
  return params.toString();
}

/** Query keys of the Chat area: pushes from the server refresh what they name. */
export const chatKeys = {
  history: ['chat', 'history'] as const,
  unreadOffline: ['chat', 'offline-messages', 'unread'] as const,
  departments: ['chat', 'departments'] as const,
};

export const chatApi = {
  history: (query: HistoryQuery) => api.get<HistoryPage>(`/api/chat/history?${toSearch(query)}`),
  transcript: (id: string) => api.get<{ chat: ChatView; log: LogEntry[] }>(`/api/chat/chats/${encodeURIComponent(id)}`),
  unreadOfflineMessages: () => api.get<OfflineMessagesPage>('/api/chat/offline-messages?unread=true&perPage=10'),
  markOfflineMessageRead: (id: string) => api.patch<{ offlineMessage: OfflineMessageView }>(`/api/chat/offline-messages/${encodeURIComponent(id)}`, { read: true }),
  departments: () => api.get<{ departments: Department[] }>('/api/chat/departments'),
};
