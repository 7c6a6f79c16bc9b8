import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, TestClient, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const setupBody = {
  accountName: 'Acme Robotics',
  subdomain: 'acme',
  ownerName: 'Ana Owner',
  email: 'Ana@Acme.test',
  password: 'long enough secret',
};

describe('first-run setup', () => {
  it('is offered while no account exists, creates the account and its owner, and signs the owner in', async () => {
    const browser = new TestClient(t.app, 'localhost:3000');
    expect((await browser.get('/api/setup')).json()).toEqual({ needed: true });
    expect((await browser.get('/api/session')).json().error.code).toBe('account_not_found');

    const res = await browser.post('/api/setup', setupBody);
    expect(res.statusCode).toBe(200);
    const info = res.json();
    expect(info.account).toMatchObject({ subdomain: 'acme', name: 'Acme Robotics', sellKind: 'platform' });
    expect(info.user).toMatchObject({
      email: 'Ana@Acme.test',
      sellRole: 'admin',
      sellFullAccess: true,
      chatRole: 'owner',
      supportRole: 'admin',
    });
    expect(info.user).not.toHaveProperty('passwordHash');
    expect(info.account.topmostManager).toEqual({ id: info.user.id, name: 'Ana Owner' });

    const cookie = res.cookies.find((c) => c.name === 'tandem_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    browser.csrfToken = info.csrfToken;
    expect((await browser.get('/api/session')).json().user.email).toBe('Ana@Acme.test');
    expect((await browser.get('/api/setup')).json()).toEqual({ needed: false });
    // The bare host now serves the new account, and so does its subdomain.
    const viaSubdomain = new TestClient(t.app, 'acme.localhost:3000');
    expect((await viaSubdomain.signIn('ana@acme.test', setupBody.password)).statusCode).toBe(200);
  });

  it('cannot run twice', async () => {
    const first = new TestClient(t.app, 'localhost');
    expect((await first.post('/api/setup', setupBody)).statusCode).toBe(200);
    const second = new TestClient(t.app, 'localhost');
    const res = await second.post('/api/setup', { ...setupBody, subdomain: 'evil' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('setup_done');
  });

  it('names every wrong field', async () => {
    const res = await new TestClient(t.app, 'localhost').post('/api/setup', {
      accountName: '',
      subdomain: 'Not OK!',
      ownerName: 'Ana',
      email: 'not-an-email',
      password: 'short',
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['accountName', 'email', 'password', 'subdomain']);
    expect((await new TestClient(t.app, 'localhost').get('/api/setup')).json()).toEqual({ needed: true });
  });
});
