import crypto from 'node:crypto';
import { expect } from 'vitest';
import {
  chatContext,
  chatDb,
  connectVisitor,
  endChat,
  identifyVisitor,
  offlineChatLive,
  sendMessage,
  sendOfflineMessage,
  serveChat,
  startChat,
  type ChatServices,
} from '../../../src/chat/index.ts';
import { nowIso } from '../../../src/platform/db/time.ts';
import { hashToken } from '../../../src/platform/secrets.ts';
import type { TestApp } from '../../support/test-app.ts';
import { createRecord, makeIntegrationWorld, nextSubdomain, type IntegrationWorld } from './sell-chat-world.ts';

type Who = keyof IntegrationWorld['users'];
type RecordPath = 'leads' | 'contacts' | 'deals';

export type ChatItem = {
  id: number;
  kind: 'chat';
  resource_type: string;
  resource_id: number;
  occurred_at: string;
  data: {
    chatId: string;
    status: string;
    visitor: { name: string | null; email: string | null };
    agents: { id: number; name: string }[];
    startedAt: string;
    endedAt: string | null;
    transcript: { author: { kind: string; agentId: number | null; name: string }; text: string; createdAt: string }[];
  };
};

/**
 * The integration's world (sell-chat-world.ts) set up for past chats: the Sell app installed and the
 * integration on, chats driven through Chat's operations, the outbox drained by hand, feeds read
 * through the Sell API as each user.
 */
export async function makePastChatsWorld(t: TestApp, settings: Record<string, unknown> = { pastChatsEnabled: true }) {
  const w = await makeIntegrationWorld(t, nextSubdomain('past'));
  await w.setUp(settings);
  const { users, account } = w;
  const agentIds = Object.values(users).map((u) => u.id);
  const services: ChatServices = { db: t.db, chat: chatDb(t.db), live: offlineChatLive(agentIds), now: nowIso };
  const agent = (who: Who) => chatContext(services, account, { kind: 'agent', user: users[who] });

  /** Delivers everything in the outbox, including what its handlers add (backfill steps). */
  const settle = async () => {
    for (let round = 0; round < 50; round++) if ((await t.app.events.drain()) === 0) return;
    throw new Error('the outbox did not settle');
  };

  /** A visitor starts a chat from the widget; they and the agents then talk in it. */
  const visitorChat = async (details: { name?: string; email?: string; phone?: string }, first?: string) => {
    const visitor = await connectVisitor(services, account, hashToken(crypto.randomUUID()), { ip: '203.0.113.7', userAgent: 'test' });
    const ctx = chatContext(services, account, { kind: 'visitor', visitor });
    const { chat } = await startChat(ctx, { ...details, ...(first ? { message: { clientId: crypto.randomUUID(), text: first } } : {}) });
    const chatId = chat.id;
    return {
      chatId,
      say: (text: string) => sendMessage(ctx, { chatId, clientId: crypto.randomUUID(), text }),
      identify: (more: { name?: string; email?: string; phone?: string }) => identifyVisitor(ctx, more),
      serve: (who: Who) => serveChat(agent(who), chatId),
      reply: (who: Who, text: string) => sendMessage(agent(who), { chatId, clientId: crypto.randomUUID(), text }),
      end: (who: Who) => endChat(agent(who), chatId),
    };
  };

  /** A visitor leaves an offline message (no agent online). */
  const offlineMessage = async (details: { name: string; email: string; phone?: string; message: string }) => {
    const visitor = await connectVisitor(services, account, hashToken(crypto.randomUUID()), { ip: '203.0.113.8', userAgent: 'test' });
    return sendOfflineMessage(chatContext(services, account, { kind: 'visitor', visitor }), details);
  };

  /** A record's chat items as `who` reads them through the Sell API (newest first). */
  const chatItems = async (who: Who, path: RecordPath, id: number): Promise<ChatItem[]> => {
    const res = await (await w.sell(who)).get(`/v2/${path}/${id}/feed?type=chat`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.map((i: { data: ChatItem }) => i.data);
  };
  const feedStatus = async (who: Who, path: RecordPath, id: number) => (await (await w.sell(who)).get(`/v2/${path}/${id}/feed`)).statusCode;
  const record = (who: Who, path: RecordPath, data: Record<string, unknown>) => createRecord(w, who, path, data);
  const update = async (who: Who, path: RecordPath, id: number, data: Record<string, unknown>) => {
    const res = await (await w.sell(who)).put(`/v2/${path}/${id}`, data);
    expect(res.statusCode, res.body).toBe(200);
  };

  return { ...w, settle, visitorChat, offlineMessage, chatItems, feedStatus, record, update };
}

export type PastChatsWorld = Awaited<ReturnType<typeof makePastChatsWorld>>;

/** What a transcript says, line by line: "author: text". */
export const lines = (item: ChatItem) => item.data.transcript.map((l) => `${l.author.name}: ${l.text}`);
