import type { FastifyInstance } from 'fastify';
import { createUser } from '../../src/platform/identity/create-user.ts';
import type { OpContext } from '../../src/platform/context.ts';
import { createPersonalToken } from '../../src/platform/tokens/create-personal-token.ts';
import type { Scope } from '../../src/platform/tokens/scopes.ts';
import { afterEach, beforeEach } from 'vitest';
import { makeAccount, PASSWORD, startTestApp, type TestApp } from './test-app.ts';

/** A Sell API client as the client libraries are: bearer token, JSON, `{data}` envelopes. */
export class SellApiClient {
  constructor(
    private readonly app: FastifyInstance,
    readonly host: string,
    readonly token: string,
  ) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, data?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.inject({
      method,
      url,
      headers: {
        host: this.host,
        accept: 'application/json',
        authorization: `Bearer ${this.token}`,
        'user-agent': 'BaseCRM/V2 Python/1.2.4+tests',
        ...(data !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(data !== undefined ? { payload: JSON.stringify(data) } : {}),
    });
    return res;
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, data: unknown) {
    return this.request('POST', url, { data });
  }
  put(url: string, data: unknown) {
    return this.request('PUT', url, { data });
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

export type SellWorld = Awaited<ReturnType<typeof makeSellWorld>>;

/**
 * An account with a small sales team: the owner (Sell admin), a manager with two reps under them,
 * a rep in another team, and an agent with no Sell seat — each with an API token.
 */
export async function makeSellWorld(t: TestApp, subdomain = 'acme') {
  const { account, owner } = await makeAccount(t, subdomain);
  const system: OpContext = { db: t.db, account, actor: null };
  const add = (name: string, extra: Record<string, unknown>) =>
    createUser(system, { name, email: `${name.toLowerCase()}@${subdomain}.test`, password: PASSWORD, ...extra });
  const manager = await add('Maria', { sellRole: 'user' });
  const rep = await add('Rita', { sellRole: 'user', reportsToId: manager.id });
  const rep2 = await add('Ravi', { sellRole: 'user', reportsToId: manager.id });
  const outsider = await add('Omar', { sellRole: 'user' });
  const agent = await add('Aiko', { chatRole: 'agent' });
  const host = `${subdomain}.localhost`;
  const client = async (userId: number, scopes?: Scope[]) =>
    new SellApiClient(t.app, host, (await createPersonalToken(system, { name: 'test', ...(scopes ? { scopes } : {}) }, userId)).token);
  return {
    account,
    host,
    users: { owner, manager, rep, rep2, outsider, agent },
    api: {
      owner: await client(owner.id),
      manager: await client(manager.id),
      rep: await client(rep.id),
      rep2: await client(rep2.id),
      outsider: await client(outsider.id),
      agent: await client(agent.id),
    },
    client,
  };
}

/** A fresh app and Sell world for each test of the file (it registers the hooks): read `.t` and `.w` inside the tests. */
export function sellWorldPerTest(): { t: TestApp; w: SellWorld } {
  const current = {} as { t: TestApp; w: SellWorld };
  beforeEach(async () => {
    current.t = await startTestApp();
    current.w = await makeSellWorld(current.t);
  });
  afterEach(() => current.t.close());
  return current;
}
