import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAccount } from '../src/platform/accounts/create-account.ts';
import { connectDatabase } from '../src/platform/db/connect.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { createUser } from '../src/platform/identity/create-user.ts';
import type { Benchmark, BenchRow } from './support/bench-types.ts';
import { runChatLoad, type ChatLoadOptions, type ChatLoadResult } from './support/chat-load.ts';
import { startChild } from './support/child-server.ts';
import { measureMessageStore } from './support/message-store.ts';

const PASSWORD = 'bench agent password';
const TANDEM_PORT = 3903;
const RELAY_PORT = 3904;

/** Sizes from the environment, defaults from the target: 1,000 chats, 1,000 messages/s in total. */
const options: ChatLoadOptions = {
  chats: Number(process.env.BENCH_CHATS ?? 1000),
  agents: Number(process.env.BENCH_AGENTS ?? 10),
  rate: Number(process.env.BENCH_RATE ?? 1000),
  warmupMs: 2000,
  measureMs: Number(process.env.BENCH_SECONDS ?? 10) * 1000,
};

/** A fresh SQLite install with an account and `count` agents (the owner among them). */
async function prepareInstall(dataDir: string, count: number): Promise<string[]> {
  const db = connectDatabase({ dataDir });
  try {
    await migrateToLatest(db);
    const { account, owner } = await createAccount(db, { accountName: 'Load', subdomain: 'load', ownerName: 'Agent 0', email: 'agent0@load.test', password: PASSWORD });
    const emails = [owner.email];
    for (let i = 1; i < count; i++) {
      const user = await createUser({ db, account, actor: null }, { name: `Agent ${i}`, email: `agent${i}@load.test`, password: PASSWORD, chatRole: 'agent' });
      emails.push(user.email);
    }
    return emails;
  } finally {
    await db.close();
  }
}

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

function rows(ours: ChatLoadResult, bare: ChatLoadResult): Omit<BenchRow, 'ratio'>[] {
  const ms = (v: number) => Math.round(v * 100) / 100;
  return [
    { name: 'chat-load delivered msg/s', value: Math.round(ours.deliveredPerSecond), unit: 'msg/s', baseline: Math.round(bare.deliveredPerSecond) },
    { name: 'chat-load ack p50', value: ms(ours.ackP50), unit: 'ms', baseline: ms(bare.ackP50) },
    { name: 'chat-load ack p99', value: ms(ours.ackP99), unit: 'ms', baseline: ms(bare.ackP99) },
    { name: 'chat-load delivery p50', value: ms(ours.deliveryP50), unit: 'ms', baseline: ms(bare.deliveryP50) },
    { name: 'chat-load delivery p99', value: ms(ours.deliveryP99), unit: 'ms', baseline: ms(bare.deliveryP99) },
    { name: 'chat-load lost', value: ours.lost, unit: 'messages', baseline: bare.lost },
    { name: 'chat-load duplicated', value: ours.duplicated, unit: 'messages', baseline: bare.duplicated },
    { name: 'chat-load failed', value: ours.failed, unit: 'messages', baseline: bare.failed },
  ];
}

/**
 * Visitors in concurrent chats, each served by one of the online agents, send messages over their
 * own Socket.IO connections at a fixed total rate; Tandem (src/main.ts on SQLite, its own process)
 * beside a bare Socket.IO relay doing the same forwarding with nothing underneath, driven by the same
 * client in the same run. Then the cost of storing one message, beside the same SQL run bare.
 */
export const benchmark: Benchmark = {
  name: 'chat-load',
  description: `${options.chats} chats, ${options.agents} agents, ${options.rate} messages/s for ${options.measureMs / 1000} s: Tandem vs a bare Socket.IO relay; message store vs raw SQL`,
  async run() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-chat-'));
    try {
      const emails = await prepareInstall(dataDir, options.agents);
      const base = `http://127.0.0.1:${TANDEM_PORT}`;
      const tandem = await startChild(
        'src/main.ts',
        { DATA_DIR: dataDir, PORT: String(TANDEM_PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHAT_MESSAGES_PER_MINUTE: '1000000', REDIS_URL: '', DATABASE_URL: '' },
        `${base}/healthz`,
      );
      let ours: ChatLoadResult;
      try {
        ours = await runChatLoad({ url: base, agentHeaders: async (i) => ({ cookie: await signIn(base, emails[i]!) }) }, options);
      } finally {
        await tandem.stop();
      }
      const relay = await startChild('bench/support/socket-relay-server.ts', { PORT: String(RELAY_PORT) }, `http://127.0.0.1:${RELAY_PORT}/`);
      let bare: ChatLoadResult;
      try {
        bare = await runChatLoad({ url: `http://127.0.0.1:${RELAY_PORT}`, agentHeaders: async () => ({}) }, options);
      } finally {
        await relay.stop();
      }
      console.log(`  sent: Tandem ${ours.sent}, relay ${bare.sent}`);
      const store = await measureMessageStore();
      return [...rows(ours, bare), { name: 'chat message store', value: Math.round(store.tandem), unit: 'msg/s', baseline: Math.round(store.raw) }];
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
