import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { makeSellWorld, type SellWorld } from '../support/sell-api.ts';

/**
 * Drives the Sell API over real HTTP the way the Zendesk Sell client libraries do: their headers,
 * their envelope unwrapping, their error parsing, their paging and sync loops (sell-api-v2.md §1, §3).
 */
class LibraryLikeClient {
  constructor(
    private readonly baseUrl: string,
    private readonly host: string,
    private readonly token: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {
    // Python, Ruby and PHP refuse tokens that are not exactly 64 characters without whitespace.
    if (token.length !== 64 || /\s/.test(token)) throw new Error('client-side token check failed');
  }

  async request(method: string, path: string, options: { params?: Record<string, string | string[]>; body?: unknown; headers?: Record<string, string> } = {}) {
    const url = new URL(`${this.baseUrl}/v2${path}`);
    for (const [k, v] of Object.entries(options.params ?? {})) for (const one of [v].flat()) url.searchParams.append(k, one);
    const res = await fetch(url, {
      method,
      headers: {
        host: this.host,
        Accept: 'application/json',
        'User-Agent': 'BaseCRM/V2 Python/1.2.4+tests',
        Authorization: `Bearer ${this.token}`,
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...this.extraHeaders,
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    const isJson = (res.headers.get('content-type') ?? '').includes('json');
    const body = isJson && text ? JSON.parse(text) : null;
    if (res.status >= 400) {
      if (res.status === 429) return { kind: 'rate-limit' as const, status: res.status, requestId: res.headers.get('x-request-id') };
      // The Python client: errors[*].error and meta.logref, from a JSON body.
      const errors = (body?.errors ?? []).map((e: { error: unknown }) => e.error);
      return { kind: res.status === 422 ? ('resource-error' as const) : ('request-error' as const), status: res.status, errors, logref: body?.meta?.logref ?? '', requestId: res.headers.get('x-request-id') };
    }
    // Unwrap as Python does: items → [item.data], otherwise data; a JSON 2xx must carry one of them.
    if (isJson && body && !('items' in body) && !('data' in body)) throw new Error(`2xx JSON without data or items: ${text}`);
    const data = body ? ('items' in body ? body.items.map((i: { data: unknown }) => i.data) : body.data) : null;
    return { kind: 'ok' as const, status: res.status, data, body };
  }
}

let t: TestApp;
let w: SellWorld;
let baseUrl: string;
let client: LibraryLikeClient;

beforeAll(async () => {
  t = await startTestApp({ SELL_API_RATE_LIMIT_PER_HOUR: '300' });
  w = await makeSellWorld(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  client = new LibraryLikeClient(baseUrl, w.host, w.api.owner.token);
});
afterAll(() => t.close());

describe('Sell client library conformance', () => {
  it('users/self, and unknown parameters → 400 with exactly one invalid_param error and a logref', async () => {
    const self = await client.request('GET', '/users/self');
    expect(self).toMatchObject({ kind: 'ok', status: 200, data: { email: 'owner@acme.test', role: 'admin' } });
    const bad = await client.request('GET', '/users/self', { params: { unknown: 'param' } });
    expect(bad.kind).toBe('request-error');
    if (bad.kind !== 'request-error') return;
    expect(bad.status).toBe(400);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0].code).toBe('invalid_param');
    expect(bad.logref.length).toBeGreaterThanOrEqual(1);
    expect(bad.requestId).toBe(bad.logref);
  });

  it('create 200, retrieve, update, destroy 204; 422 on an empty lead with one error', async () => {
    const created = await client.request('POST', '/leads', { body: { data: { last_name: 'Library', first_name: null, tags: ['api'], custom_fields: {} } } });
    expect(created).toMatchObject({ kind: 'ok', status: 200 });
    const id = (created as { data: { id: number } }).data.id;
    const fetched = await client.request('GET', `/leads/${id}`);
    const updated = await client.request('PUT', `/leads/${id}`, { body: { data: { ...(fetched as { data: object }).data, title: 'CTO' } } });
    expect(updated).toMatchObject({ kind: 'ok', status: 200, data: { id, title: 'CTO', tags: ['api'] } });
    const destroyed = await client.request('DELETE', `/leads/${id}`);
    expect(destroyed).toMatchObject({ kind: 'ok', status: 204, data: null });
    const empty = await client.request('POST', '/leads', { body: { data: {} } });
    expect(empty).toMatchObject({ kind: 'resource-error', status: 422 });
    expect((empty as { errors: unknown[] }).errors).toHaveLength(1);
    const gone = await client.request('GET', `/leads/${id}`);
    expect(gone).toMatchObject({ kind: 'request-error', status: 404, errors: [{ code: 'not_found' }] });
  });

  it('pages like Ruby’s PaginatedResource: page=1,2,… with per_page=25 until an empty page', async () => {
    for (let i = 0; i < 30; i++) await client.request('POST', '/leads', { body: { data: { last_name: `Paged ${i}` } } });
    const seen: number[] = [];
    for (let page = 1; ; page++) {
      const res = await client.request('GET', '/leads', { params: { page: String(page), per_page: '25', sort_by: 'id' } });
      expect(res.status).toBe(200);
      const items = (res as { data: { id: number }[] }).data;
      if (items.length === 0) break;
      seen.push(...items.map((l) => l.id));
    }
    expect(new Set(seen).size).toBe(30);
  });

  it('reads booleans and lists in each library’s encoding', async () => {
    const task = await client.request('POST', '/tasks', { body: { data: { content: 'Call', completed: true } } });
    const taskId = (task as { data: { id: number } }).data.id;
    for (const completed of ['True', 'true']) {
      const res = await client.request('GET', '/tasks', { params: { completed } });
      expect((res as { data: { id: number }[] }).data.map((x) => x.id)).toContain(taskId);
    }
    const ids = ((await client.request('GET', '/leads', { params: { per_page: '2', sort_by: 'id' } })) as { data: { id: number }[] }).data.map((l) => l.id);
    for (const params of [{ ids: ids.join(',') }, { ids: ids.map(String) }, { 'ids[0]': String(ids[0]), 'ids[1]': String(ids[1]) }]) {
      const res = await client.request('GET', '/leads', { params: params as unknown as Record<string, string> });
      expect((res as { data: { id: number }[] }).data.map((l) => l.id).sort()).toEqual([...ids].sort());
    }
  });

  it('runs the Sync API flow: 201 session, 200 pages, 202 acks, then 204', async () => {
    const device = { 'X-Basecrm-Device-UUID': '5b1f4c9e-1111-4222-8333-944445555666' };
    await t.app.events.drain();
    const start = await client.request('POST', '/sync/start', { headers: device });
    expect(start.status).toBe(201);
    const session = (start as { data: { id: string; queues: { data: { pages: number; total_count: number } }[] } }).data;
    expect(Number.isInteger(session.queues[0]!.data.pages) && Number.isInteger(session.queues[0]!.data.total_count)).toBe(true);
    for (;;) {
      const page = await client.request('GET', `/sync/${session.id}/queues/main`, { headers: device });
      if (page.status === 204) break;
      expect(page.status).toBe(200);
      const items = (page as { body: { items: { meta: { sync: { ack_key: string } } }[] } }).body.items;
      const ack = await client.request('POST', '/sync/ack', { headers: device, body: { data: { ack_keys: items.map((i) => i.meta.sync.ack_key) } } });
      expect(ack.status).toBe(202);
    }
    expect((await client.request('POST', '/sync/start', { headers: device })).status).toBe(204);
  });

  it('answers a burst of 30 concurrent requests with at least one 429 once the token’s budget is spent (Java’s check)', async () => {
    const burst = new LibraryLikeClient(baseUrl, w.host, (await w.client(w.users.rep.id)).token, { 'X-Client-Type': 'api' });
    let limited = 0;
    for (let round = 0; round < 12 && limited === 0; round++) {
      const answers = await Promise.all(Array.from({ length: 30 }, () => burst.request('GET', '/users/self')));
      limited = answers.filter((a) => a.kind === 'rate-limit').length;
    }
    expect(limited).toBeGreaterThan(0);
  });
});
