import type { ChatView, LogEntry } from '../../../chat/index.ts';
import type { ExternalFeedLine } from '../../../sell/index.ts';

/** The group past chats form in Sell's feeds: hidden and shown as one (S-25). */
export const PAST_CHATS_GROUP = 'chat';

export type ChatAgent = { id: number; name: string };

/** What a chat item of a Sell feed shows (W-5): who talked, when, and how it went; the transcript is its lines. */
export type PastChatData = {
  chatId: string;
  status: ChatView['status'];
  visitor: { name: string | null; email: string | null };
  agents: ChatAgent[];
  startedAt: string;
  endedAt: string | null;
  missed: boolean;
  rating: 'good' | 'bad' | null;
};

/** One transcript line: a message as its author wrote it (plain text, never HTML). */
export type TranscriptLine = { author: { kind: LogEntry['author']['kind']; agentId: number | null; name: string }; text: string; createdAt: string };

/** The chat's item as Sell stores it, from the chat and its log as Chat gives them. */
export function pastChatData(chat: ChatView, log: LogEntry[]): PastChatData {
  const agents: ChatAgent[] = [];
  for (const entry of log) {
    if (entry.author.kind === 'agent' && entry.author.agentId !== null) addAgent(agents, { id: entry.author.agentId, name: entry.author.name });
  }
  if (chat.agent) addAgent(agents, chat.agent);
  return {
    chatId: chat.id,
    status: chat.status,
    visitor: { name: chat.visitor.name, email: chat.visitor.email },
    agents,
    startedAt: chat.startedAt,
    endedAt: chat.endedAt,
    missed: chat.missed,
    rating: chat.rating,
  };
}

/** The log's messages as transcript lines, by their seq (other entries are not part of the transcript). */
export function transcriptLines(log: LogEntry[]): ExternalFeedLine[] {
  return log.filter((e) => e.type === 'chat.msg').map((e) => transcriptLine(e.seq, e.author, e.text, e.createdAt));
}

export function transcriptLine(seq: number, author: TranscriptLine['author'], text: string, createdAt: string): ExternalFeedLine {
  const line: TranscriptLine = { author: { kind: author.kind, agentId: author.agentId, name: author.name }, text, createdAt };
  return { seq, data: line };
}

/** The data with this agent among its agents; null when they already were (nothing to write). */
export function withAgent(data: PastChatData, agent: ChatAgent): PastChatData | null {
  if (data.agents.some((a) => a.id === agent.id)) return null;
  return { ...data, agents: [...data.agents, agent], status: data.status === 'waiting' ? 'active' : data.status };
}

function addAgent(agents: ChatAgent[], agent: ChatAgent) {
  if (!agents.some((a) => a.id === agent.id)) agents.push({ id: agent.id, name: agent.name });
}
