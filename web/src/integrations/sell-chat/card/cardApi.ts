import { api } from '../../../ui/api';
import { SELL_CHAT_BASE } from '../api/sellChatApi';
import type { ChatCard, CreatedLead, NewLeadInput, NoteForRepAnswer, NoteForRepInput, OwnerOptions } from './cardTypes';

const chatPath = (chatId: string) => `${SELL_CHAT_BASE}/chats/${encodeURIComponent(chatId)}`;

export const fetchChatCard = (chatId: string) => api.get<ChatCard>(`${chatPath(chatId)}/card`);

export const fetchOwnerChoices = () => api.get<OwnerOptions>(`${SELL_CHAT_BASE}/owner-choices`);

export const createLeadFromChat = (chatId: string, input: NewLeadInput) => api.post<CreatedLead>(`${chatPath(chatId)}/leads`, input);

export const addNoteForRep = (chatId: string, input: NoteForRepInput) => api.post<NoteForRepAnswer>(`${chatPath(chatId)}/notes`, input);

/** Query keys of the cards; under 'sell-chat' like the rest of the integration's data. */
export const cardKeys = {
  all: ['sell-chat', 'card'] as const,
  card: (chatId: string, visitorKey: string) => ['sell-chat', 'card', chatId, visitorKey] as const,
  ownerChoices: ['sell-chat', 'owner-choices'] as const,
};
