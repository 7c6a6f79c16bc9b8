import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { sweepWaitingChats } from '../../src/chat/index.ts';
import type { TestClient } from '../support/test-app.ts';
import { ask, collect, connectAgent, connectVisitor, disconnectAll, freshAccount, nextEvent, settle, startChatTest, type ChatTest } from './support/chat-test.ts';

let t: ChatTest;
let acme: Awaited<ReturnType<typeof freshAccount>>;
let owner: TestClient;
beforeAll(async () => {
  t = await startChatTest();
});
beforeEach(async () => {
  acme = await freshAccount(t, ['Ana Agent', 'Ben Agent']);
  owner = acme.owner;
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

async function startChats(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) ids.push((await ask(await connectVisitor(t, acme.sub), 'chat:start', { name: `Visitor ${i}` })).chat.id);
  return ids;
}

/** Sweeps as if `seconds` had passed (the sweep compares offer times with the clock it is given). */
async function sweepAfter(seconds: number) {
  const services = t.app.chatServices;
  return sweepWaitingChats({ ...services, now: () => new Date(Date.now() + seconds * 1000).toISOString() });
}

describe('assigned routing (A-9)', () => {
  it('offers one chat at a time to an agent and respects the chat limit', async () => {
    await owner.patch('/api/chat/settings', { routingMode: 'assigned', chatLimit: 1 });
    const ana = await connectAgent(t, acme.sub, acme.email('ana'));
    const offers = collect(ana, 'chat:incoming');
    const [first, second] = await startChats(2);
    await settle();
    expect(offers.map((c) => c.id)).toEqual([first]);
    expect((await ask(ana, 'agent:hello')).incoming.map((c: any) => c.id)).toEqual([first]);

    // Serving the offered chat keeps Ana at her limit: the second still waits.
    expect((await ask(ana, 'chat:serve', { chatId: first })).ok).toBe(true);
    expect(await sweepAfter(0)).toBe(0);
    expect((await ask(ana, 'chat:serve', { chatId: second })).error.code).toBe('not_offered');

    // Ending the first frees her: the second is offered at once.
    const offered = nextEvent(ana, 'chat:incoming', (c) => c.id === second);
    await ask(ana, 'chat:end', { chatId: first });
    expect((await offered).offeredAgentId).toBeGreaterThan(0);
    expect((await ask(ana, 'chat:serve', { chatId: second })).ok).toBe(true);
  });

  it('reassigns a chat nobody served within the timeout', async () => {
    await owner.patch('/api/chat/settings', { routingMode: 'assigned', chatLimit: 2, reassignmentTimeoutSeconds: 5 });
    const ana = await connectAgent(t, acme.sub, acme.email('ana'));
    const ben = await connectAgent(t, acme.sub, acme.email('ben'));
    const both = [collect(ana, 'chat:incoming'), collect(ben, 'chat:incoming')];
    const [chatId] = await startChats(1);
    await settle();
    const [firstOffer] = both.flat();
    const [firstAgent, otherAgent] = (both[0]!.length ? [ana, ben] : [ben, ana]) as [Socket, Socket];
    expect(both.flat()).toHaveLength(1);

    expect(await sweepAfter(1)).toBe(0); // not yet due
    const withdrawn = nextEvent(firstAgent, 'chat:withdrawn');
    const moved = nextEvent(otherAgent, 'chat:incoming', (c) => c.id === chatId);
    expect(await sweepAfter(6)).toBe(1);
    expect(await withdrawn).toEqual({ chatId, reason: 'reassigned' });
    expect((await moved).offeredAgentId).not.toBe(firstOffer.offeredAgentId);
    expect((await ask(firstAgent, 'chat:serve', { chatId })).error.code).toBe('not_offered');
    expect((await ask(otherAgent, 'chat:serve', { chatId })).ok).toBe(true);
  });
});
