import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAccount, PASSWORD, startTestApp, TestClient, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let owner: TestClient;
beforeEach(async () => {
  t = await startTestApp();
  await makeAccount(t, 'acme', { sellKind: 'legacy', chatPlan: 'lite', chatVersion: 'phase3' });
  owner = new TestClient(t.app, 'acme.localhost');
  await owner.signIn('owner@acme.test');
});
afterEach(() => t.close());

async function userWith(roles: Record<string, unknown>, email: string) {
  const res = await owner.post('/api/users', { name: email.split('@')[0], email, password: PASSWORD, ...roles });
  expect(res.statusCode, res.body).toBe(200);
  const c = new TestClient(t.app, 'acme.localhost');
  await c.signIn(email);
  return { id: res.json().user.id as number, client: c };
}

describe('account product settings', () => {
  it('stores the Chat plan and version, changed by a Chat admin only', async () => {
    const sell = await userWith({ sellRole: 'admin' }, 'sell@acme.test');
    const chat = await userWith({ chatRole: 'admin' }, 'chat@acme.test');
    const refused = await sell.client.patch('/api/account', { chatPlan: 'enterprise' });
    expect(refused.statusCode).toBe(403);
    const res = await chat.client.patch('/api/account', { chatPlan: 'enterprise', chatVersion: 'phase4' });
    expect(res.json().account).toMatchObject({ chatPlan: 'enterprise', chatVersion: 'phase4' });
    expect((await owner.patch('/api/account', { chatPlan: 'platinum' })).statusCode).toBe(422);
  });

  it('migrates a legacy Sell account to the platform once, by a Sell admin (A-13)', async () => {
    expect((await owner.get('/api/account')).json().account.sellKind).toBe('legacy');
    const chat = await userWith({ chatRole: 'admin' }, 'chat@acme.test');
    expect((await chat.client.post('/api/account/sell/migrate')).statusCode).toBe(403);
    expect((await owner.post('/api/account/sell/migrate')).json().account.sellKind).toBe('platform');
    expect((await owner.post('/api/account/sell/migrate')).json().error.code).toBe('already_platform');
  });

  it('names the topmost manager: the owner by default, a chosen Sell user after, the owner again if that user leaves', async () => {
    const me = (await owner.get('/api/session')).json().user;
    expect((await owner.get('/api/account')).json().account.topmostManager).toEqual({ id: me.id, name: 'acme Owner' });
    const vp = await userWith({ sellRole: 'user' }, 'vp@acme.test');
    const agent = await userWith({ chatRole: 'agent' }, 'agent@acme.test');
    expect((await owner.patch('/api/account', { topmostManagerId: agent.id })).statusCode).toBe(422);
    const res = await owner.patch('/api/account', { topmostManagerId: vp.id });
    expect(res.json().account).toMatchObject({ topmostManagerId: vp.id, topmostManager: { id: vp.id, name: 'vp' } });
    await owner.post(`/api/users/${vp.id}/deactivate`);
    expect((await owner.get('/api/account')).json().account.topmostManager).toEqual({ id: me.id, name: 'acme Owner' });
  });

  it('keeps non-admins out of account settings', async () => {
    const rep = await userWith({ sellRole: 'user', chatRole: 'agent' }, 'rep@acme.test');
    expect((await rep.client.patch('/api/account', { name: 'Mine now' })).statusCode).toBe(403);
    expect((await rep.client.get('/api/account')).json().account.name).toBe('acme Inc.');
  });
});
