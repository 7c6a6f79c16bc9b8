import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('API reference', () => {
  it('documents every Sell API endpoint in /v2/openapi.json', async () => {
    const res = await t.app.inject({ url: '/v2/openapi.json', headers: { host: 'localhost' } });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const routes = t.app.routeTable
      .filter((r) => r.url.startsWith('/v2/') && r.access !== 'public' && r.method !== 'HEAD' && !r.url.includes('*'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('renders a readable reference page', async () => {
    const res = await t.app.inject({ url: '/v2/reference', headers: { host: 'localhost' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<code>/v2/leads/{id}</code>');
    expect(res.body).toContain('Create a lead');
  });
});
