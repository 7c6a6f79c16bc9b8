import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createAccount } from '../src/platform/accounts/create-account.ts';
import { connectDatabase } from '../src/platform/db/connect.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import type { Benchmark, BenchRow } from './support/bench-types.ts';
import { startChild } from './support/child-server.ts';
import { percentile } from './support/percentile.ts';

const PORT = 3905;
const PASSWORD = 'bench owner password';
const MESSAGES = Number(process.env.BENCH_FEED_MESSAGES ?? 200);
const POLL_MS = Number(process.env.BENCH_FEED_POLL_MS ?? 1000);
const TIMEOUT_MS = 5000;
const EMAIL = 'visitor@feed-bench.test';

type Session = { cookie: string; csrf: string };
type Answer = { ok: boolean; error?: { code: string; message: string }; [key: string]: unknown };

async function prepareInstall(dataDir: string) {
  const db = connectDatabase({ dataDir });
  try {
    await migrateToLatest(db);
    await createAccount(db, { accountName: 'Feed', subdomain: 'feed', ownerName: 'Owner', email: 'owner@feed.test', password: PASSWORD });
  } finally {
    await db.close();
  }
}

async function signIn(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@feed.test', password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function call(base: string, session: Session, method: string, url: string, body?: unknown) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<any>;
}

function connect(url: string, options: { cookie?: string; auth?: Record<string, unknown> }): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...(options.cookie ? { extraHeaders: { cookie: options.cookie } } : {}), ...(options.auth ? { auth: options.auth } : {}) });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function request(socket: Socket, event: string, payload: unknown): Promise<Answer> {
  const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Answer;
  if (!ack.ok) throw new Error(`${event}: ${ack.error?.code} ${ack.error?.message}`);
  return ack;
}

/** The texts of the lead's newest chat item, read the way the web app reads its feed. */
async function feedTexts(base: string, session: Session, leadId: number): Promise<Set<string>> {
  const page = await call(base, session, 'GET', `/v2/leads/${leadId}/feed?type=chat&per_page=1`);
  const transcript = (page.items[0]?.data.data.transcript ?? []) as { text: string }[];
  return new Set(transcript.map((l) => l.text));
}

type Measured = { pushed: number[]; polled: number[]; acks: number[]; missed: number };

/**
 * The lead's feed is open in "a browser": a socket on Sell's namespace watching it, reading the feed
 * again on every `feed:changed` (what the web app does), and beside it a client polling every
 * POLL_MS. A visitor sends MESSAGES messages one at a time over their socket; for each: the time to
 * its acknowledgement (the baseline: the message itself is stored), and the time until each reader
 * has it on screen.
 */
async function measure(base: string, session: Session, leadId: number, visitor: Socket, chatId: string, feed: Socket): Promise<Measured> {
  const result: Measured = { pushed: [], polled: [], acks: [], missed: 0 };
  const open = new Map<string, { at: number; pushedDone: boolean; polledDone: boolean; resolve: () => void }>();
  let reading = false;
  let again = false;
  // One read at a time, and one more if a push came during it: like a query that is invalidated while fetching.
  const readPushed = async () => {
    if (reading) return void (again = true);
    reading = true;
    try {
      do {
        again = false;
        const texts = await feedTexts(base, session, leadId);
        const now = performance.now();
        for (const [text, m] of open) {
          if (!m.pushedDone && texts.has(text)) {
            m.pushedDone = true;
            result.pushed.push(now - m.at);
            m.resolve();
          }
        }
      } while (again);
    } finally {
      reading = false;
    }
  };
  feed.on('feed:changed', (record: { resourceType: string; resourceId: number }) => {
    if (record.resourceType === 'lead' && record.resourceId === leadId) void readPushed();
  });
  let polling = true;
  const poller = (async () => {
    while (polling) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const texts = await feedTexts(base, session, leadId);
      const now = performance.now();
      for (const [text, m] of open) {
        if (!m.polledDone && texts.has(text)) {
          m.polledDone = true;
          result.polled.push(now - m.at);
        }
      }
    }
  })();

  for (let i = 0; i < MESSAGES; i++) {
    // Messages come at any moment relative to the server's outbox polling.
    await new Promise((r) => setTimeout(r, Math.random() * 100));
    const text = `Message ${i} ${crypto.randomUUID()}`;
    const shown = new Promise<void>((resolve) => open.set(text, { at: performance.now(), pushedDone: false, polledDone: false, resolve }));
    const at = open.get(text)!.at;
    await request(visitor, 'chat:message', { chatId, clientId: `bench-${i}`, text });
    result.acks.push(performance.now() - at);
    const timedOut = await Promise.race([shown.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), TIMEOUT_MS))]);
    if (timedOut) result.missed += 1;
  }
  // Let the poller catch the last ones, then stop it.
  await new Promise((r) => setTimeout(r, POLL_MS + 200));
  polling = false;
  await poller;
  return result;
}

