import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAccount, PASSWORD, startTestApp, TestClient, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let owner: TestClient;
beforeEach(async () => {
  t = await startTestApp();
  await makeAccount(t, 'acme');
  owner = new TestClient(t.app, 'acme.localhost');
  await owner.signIn('owner@acme.test');
});
afterEach(() => t.close());

async function addUser(by: TestClient, body: Record<string, unknown>) {
  const res = await by.post('/api/users', { password: PASSWORD, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().user as { id: number; [k: string]: unknown };
}

async function signedIn(email: string) {
  const c = new TestClient(t.app, 'acme.localhost');
  expect((await c.signIn(email)).statusCode).toBe(200);
  return c;
}

describe('users', () => {
  it('adds users with product roles; emails are unique per account whatever their case', async () => {
    const rep = await addUser(owner, { name: 'Rita Rep', email: 'rita@acme.test', sellRole: 'user', chatRole: 'agent' });
    expect(rep).toMatchObject({ sellRole: 'user', sellFullAccess: false, chatRole: 'agent', supportRole: 'none', active: true });
    const dup = await owner.post('/api/users', { name: 'Other', email: 'RITA@acme.TEST', password: PASSWORD });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'email_taken', fields: [{ field: 'email' }] });
    const list = (await owner.get('/api/users')).json().users;
    expect(list.map((u: { email: string }) => u.email)).toEqual(['owner@acme.test', 'rita@acme.test']);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|password/i);
  });

  it('lets each product admin change only their own product roles', async () => {
    const sellAdmin = await addUser(owner, { name: 'Sam Sell', email: 'sam@acme.test', sellRole: 'admin' });
    const chatAdmin = await addUser(owner, { name: 'Chloe Chat', email: 'chloe@acme.test', chatRole: 'admin' });
    const target = await addUser(owner, { name: 'Tom', email: 'tom@acme.test' });
    const sam = await signedIn('sam@acme.test');
    const chloe = await signedIn('chloe@acme.test');

    expect((await sam.patch(`/api/users/${target.id}`, { sellRole: 'user', sellFullAccess: true })).statusCode).toBe(200);
    const samChat = await sam.patch(`/api/users/${target.id}`, { chatRole: 'agent' });
    expect(samChat.statusCode).toBe(403);
    expect(samChat.json().error.message).toMatch(/Chat owner or a Chat admin/);

    expect((await chloe.patch(`/api/users/${target.id}`, { chatRole: 'agent' })).statusCode).toBe(200);
    expect((await chloe.patch(`/api/users/${target.id}`, { sellRole: 'admin' })).statusCode).toBe(403);
    expect((await chloe.patch(`/api/users/${target.id}`, { supportRole: 'agent' })).statusCode).toBe(403);
    const chloeOwner = await chloe.patch(`/api/users/${chatAdmin.id}`, { chatRole: 'owner' });
    expect(chloeOwner.statusCode).toBe(403);
    expect(chloeOwner.json().error.message).toMatch(/Only the Chat account owner/);

    const final = (await owner.get(`/api/users/${target.id}`)).json().user;
    expect(final).toMatchObject({ sellRole: 'user', sellFullAccess: true, chatRole: 'agent', supportRole: 'none' });
    expect(sellAdmin.id).toBeGreaterThan(0);
  });

  it('keeps a plain user out of user management', async () => {
    await addUser(owner, { name: 'Rita', email: 'rita@acme.test', sellRole: 'user' });
    const rita = await signedIn('rita@acme.test');
    expect((await rita.get('/api/session')).json().permissions.admin).toBe(false);
    const res = await rita.post('/api/users', { name: 'X', email: 'x@acme.test', password: PASSWORD });
    expect(res.statusCode).toBe(403);
    expect((await owner.get('/api/users')).json().users).toHaveLength(2);
  });

  it('hands Chat ownership on so that there is always exactly one owner', async () => {
    const next = await addUser(owner, { name: 'Nora', email: 'nora@acme.test', chatRole: 'admin' });
    const direct = await owner.post('/api/users', { name: 'Two', email: 'two@acme.test', password: PASSWORD, chatRole: 'owner' });
    expect(direct.statusCode).toBe(422);
    expect((await owner.patch(`/api/users/${next.id}`, { chatRole: 'owner' })).json().user.chatRole).toBe('owner');
    const users = (await owner.get('/api/users')).json().users as { email: string; chatRole: string }[];
    expect(users.filter((u) => u.chatRole === 'owner').map((u) => u.email)).toEqual(['nora@acme.test']);
    expect(users.find((u) => u.email === 'owner@acme.test')?.chatRole).toBe('admin');
  });

  it('builds a manager hierarchy that cannot loop or point at a deactivated user', async () => {
    const manager = await addUser(owner, { name: 'Mia Manager', email: 'mia@acme.test', sellRole: 'user' });
    const rep = await addUser(owner, { name: 'Rob Rep', email: 'rob@acme.test', sellRole: 'user', reportsToId: manager.id });
    expect(rep.reportsToId).toBe(manager.id);
    const loop = await owner.patch(`/api/users/${manager.id}`, { reportsToId: rep.id });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().error.fields[0]).toMatchObject({ field: 'reportsToId' });
    expect((await owner.patch(`/api/users/${rep.id}`, { reportsToId: rep.id })).statusCode).toBe(422);

    const gone = await addUser(owner, { name: 'Gus', email: 'gus@acme.test', sellRole: 'user' });
    await owner.post(`/api/users/${gone.id}/deactivate`);
    expect((await owner.patch(`/api/users/${rep.id}`, { reportsToId: gone.id })).statusCode).toBe(422);
    expect((await owner.get(`/api/users/${rep.id}`)).json().user.reportsToId).toBe(manager.id);
  });

  it('protects the Chat owner, yourself and the last Sell admin from being locked out', async () => {
    const me = (await owner.get('/api/session')).json().user;
    expect((await owner.post(`/api/users/${me.id}/deactivate`)).json().error.code).toBe('cannot_deactivate_self');
    const admin = await addUser(owner, { name: 'Ada', email: 'ada@acme.test', chatRole: 'admin', sellRole: 'admin' });
    const ada = await signedIn('ada@acme.test');
    expect((await ada.post(`/api/users/${me.id}/deactivate`)).json().error.code).toBe('cannot_deactivate_owner');
    expect((await ada.patch(`/api/users/${admin.id}`, { sellRole: 'user' })).statusCode).toBe(200);
    const last = await ada.patch(`/api/users/${me.id}`, { sellRole: 'user' });
    expect(last.statusCode).toBe(403); // Ada is no longer a Sell admin
    const lastByOwner = await owner.patch(`/api/users/${me.id}`, { sellRole: 'user' });
    expect(lastByOwner.json().error.code).toBe('last_sell_admin');
  });

  it('resets a password: the old one and its sessions stop working', async () => {
    const rep = await addUser(owner, { name: 'Rita', email: 'rita@acme.test', sellRole: 'user' });
    const rita = await signedIn('rita@acme.test');
    expect((await owner.post(`/api/users/${rep.id}/password`, { password: 'brand new secret' })).statusCode).toBe(204);
    expect((await rita.get('/api/session')).statusCode).toBe(401);
    expect((await new TestClient(t.app, 'acme.localhost').signIn('rita@acme.test')).statusCode).toBe(401);
    expect((await new TestClient(t.app, 'acme.localhost').signIn('rita@acme.test', 'brand new secret')).statusCode).toBe(200);
  });

  it('lets anyone change their own name and language, nothing more', async () => {
    await addUser(owner, { name: 'Rita', email: 'rita@acme.test' });
    const rita = await signedIn('rita@acme.test');
    expect((await rita.patch('/api/me', { locale: 'ja', name: 'Rita R.' })).json().user).toMatchObject({ locale: 'ja', name: 'Rita R.' });
    const sneaky = await rita.patch('/api/me', { sellRole: 'admin' });
    expect(sneaky.statusCode).toBe(422);
    expect(sneaky.json().error.fields[0].message).toMatch(/Unknown field/);
  });
});
