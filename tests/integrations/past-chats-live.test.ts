import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { listening, sessionCookie, type ChatTest } from '../chat/support/chat-test.ts';
import { startTestApp } from '../support/test-app.ts';
import { lines, makePastChatsWorld, type PastChatsWorld } from './support/past-chats-world.ts';

let t: ChatTest;
const sockets: Socket[] = [];
beforeAll(async () => {
  t = await listening(await startTestApp());
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(() => t.close());

type Answer = { ok: boolean; error?: { code: string } };

/** A Sell page's socket, signed in as `who` (Sell's namespace: the same one the web app opens). */
async function sellSocket(w: PastChatsWorld, who: keyof PastChatsWorld['users']) {
  const socket = io(`${t.url}/sell`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { host: w.host, cookie: await sessionCookie(t, w.host, w.users[who].email) } });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('connect_error', reject));
  return socket;
}

const watch = (socket: Socket, resourceType: string, resourceId: number) => socket.timeout(5000).emitWithAck('feed:watch', { resourceType, resourceId }) as Promise<Answer>;

describe('Live feeds (O-8)', () => {
  it('tells an open feed when a chat on it grows, while the chat runs', async () => {
    const w = await makePastChatsWorld(t);
    const lead = await w.record('maria', 'leads', { last_name: 'Live', email: 'live@feed.example' });
    const contact = await w.record('rita', 'contacts', { last_name: 'Live', email: 'live@feed.example' });
    await w.settle();
    const socket = await sellSocket(w, 'maria');
    expect(await watch(socket, 'lead', lead)).toEqual({ ok: true });
    const pushes: unknown[] = [];
    socket.on('feed:changed', (record) => pushes.push(record));

    const chat = await w.visitorChat({ name: 'Lee', email: 'live@feed.example' }, 'Are you there?');
    await w.settle();
    await expect.poll(() => pushes.length).toBeGreaterThan(0);
    expect(pushes).toContainEqual({ resourceType: 'lead', resourceId: lead });
    expect(pushes).not.toContainEqual({ resourceType: 'contact', resourceId: contact }); // not watched

    pushes.length = 0;
    await chat.say('Hello?');
    await w.settle();
    await expect.poll(() => pushes.length).toBe(1);
    expect((await w.chatItems('maria', 'leads', lead)).map(lines)).toEqual([['Lee: Are you there?', 'Lee: Hello?']]);

    expect((await socket.timeout(5000).emitWithAck('feed:unwatch', { resourceType: 'lead', resourceId: lead })) as Answer).toEqual({ ok: true });
    pushes.length = 0;
    await chat.say('Bye');
    await w.settle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pushes).toEqual([]);
  });

  it('lets a user watch only feeds they may read, and only with a Sell seat', async () => {
    const w = await makePastChatsWorld(t);
    const omars = await w.record('omar', 'leads', { last_name: 'Private', email: 'p@private.example' });
    const ritas = await w.record('rita', 'leads', { last_name: 'Team', email: 't@team.example' });
    const rita = await sellSocket(w, 'rita');
    expect(await watch(rita, 'lead', omars)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await watch(rita, 'lead', ritas)).toEqual({ ok: true });
    expect(await watch(rita, 'lead', -1)).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    await expect(sellSocket(w, 'aiko')).rejects.toMatchObject({ data: { code: 'forbidden' } });
  });
});
