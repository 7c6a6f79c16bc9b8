import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, PASSWORD, startTestApp, TestClient, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let a: TestClient;
let bUserId: number;

beforeAll(async () => {
  t = await startTestApp();
  await makeAccount(t, 'alpha');
  await makeAccount(t, 'bravo');
  const bOwner = new TestClient(t.app, 'bravo.localhost');
  await bOwner.signIn('owner@bravo.test');
  bUserId = (await bOwner.post('/api/users', { name: 'Bea', email: 'bea@bravo.test', password: PASSWORD, sellRole: 'user' })).json().user.id;
  a = new TestClient(t.app, 'alpha.localhost');
  await a.signIn('owner@alpha.test');
});
afterAll(() => t.close());

/** A body each route would accept from its own account, so a 404 can only come from the tenant check. */
function sampleBody(method: string, url = '') {
  if (method === 'GET' || method === 'DELETE') return undefined;
  if (url.endsWith('/password')) return { password: 'long enough secret' };
  if (method === 'PATCH') return { name: 'Taken over' };
  return {};
}

describe('tenant isolation', () => {
  it('a session of account A gets 404 from every route of account B', async () => {
    const routes = t.app.routeTable.filter((r) => r.access !== 'public' && r.method !== 'HEAD' && r.url.startsWith('/api/'));
    expect(routes.length).toBeGreaterThan(10);
    const onB = new TestClient(t.app, 'bravo.localhost');
    onB.borrowSession(a);
    for (const route of routes) {
      const url = route.url.replace(':id', String(bUserId));
      const res = await onB.request(route.method as 'GET', url, sampleBody(route.method));
      expect(res.statusCode, `${route.method} ${url}`).toBe(404);
    }
    // Nothing of B changed.
    const bOwner = new TestClient(t.app, 'bravo.localhost');
    await bOwner.signIn('owner@bravo.test');
    expect((await bOwner.get('/api/account')).json().account.name).toBe('bravo Inc.');
    expect((await bOwner.get(`/api/users/${bUserId}`)).json().user).toMatchObject({ name: 'Bea', active: true });
  });

  it("on its own host, A cannot reach B's records by id", async () => {
    for (const [method, path] of [
      ['GET', `/api/users/${bUserId}`],
      ['PATCH', `/api/users/${bUserId}`],
      ['POST', `/api/users/${bUserId}/deactivate`],
      ['POST', `/api/users/${bUserId}/reactivate`],
      ['POST', `/api/users/${bUserId}/password`],
    ] as const) {
      const res = await a.request(method, path, sampleBody(method, path));
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    expect((await a.get('/api/users')).json().users.map((u: { email: string }) => u.email)).toEqual(['owner@alpha.test']);
  });

  it("A cannot make B's user its manager or topmost manager", async () => {
    const res = await a.post('/api/users', { name: 'X', email: 'x@alpha.test', password: PASSWORD, sellRole: 'user', reportsToId: bUserId });
    expect(res.statusCode).toBe(422);
    expect((await a.patch('/api/account', { topmostManagerId: bUserId })).statusCode).toBe(422);
  });
});
