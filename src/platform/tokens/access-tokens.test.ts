import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAccount, startTestApp, TestClient, type TestApp } from '../../../tests/support/test-app.ts';
import { verifyBearerToken } from './verify-bearer-token.ts';

let t: TestApp;
let owner: TestClient;
let accountId: number;
beforeEach(async () => {
  t = await startTestApp();
  accountId = (await makeAccount(t, 'acme')).account.id;
  await makeAccount(t, 'other');
  owner = new TestClient(t.app, 'acme.localhost');
  await owner.signIn('owner@acme.test');
});
afterEach(() => t.close());

describe('personal access tokens', () => {
  it('are shown once as 64 hex characters, listed by hint, verified, and dead once revoked', async () => {
    const created = await owner.post('/api/tokens', { name: 'Zapier', scopes: ['read', 'profile'] });
    expect(created.statusCode).toBe(200);
    const { secret, token } = created.json();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(token).toMatchObject({ name: 'Zapier', hint: `…${secret.slice(-4)}`, scopes: ['read', 'profile'] });
    const listed = (await owner.get('/api/tokens')).json().tokens;
    expect(JSON.stringify(listed)).not.toContain(secret);

    const ok = await verifyBearerToken(t.db, accountId, secret);
    expect(ok).toMatchObject({ ok: true, identity: { kind: 'personal', scopes: ['read', 'profile'], user: { email: 'owner@acme.test' } } });
    expect(await verifyBearerToken(t.db, accountId, secret.replace(/.$/, 'x'))).toEqual({ ok: false, reason: 'invalid' });

    expect((await owner.delete(`/api/tokens/${token.id}`)).statusCode).toBe(204);
    expect(await verifyBearerToken(t.db, accountId, secret)).toEqual({ ok: false, reason: 'invalid' });
    expect((await owner.get('/api/tokens')).json().tokens).toEqual([]);
  });

  it('are useless on another account', async () => {
    const { secret } = (await owner.post('/api/tokens', { name: 'x' })).json();
    const otherId = (await t.db.kysely.selectFrom('accounts').select('id').where('subdomain', '=', 'other').executeTakeFirstOrThrow()).id;
    expect(await verifyBearerToken(t.db, otherId, secret)).toEqual({ ok: false, reason: 'other-account' });
  });

  it("cannot be revoked by someone else", async () => {
    const { token } = (await owner.post('/api/tokens', { name: 'x' })).json();
    await owner.post('/api/users', { name: 'Admin Two', email: 'two@acme.test', password: 'long enough secret', sellRole: 'admin' });
    const two = new TestClient(t.app, 'acme.localhost');
    await two.signIn('two@acme.test', 'long enough secret');
    expect((await two.delete(`/api/tokens/${token.id}`)).statusCode).toBe(404);
  });
});
