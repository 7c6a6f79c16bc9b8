import type { InjectOptions, LightMyRequestResponse as InjectResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccountRow } from '../platform/accounts/accounts.repo.ts';
import type { Db } from '../platform/db/connect.ts';
import type { UserRow } from '../platform/identity/users.repo.ts';
import type { SecretBox } from '../platform/secret-box/secret-box.ts';
import type { Catalog } from './catalog/load-catalog.ts';
import type { MarketplaceDatabase } from './marketplace-tables.ts';

/** What stays the same for every marketplace operation of this process. */
export type MarketplaceServices = {
  db: Db;
  mk: Kysely<MarketplaceDatabase>;
  catalog: Catalog;
  secrets: SecretBox;
  /** Calls this server's own routes without a socket: the OAuth token endpoint and the Sell API. */
  inject: (options: InjectOptions) => Promise<InjectResponse>;
};

/** An operation's context: the account, the signed-in user, and the address the browser used. */
export type MarketplaceContext = MarketplaceServices & {
  account: AccountRow;
  actor: UserRow;
  /** `http://acme.localhost:3000`: redirect URIs and frame URLs are built on it. */
  origin: string;
};

export function marketplaceContext(services: MarketplaceServices, account: AccountRow, actor: UserRow, origin: string): MarketplaceContext {
  return { ...services, account, actor, origin };
}

/** The Host header of `origin`, for calls this server makes to itself on the account's behalf. */
export function hostOf(ctx: Pick<MarketplaceContext, 'origin'>): string {
  return new URL(ctx.origin).host;
}
