import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAccount, PASSWORD, startTestApp, TestClient, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ SIGN_IN_MAX_ATTEMPTS: '3' });
  await makeAccount(t, 'acme');
});
afterEach(() => t.close());

describe('sign-in', () => {
  it('signs in with any letter case of the email, and one session serves every product', async () => {
    const c = new TestClient(t.app, 'acme.localhost:3000');
    const res = await c.signIn('OWNER@acme.TEST');
    expect(res.statusCode).toBe(200);
    const info = res.json();
    expect(info.permissions).toMatchObject({ admin: true, manageSellRoles: true, manageChatRoles: true });
    expect((await c.get('/api/users')).statusCode).toBe(200);
    expect((await c.get('/api/account')).statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const wrong = await new TestClient(t.app, 'acme.localhost').signIn('owner@acme.test', 'nope-nope');
    const unknown = await new TestClient(t.app, 'acme.localhost').signIn('ghost@acme.test', 'nope-nope');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('invalid_credentials');
      expect(res.cookies.find((c) => c.name === 'tandem_session')).toBeUndefined();
    }
  });

  it('rate-limits guessing and says when to try again', async () => {
    const c = new TestClient(t.app, 'acme.localhost');
    for (let i = 0; i < 3; i++) expect((await c.signIn('owner@acme.test', 'guess-' + i)).statusCode).toBe(401);
    const limited = await c.signIn('owner@acme.test', PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another user's sign-in is not locked out by these guesses.
    const other = await new TestClient(t.app, 'acme.localhost').signIn('someone@acme.test', 'x');
    expect(other.statusCode).toBe(401);
  });

  it('signs out: the old cookie no longer works', async () => {
    const c = new TestClient(t.app, 'acme.localhost');
    await c.signIn('owner@acme.test');
    const thief = new TestClient(t.app, 'acme.localhost');
    thief.borrowSession(c);
    expect((await c.delete('/api/session')).statusCode).toBe(204);
    expect((await c.get('/api/session')).statusCode).toBe(401);
    expect((await thief.get('/api/session')).statusCode).toBe(401);
  });

  it('turns away a deactivated user and ends their open sessions', async () => {
    const admin = new TestClient(t.app, 'acme.localhost');
    await admin.signIn('owner@acme.test');
    const created = await admin.post('/api/users', { name: 'Rep', email: 'rep@acme.test', password: PASSWORD, sellRole: 'user' });
    const repId = created.json().user.id;
    const rep = new TestClient(t.app, 'acme.localhost');
    expect((await rep.signIn('rep@acme.test')).statusCode).toBe(200);

    expect((await admin.post(`/api/users/${repId}/deactivate`)).json().user.active).toBe(false);
    expect((await rep.get('/api/session')).statusCode).toBe(401);
    const again = await new TestClient(t.app, 'acme.localhost').signIn('rep@acme.test');
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('user_deactivated');

    await admin.post(`/api/users/${repId}/reactivate`);
    expect((await new TestClient(t.app, 'acme.localhost').signIn('rep@acme.test')).statusCode).toBe(200);
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the session token, before reading the body', async () => {
    const c = new TestClient(t.app, 'acme.localhost');
    await c.signIn('owner@acme.test');
    const token = c.csrfToken!;
    c.csrfToken = undefined;
    const missing = await c.patch('/api/account', { name: 'Hijacked' });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_failed');
    c.csrfToken = 'x' + token.slice(1);
    expect((await c.patch('/api/account', { name: 'Hijacked' })).statusCode).toBe(403);
    c.csrfToken = token;
    expect((await c.get('/api/account')).json().account.name).toBe('acme Inc.');
    expect((await c.patch('/api/account', { name: 'Acme Robotics' })).json().account.name).toBe('Acme Robotics');
  });
});
