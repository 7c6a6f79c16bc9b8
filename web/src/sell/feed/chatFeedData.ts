import type { FeedItem } from '../api/types';

export interface ChatTranscriptLine {
  seq: number;
  author: { kind: 'visitor' | 'agent' | 'system'; name: string };
  /** Exactly as the author typed it: plain text from the internet, shown as text, never as HTML. */
  text: string;
  createdAt: string;
}

/** A chat item's data (W-5) as the feed API returns it, read defensively. */
export interface ChatFeedData {
  chatId: string;
  status: 'waiting' | 'active' | 'ended';
  visitor: { name: string | null; email: string | null };
  agents: { id: number; name: string }[];
  startedAt: string;
  endedAt: string | null;
  missed: boolean;
  transcript: ChatTranscriptLine[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

function line(value: unknown, index: number): ChatTranscriptLine {
  const raw = record(value);
  const author = record(raw.author);
  const kind = author.kind === 'agent' || author.kind === 'system' ? author.kind : 'visitor';
  return { seq: index, author: { kind, name: text(author.name) ?? '' }, text: typeof raw.text === 'string' ? raw.text : '', createdAt: text(raw.createdAt) ?? '' };
}

export function chatFeedData(item: FeedItem): ChatFeedData {
  const data = item.data;
  const visitor = record(data.visitor);
  const status = data.status === 'active' || data.status === 'ended' ? data.status : 'waiting';
  return {
    chatId: text(data.chatId) ?? '',
    status,
    visitor: { name: text(visitor.name), email: text(visitor.email) },
    agents: Array.isArray(data.agents) ? data.agents.map(record).map((a) => ({ id: Number(a.id), name: text(a.name) ?? '' })) : [],
    startedAt: text(data.startedAt) ?? item.occurred_at,
    endedAt: text(data.endedAt),
    missed: data.missed === true,
    transcript: Array.isArray(data.transcript) ? data.transcript.map(line) : [],
  };
}

/** What to call the visitor: their name, else their email; null when they gave neither. */
export function visitorLabel(chat: ChatFeedData): string | null {
  return chat.visitor.name ?? chat.visitor.email;
}
