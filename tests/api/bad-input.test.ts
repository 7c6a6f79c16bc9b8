import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAccount, startTestApp, TestClient, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let c: TestClient;
beforeEach(async () => {
  t = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
  await makeAccount(t, 'acme');
  c = new TestClient(t.app, 'acme.localhost');
  await c.signIn('owner@acme.test');
});
afterEach(() => t.close());

function expectEnvelope(res: { statusCode: number; json: () => any; headers: Record<string, unknown> }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json();
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.requestId).toBe(res.headers['x-request-id']);
  return body.error;
}

describe('bad input gets a clear 4xx in the error envelope', () => {
  it('invalid JSON → 400 invalid_json', async () => {
    const res = await c.request('POST', '/api/users', undefined, { 'content-type': 'application/json' });
    expectEnvelope(res, 400, 'invalid_json');
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { host: 'acme.localhost', 'content-type': 'application/json' },
      payload: '{"email": "owner@acme.test", ',
    });
    expectEnvelope(broken, 400, 'invalid_json');
  });

  it('wrong types and missing fields → 422 naming each field', async () => {
    const error = expectEnvelope(await c.post('/api/users', { name: 42, sellRole: 'king', reportsToId: 'x' }), 422, 'validation_failed');
    const byField = Object.fromEntries(error.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(byField).toMatchObject({
      name: 'Expected a string.',
      email: 'This field is required.',
      password: 'This field is required.',
      sellRole: expect.stringContaining('Choose one of: none, user, admin'),
      reportsToId: expect.any(String),
    });
  });

  it('a path id that is not a number → 422 on params', async () => {
    const error = expectEnvelope(await c.get('/api/users/abc'), 422, 'validation_failed');
    expect(error.fields[0].field).toBe('params.id');
  });

  it('oversize body → 413', async () => {
    expectEnvelope(await c.post('/api/users', { name: 'x'.repeat(5000), email: 'a@b.test', password: 'long enough' }), 413, 'payload_too_large');
  });

  it('a body that is not JSON → 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { host: 'acme.localhost', 'content-type': 'text/plain' },
      payload: 'email=owner@acme.test',
    });
    expectEnvelope(res, 415, 'unsupported_media_type');
  });

  it('unknown subdomain → 404 account_not_found, for the API and for pages', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/session', headers: { host: 'nobody.localhost:3000' } });
    expectEnvelope(api, 404, 'account_not_found');
    const page = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'nobody.localhost:3000', accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('No Tandem account lives at this address');
  });

  it('unknown route → 404, known route with another method → 405 with Allow', async () => {
    expectEnvelope(await c.get('/api/nothing-here'), 404, 'not_found');
    const res = await c.request('PUT', '/api/users');
    expectEnvelope(res, 405, 'method_not_allowed');
    expect(res.headers.allow).toBe('GET, POST');
  });

  it('a crash → 500 that hides the internals but carries the request id', async () => {
    const boom = await startTestApp();
    boom.app.get('/api/test-boom', { config: { access: 'public' } }, async () => {
      throw new Error('secret internal detail');
    });
    const res = await boom.app.inject({ method: 'GET', url: '/api/test-boom', headers: { host: 'localhost' } });
    const error = expectEnvelope(res, 500, 'internal');
    expect(error.message).not.toContain('secret');
    await boom.close();
  });
});

describe('health', () => {
  it('answers /healthz and /readyz with the database in use', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = (await t.app.inject({ url: '/readyz' })).json();
    expect(ready).toEqual({ status: 'ready', database: process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite' });
  });
});
