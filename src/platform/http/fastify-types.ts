import type { Redis } from 'ioredis';
import type { Config } from '../../config.ts';
import type { Db } from '../db/connect.ts';
import type { EventDispatcher } from '../events/dispatcher.ts';
import type { BearerIdentity } from '../tokens/verify-bearer-token.ts';
import type { AccountRow } from '../accounts/accounts.repo.ts';
import type { UserRow } from '../identity/users.repo.ts';

/**
 * Who may call a route: `public` needs nothing (health checks, first-run setup), `account` needs a
 * known account (sign-in), `user` (the default) needs a signed-in user of that account, `api` needs
 * a user of that account by bearer token or, failing an Authorization header, by session.
 */
export type RouteAccess = 'public' | 'account' | 'user' | 'api';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** The outbox dispatcher: products register their event handlers on it. */
    events: EventDispatcher;
    /** Shared by every node when REDIS_URL is set: rate-limit counters. */
    redis: Redis | null;
    /** Every route registered, for tests that sweep them all and for the API reference. */
    routeTable: { method: string; url: string; access: RouteAccess }[];
  }
  interface FastifyRequest {
    account: AccountRow | null;
    actor: UserRow | null;
    session: { tokenHash: string; csrfToken: string } | null;
    /** Set when the request authenticated with a bearer token (its scopes limit what it may do). */
    bearer: BearerIdentity | null;
    /** The Host header names a subdomain that no account has. */
    unknownSubdomain: boolean;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Answers that change nothing (405) need no CSRF token. */
    skipCsrf?: boolean;
  }
}
