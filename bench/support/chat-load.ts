import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { percentile } from './percentile.ts';

export type ChatLoadOptions = {
  /** Concurrent chats, one visitor each. */
  chats: number;
  /** Agents online, serving the chats in turn. */
  agents: number;
  /** Messages a second from all visitors together (open loop: sent on time whatever the answers). */
  rate: number;
  /** Sending before each window's measurement starts, so the window opens on a server in its stride. */
  warmupMs: number;
  measureMs: number;
};

/** How to reach a chat server: the socket URL and, for agents, the headers that sign them in. */
export type ChatTarget = { url: string; agentHeaders: (i: number) => Promise<Record<string, string>> };

export type ChatLoadResult = {
  sent: number;
  /** Messages a second that reached their agents during the measurement (the throughput achieved). */
  deliveredPerSecond: number;
  ackP50: number;
  ackP99: number;
  deliveryP50: number;
  deliveryP99: number;
  /** Acknowledged (stored) but never pushed to the agent. */
  lost: number;
  /** Pushed to the agent more than once. */
  duplicated: number;
  /** Sent but never acknowledged, or refused. */
  failed: number;
};

/** Chats open on one server, ready to carry load for as many windows as asked. */
export type ChatLoadSession = {
  /** Sends `rate` messages a second for warm-up plus measurement, then waits for the stragglers. */
  window(): Promise<ChatLoadResult>;
  close(): void;
};

type Sent = { at: number; acked: boolean; delivered: number; measured: boolean };

function connect(url: string, extraHeaders: Record<string, string>, auth?: Record<string, unknown>): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders, ...(auth ? { auth } : {}) });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function request(socket: Socket, event: string, payload: unknown): Promise<any> {
  const ack = await socket.timeout(30_000).emitWithAck(event, payload);
  if (!ack.ok) throw new Error(`${event}: ${ack.error.code} ${ack.error.message}`);
  return ack;
}

/** Runs `work` over `items`, at most `width` at a time. */
async function inBatches<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

/**
 * `chats` visitors each start a chat that one of `agents` serves, over their own Socket.IO
 * connections. Each window then has the visitors send `rate` messages a second between them and
 * measures, per message: the time to the server's acknowledgement, the time until the serving
 * agent's socket has it, and whether it arrived exactly once.
 */
export async function openChatLoad(target: ChatTarget, options: ChatLoadOptions): Promise<ChatLoadSession> {
  const agents: Socket[] = [];
  const visitors: { socket: Socket; chatId: string }[] = [];
  const close = () => {
    for (const socket of [...agents, ...visitors.map((v) => v.socket)]) socket?.disconnect();
  };
  // Every window's messages, by client id: a push that arrives late (or twice) is still counted.
  const sent = new Map<string, Sent>();
  let onDelivered: (message: Sent, now: number) => void = () => {};
  try {
    for (let i = 0; i < options.agents; i++) agents.push(await connect(`${target.url}/chat/agent`, await target.agentHeaders(i)));
    for (const agent of agents) {
      agent.on('chat:log', (entry: { clientId: string | null }) => {
        const message = entry.clientId ? sent.get(entry.clientId) : undefined;
        if (!message) return;
        message.delivered += 1;
        if (message.delivered === 1) onDelivered(message, performance.now());
      });
    }
    await inBatches(Array.from({ length: options.chats }), 25, async (_, i) => {
      const socket = await connect(`${target.url}/chat/visitor`, {}, { visitorKey: crypto.randomBytes(16).toString('hex') });
      const { chat } = await request(socket, 'chat:start', { name: `Load visitor ${i}` });
      await request(agents[i % agents.length]!, 'chat:serve', { chatId: chat.id });
      visitors[i] = { socket, chatId: chat.id };
    });
  } catch (error) {
    close();
    throw error;
  }

  let windows = 0;
  const window = async (): Promise<ChatLoadResult> => {
    const prefix = `w${windows++}-`;
    const mine: Sent[] = [];
    const acks: number[] = [];
    const deliveries: number[] = [];
    let failed = 0;
    let deliveredInWindow = 0;
    const start = performance.now();
    const measureFrom = start + options.warmupMs;
    const end = measureFrom + options.measureMs;
    onDelivered = (message, now) => {
      if (message.measured) deliveries.push(now - message.at);
      if (now >= measureFrom && now < end) deliveredInWindow += 1;
    };
    const send = (n: number, measured: boolean) => {
      const visitor = visitors[n % visitors.length]!;
      const clientId = `${prefix}${n}`;
      const message: Sent = { at: performance.now(), acked: false, delivered: 0, measured };
      sent.set(clientId, message);
      mine.push(message);
      visitor.socket
        .timeout(30_000)
        .emitWithAck('chat:message', { chatId: visitor.chatId, clientId, text: `Load message ${n}` })
        .then((ack: { ok: boolean }) => {
          if (!ack.ok) return void (failed += 1);
          message.acked = true;
          if (measured) acks.push(performance.now() - message.at);
        })
        .catch(() => (failed += 1));
    };
    // Open loop: every 5 ms, send what the rate says should have gone by now, visitors in turn.
    await new Promise<void>((resolve) => {
      let count = 0;
      const tick = setInterval(() => {
        const now = performance.now();
        const due = Math.floor(((Math.min(now, end) - start) / 1000) * options.rate);
        for (; count < due; count++) send(count, now >= measureFrom);
        if (now >= end) {
          clearInterval(tick);
          resolve();
        }
      }, 5);
    });
    // The last answers and pushes get up to 10 s to arrive.
    const pending = () => mine.filter((m) => m.delivered === 0).length - failed;
    const settleUntil = performance.now() + 10_000;
    while (performance.now() < settleUntil && pending() > 0) await new Promise((r) => setTimeout(r, 100));

    return {
      sent: mine.length,
      deliveredPerSecond: deliveredInWindow / (options.measureMs / 1000),
      ackP50: percentile(acks, 50),
      ackP99: percentile(acks, 99),
      deliveryP50: percentile(deliveries, 50),
      deliveryP99: percentile(deliveries, 99),
      lost: mine.filter((m) => m.acked && m.delivered === 0).length,
      duplicated: mine.filter((m) => m.delivered > 1).length,
      failed,
    };
  };
  return { window, close };
}
