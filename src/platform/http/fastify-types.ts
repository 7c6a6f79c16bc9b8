import type { Config } from '../../config.ts';
import type { Db } from '../db/connect.ts';
import type { EventDispatcher } from '../events/dispatcher.ts';
import type { AccountRow } from '../accounts/accounts.repo.ts';
import type { UserRow } from '../identity/users.repo.ts';

/**
 * Who may call a route: `public` needs nothing (health checks, first-run setup), `account` needs a
 * known account (sign-in), `user` (the default) needs a signed-in user of that account.
 */
export type RouteAccess = 'public' | 'account' | 'user';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** The outbox dispatcher: products register their event handlers on it. */
    events: EventDispatcher;
    /** Every route registered, for tests that sweep them all and for the API reference. */
    routeTable: { method: string; url: string; access: RouteAccess }[];
  }
  interface FastifyRequest {
    account: AccountRow | null;
    actor: UserRow | null;
    session: { tokenHash: string; csrfToken: string } | null;
    /** The Host header names a subdomain that no account has. */
    unknownSubdomain: boolean;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Answers that change nothing (405) need no CSRF token. */
    skipCsrf?: boolean;
  }
}