/**
 * O-8, end to end on a real server (src/main.ts on SQLite, its own process, the outbox polled as in
 * production): a visitor's message over a real socket → stored → projected into the matching lead's
 * feed by the outbox → pushed to the open feed → read through the Sell API. Target p99 ≤ 1 s.
 */
export const benchmark: Benchmark = {
  name: 'message-to-feed',
  description: `${MESSAGES} visitor messages, each until it shows in the open Sell feed of the visitor's lead (push, and a ${POLL_MS} ms poll beside it); baseline: the message's own ack`,
  async run() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-feed-'));
    const sockets: Socket[] = [];
    try {
      await prepareInstall(dataDir);
      const base = `http://127.0.0.1:${PORT}`;
      const tandem = await startChild(
        'src/main.ts',
        { DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHAT_MESSAGES_PER_MINUTE: '1000000', REDIS_URL: '', DATABASE_URL: '' },
        `${base}/healthz`,
      );
      try {
        const session = await signIn(base);
        await call(base, session, 'PATCH', '/api/integrations/sell-chat/settings', { pastChatsEnabled: true });
        const lead = (await call(base, session, 'POST', '/v2/leads', { data: { first_name: 'Bench', last_name: 'Visitor', email: EMAIL } })).data as { id: number };

        const agent = await connect(`${base}/chat/agent`, { cookie: session.cookie });
        const feed = await connect(`${base}/sell`, { cookie: session.cookie });
        const visitor = await connect(`${base}/chat/visitor`, { auth: { visitorKey: crypto.randomBytes(16).toString('hex') } });
        sockets.push(agent, feed, visitor);
        await request(agent, 'agent:hello', {});
        await request(feed, 'feed:watch', { resourceType: 'lead', resourceId: lead.id });
        await request(visitor, 'visitor:hello', {});
        const { chat } = (await request(visitor, 'chat:start', { name: 'Bench Visitor', email: EMAIL })) as unknown as { chat: { id: string } };
        await request(agent, 'chat:serve', { chatId: chat.id });

        const m = await measure(base, session, lead.id, visitor, chat.id, feed);
        const ms = (v: number) => Math.round(v * 10) / 10;
        console.log(`  ${m.pushed.length} seen through the push, ${m.polled.length} through the poll, ${m.missed} not within ${TIMEOUT_MS} ms`);
        const rows: Omit<BenchRow, 'ratio'>[] = [
          { name: 'message-to-feed push p50', value: ms(percentile(m.pushed, 50)), unit: 'ms', baseline: ms(percentile(m.acks, 50)) },
          { name: 'message-to-feed push p99', value: ms(percentile(m.pushed, 99)), unit: 'ms', baseline: ms(percentile(m.acks, 99)) },
          { name: `message-to-feed ${POLL_MS} ms poll p50`, value: ms(percentile(m.polled, 50)), unit: 'ms', baseline: ms(percentile(m.acks, 50)) },
          { name: `message-to-feed ${POLL_MS} ms poll p99`, value: ms(percentile(m.polled, 99)), unit: 'ms', baseline: ms(percentile(m.acks, 99)) },
          { name: 'message-to-feed not shown in 5 s', value: m.missed, unit: 'messages', baseline: 0 },
        ];
        return rows;
      } finally {
        for (const s of sockets) s.disconnect();
        await tandem.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
