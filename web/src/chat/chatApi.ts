import { api } from '../ui/api';
import type { ChatView, HistoryPage, LogEntry } from './types';

export type HistoryQuery = { q?: string; visitor?: string; agentId?: string; visitorId?: number; type?: string; from?: string; to?: string; page?: number };

function toSearch(query: HistoryQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '' && value !== null) params.set(key, String(value));
  return params.toString();
}

export const chatApi = {
  history: (query: HistoryQuery) => api.get<HistoryPage>(`/api/chat/history?${toSearch(query)}`),
  transcript: (id: string) => api.get<{ chat: ChatView; log: LogEntry[] }>(`/api/chat/chats/${encodeURIComponent(id)}`),
};
