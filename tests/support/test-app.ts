import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createAccount } from '../../src/platform/accounts/create-account.ts';
import type { Db } from '../../src/platform/db/connect.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = { app: FastifyInstance; db: Db; config: Config; close: () => Promise<void> };

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { db, dispose } = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent', WEB_DIST: 'dist/web', OUTBOX_POLL_MS: '0', ...env });
  const app = await buildApp(config, { db, migrated: true });
  return {
    app,
    db,
    config,
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

export const PASSWORD = 'correct horse battery';

/** Makes an account with its owner straight through the operation (no HTTP). */
export async function makeAccount(t: TestApp, subdomain: string, overrides: Record<string, string> = {}) {
  return createAccount(t.db, {
    accountName: `${subdomain} Inc.`,
    subdomain,
    ownerName: `${subdomain} Owner`,
    email: `owner@${subdomain}.test`,
    password: PASSWORD,
    ...overrides,
  });
}

type Response = Awaited<ReturnType<FastifyInstance['inject']>>;

/** A browser-like client: keeps the session cookie, sends the CSRF token, talks to one host. */
export class TestClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    readonly host: string,
  ) {}

  async signIn(email: string, password = PASSWORD): Promise<Response> {
    const res = await this.request('POST', '/api/session', { email, password });
    if (res.statusCode === 200) this.csrfToken = res.json().csrfToken;
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body);
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.inject({
      method,
      url,
      headers: {
        host: this.host,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const setCookie = res.cookies.find((c) => c.name === 'tandem_session');
    if (setCookie) this.cookie = setCookie.value ? `tandem_session=${setCookie.value}` : undefined;
    return res;
  }

  /** Use another client's session (to prove what a stolen or foreign cookie can do). */
  borrowSession(other: TestClient) {
    this.cookie = other.cookie;
    this.csrfToken = other.csrfToken;
  }
}
