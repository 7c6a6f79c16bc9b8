import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAccount } from '../src/platform/accounts/create-account.ts';
import { connectDatabase } from '../src/platform/db/connect.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { createUser } from '../src/platform/identity/create-user.ts';
import type { Benchmark, BenchRow } from './support/bench-types.ts';
import { openChatLoad, type ChatLoadOptions, type ChatLoadResult, type ChatLoadSession } from './support/chat-load.ts';
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
/** Windows measured on each side, taking turns, so a slow moment of the machine falls on both. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Rates and latencies are the median of the windows; lost, duplicated and failed are their totals. */
function combine(windows: ChatLoadResult[]): ChatLoadResult {
  const of = (key: keyof ChatLoadResult) => windows.map((w) => w[key]);
  return {
    sent: sum(of('sent')),
    deliveredPerSecond: median(of('deliveredPerSecond')),
    ackP50: median(of('ackP50')),
    ackP99: median(of('ackP99')),
    deliveryP50: median(of('deliveryP50')),
    deliveryP99: median(of('deliveryP99')),
    lost: sum(of('lost')),
    duplicated: sum(of('duplicated')),
    failed: sum(of('failed')),
  };
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

const describeWindow = (r: ChatLoadResult) =>
  `${Math.round(r.deliveredPerSecond)} msg/s, ack p50 ${r.ackP50.toFixed(2)} p99 ${r.ackP99.toFixed(2)} ms, delivery p99 ${r.deliveryP99.toFixed(2)} ms`;

/** Windows on both sides in turns (T R, R T, T R, …), so neither always goes first. */
async function takeTurns(tandem: ChatLoadSession, relay: ChatLoadSession) {
  const ours: ChatLoadResult[] = [];
  const bare: ChatLoadResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['tandem', 'relay'] as const) : (['relay', 'tandem'] as const);
    for (const side of order) {
      const result = await (side === 'tandem' ? tandem : relay).window();
      (side === 'tandem' ? ours : bare).push(result);
      console.log(`  round ${round + 1} ${side.padEnd(6)} ${describeWindow(result)}`);
    }
  }
  return { ours: combine(ours), bare: combine(bare) };
}

/** Stops what was started, the last first (sockets before their servers). */
async function stopAll(running: { stop(): Promise<void> }[]) {
  while (running.length > 0) await running.pop()!.stop();
}

/**
 * Visitors in concurrent chats, each served by one of the online agents, send messages over their
 * own Socket.IO connections at a fixed total rate; Tandem (src/main.ts on SQLite, its own process)
 * beside a bare Socket.IO relay doing the same forwarding with nothing underneath, driven by the same
 * client in the same run. Then the cost of storing one message, beside the same SQL run bare.
 */
export const benchmark: Benchmark = {
  name: 'chat-load',
  description: `${options.chats} chats, ${options.agents} agents, ${options.rate} messages/s, ${ROUNDS} windows of ${options.measureMs / 1000} s on each side in turns: Tandem vs a bare Socket.IO relay; message store vs raw SQL`,
  async run() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-chat-'));
    const running: { stop(): Promise<void> }[] = [];
    try {
      const emails = await prepareInstall(dataDir, options.agents);
      const base = `http://127.0.0.1:${TANDEM_PORT}`;
      const relayBase = `http://127.0.0.1:${RELAY_PORT}`;
      // Both servers run from the start, each in its own process; only one of them carries load at a time.
      const env = { DATA_DIR: dataDir, PORT: String(TANDEM_PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHAT_MESSAGES_PER_MINUTE: '1000000', REDIS_URL: '', DATABASE_URL: '' };
      running.push(await startChild('src/main.ts', env, `${base}/healthz`));
      running.push(await startChild('bench/support/socket-relay-server.ts', { PORT: String(RELAY_PORT) }, `${relayBase}/`));
      const ourChats = await openChatLoad({ url: base, agentHeaders: async (i) => ({ cookie: await signIn(base, emails[i]!) }) }, options);
      running.push({ stop: async () => ourChats.close() });
      const relayChats = await openChatLoad({ url: relayBase, agentHeaders: async () => ({}) }, options);
      running.push({ stop: async () => relayChats.close() });
      const { ours, bare } = await takeTurns(ourChats, relayChats);
      console.log(`  sent: Tandem ${ours.sent}, relay ${bare.sent}; latencies and rates are the median of ${ROUNDS} windows`);
      await stopAll(running);
      const store = await measureMessageStore();
      return [...rows(ours, bare), { name: 'chat message store', value: Math.round(store.tandem), unit: 'msg/s', baseline: Math.round(store.raw) }];
    } finally {
      await stopAll(running);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
